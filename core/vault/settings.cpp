// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/settings.h"

#include "vault/sqlitedatabase.h"

namespace jalon::Settings {

QString value(SqliteDatabase &database, const QString &key, const QString &fallback)
{
    auto select = database.prepare("SELECT value FROM settings WHERE key = ?");
    if (!select)
        return fallback;
    select->bind(1, key);
    return select->next() ? select->text(0) : fallback;
}

Result<void> setValue(SqliteDatabase &database, const QString &key, const QString &value)
{
    auto upsert = database.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    if (!upsert)
        return std::unexpected(upsert.error());
    return upsert->bind(1, key).bind(2, value).exec();
}

} // namespace jalon::Settings
