// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace jalon {

class SqliteDatabase;

/// The bilan de positionnement a manager records about a candidate. It has no table of
/// its own: the latest bilan.record is read from the journal, by the same "latest wins"
/// rule as the projections (time, then id), forked events left out.
namespace BilanProjection {

    struct Bilan
    {
        QString referentiel;
        QHash<QString, int> ratings; ///< activity id → level
        QString path; ///< "epreuves" or "vae"
        QStringList blocs; ///< the blocs aimed at
        QString trainingNeeds;
        QDate nextReview;
        QString comment;
        QDateTime at;
    };

    Result<std::optional<Bilan>> latest(SqliteDatabase &database, const QString &subject);

} // namespace BilanProjection
} // namespace jalon
