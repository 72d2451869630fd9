// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/sqlitedatabase.h"

namespace jalon {

/// For "latest wins" projections: which statement folds an event (at, id) into the row
/// `select` finds (already bound; it returns at, event). Ties on the time are broken by
/// the id, so every device keeps the same row in any arrival order. nullptr: the stored
/// row is later, nothing to do. Separate INSERT and UPDATE (no INSERT OR REPLACE) keep
/// SQLite from deleting and re-inserting the row, which costs a statement journal.
inline Result<const char *> latestWrite(SqliteStatement &select, const QString &at,
                                        const QByteArray &id, const char *insertSql,
                                        const char *updateSql)
{
    if (!select.next()) {
        if (select.error())
            return std::unexpected(*select.error());
        return insertSql;
    }
    const QString storedAt = select.text(0);
    const bool later = at > storedAt || (at == storedAt && id > select.blob(1));
    select.reset(); // no read left open on the table about to be written
    return later ? updateSql : nullptr;
}

} // namespace jalon
