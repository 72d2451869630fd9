// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "journal/event.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace jalon {

/// Where the centre's log holds an event, as the centre said.
struct LoggedEvent
{
    QByteArray id;
    qint64 index = 0;
    QString loggedAt; ///< as the centre said, may be empty
};

/// One answer of `GET /v1/events`, read: its events in log order, where each was logged,
/// and the last index it covers. Reading checks the form only; every event's signature and
/// chain are the journal's to check, never taken from the server on trust.
struct PulledBatch
{
    Q_DECLARE_TR_FUNCTIONS(PulledBatch)

public:
    QList<Event> events;
    QList<LoggedEvent> logged; ///< one per event, in the same order
    qint64 last = -1; ///< the last log index this answer covers (-1: none yet)
    qint64 size = 0; ///< the log's size when the centre answered

    static Result<PulledBatch> fromJson(const QJsonObject &answer);
};

} // namespace jalon
