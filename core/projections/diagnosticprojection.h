// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace jalon {

class SqliteDatabase;
struct Event;
struct Referentiel;

/// The auto-diagnostic: each activity's latest self-rating, and the submission.
namespace DiagnosticProjection {

    struct Answer
    {
        int level = 0;
        QString comment;
        QDateTime at;
    };

    /// One function's summary: how many of its activities are answered, the sum and the
    /// maximum possible of their levels (kept as integers; the page divides).
    struct FunctionSummary
    {
        QString functionId;
        int activities = 0;
        int answered = 0;
        int levelSum = 0;
        int levelMax = 0;
    };

    Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id);

    /// Activity id → answer, for one candidate and référentiel.
    Result<QHash<QString, Answer>> answers(SqliteDatabase &database, const QString &subject,
                                           const QString &referentielId);
    /// When the candidate submitted the diagnostic (invalid: not yet).
    Result<QDateTime> submittedAt(SqliteDatabase &database, const QString &subject,
                                  const QString &referentielId);
    /// The answers grouped by the référentiel's functions, in its order.
    QList<FunctionSummary> byFunction(const QHash<QString, Answer> &answers,
                                      const Referentiel &referentiel);

} // namespace DiagnosticProjection
} // namespace jalon
