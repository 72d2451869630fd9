// SPDX-License-Identifier: GPL-3.0-or-later
#include "pulledbatch.h"

#include "jcs/canonicaljson.h"

#include <QJsonArray>

namespace jalon {

Result<PulledBatch> PulledBatch::fromJson(const QJsonObject &answer)
{
    // Said to a person as the sync's error: no JSON pointer, no source name.
    auto malformed = [](const QString &problem) {
        return std::unexpected(
            Error { {}, {}, tr("the server sent a malformed answer: %1").arg(problem), {} });
    };
    PulledBatch batch;
    // toInteger gives the fallback for anything but a whole number.
    const qint64 last = answer.value(QStringLiteral("last")).toInteger(-2);
    const qint64 size = answer.value(QStringLiteral("size")).toInteger(-1);
    if (last < -1 || size < 0)
        return malformed(tr("it does not say where the log stands (last, size)"));
    batch.last = last;
    batch.size = size;
    const QJsonArray entries = answer.value(QStringLiteral("events")).toArray();
    batch.events.reserve(entries.size());
    batch.logged.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const qint64 index = entry.value(QStringLiteral("index")).toInteger(-1);
        if (index < 0)
            return malformed(tr("an event comes without its place in the log"));
        auto event = Event::fromJson(
            CanonicalJson::serialize(entry.value(QStringLiteral("event")).toObject()));
        if (!event)
            return std::unexpected(
                Error { {},
                        {},
                        tr("the server sent a malformed event: %1").arg(event.error().message()),
                        {} });
        batch.logged << LoggedEvent { event->id(), index,
                                      entry.value(QStringLiteral("logged_at")).toString() };
        batch.events << std::move(*event);
    }
    return batch;
}

} // namespace jalon
