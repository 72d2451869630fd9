// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jalon {

class SqliteDatabase;
struct Event;

/// The VAE accompaniment plan: each numbered session's latest state.
namespace VaeProjection {

    struct Session
    {
        int number = 0;
        QString status; ///< planned, held, cancelled
        QDate date;
        QString notes;
        QString nextSteps;
        QStringList sections;
    };

    Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id);
    Result<QList<Session>> sessions(SqliteDatabase &database, const QString &subject);

} // namespace VaeProjection
} // namespace jalon
