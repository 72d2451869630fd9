// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

namespace jalon {

class SqliteDatabase;

/// The vault's tables, as a list of forward migrations. Version n is what migrations
/// 1…n make; each runs in its own transaction together with `PRAGMA user_version = n`,
/// so a crash leaves the database at n-1 or n, never in between.
namespace VaultSchema {

    int latestVersion();

    /// Brings the database from its current version up to `target` (default: the latest).
    /// Refuses a database made by a newer Jalon.
    Result<void> migrate(SqliteDatabase &database, int target = -1);

} // namespace VaultSchema
} // namespace jalon
