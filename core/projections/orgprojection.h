// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

namespace jalon {

class SqliteDatabase;
struct Event;

/// The organisation as the server declared it (server-signed org.* events): users, their
/// devices, who is assigned to which candidate in which role and since when.
namespace OrgProjection {

Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id);

} // namespace OrgProjection
} // namespace jalon
