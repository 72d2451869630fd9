// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QString>

namespace jalon {

class SqliteDatabase;

/// The vault's own key → text settings (server key, sync cursors…).
namespace Settings {

    QString value(SqliteDatabase &database, const QString &key, const QString &fallback = {});
    Result<void> setValue(SqliteDatabase &database, const QString &key, const QString &value);

} // namespace Settings
} // namespace jalon
