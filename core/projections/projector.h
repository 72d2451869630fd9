// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QStringList>

namespace jalon {

class SqliteDatabase;
struct Event;

/// Folds events into the projection tables. Called inside the transaction that stores the
/// event, so the tables never lag behind the journal; and over the whole journal to
/// rebuild them, which must give the same tables (projections are a cache of events).
/// Every fold is order-independent where arrival order may differ between devices:
/// "latest" means the greatest (at, id), never the last received.
namespace Projector {

    Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id);
    /// Empties every projection table and folds every non-forked event again.
    Result<void> rebuild(SqliteDatabase &database);
    /// The projection tables, for tests and tools that compare them.
    QStringList tables();

} // namespace Projector
} // namespace jalon
