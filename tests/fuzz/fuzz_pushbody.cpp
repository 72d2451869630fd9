// SPDX-License-Identifier: GPL-3.0-or-later
// The push body, cut into events without a full parse: it never crashes, and whenever a
// strict JSON reader sees {"events": [...]} in the same bytes, the cutter found the same
// items, each the same JSON value; each item is then read as an event, as the server does.
#include "fuzzing.h"
#include "jcs/canonicaljson.h"
#include "journal/event.h"
#include "pushbody.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace jalon;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzzing::bytes(data, size);
    const auto items = PushBody::events(body);
    if (items) {
        for (const QByteArray &item : *items)
            (void)Event::fromJson(item);
    }
    // The strict reading: canonical JSON (no duplicate key) with an "events" array.
    const auto canonical = CanonicalJson::canonicalize(body);
    if (!canonical || !canonical->startsWith('{'))
        return 0;
    const QJsonObject object = CanonicalJson::parseDocument(*canonical).object();
    const QJsonValue events = object.value(QStringLiteral("events"));
    if (!events.isArray() || !items)
        return 0; // refusing what is well formed costs a retry, never a wrong event
    const QJsonArray array = events.toArray();
    fuzzing::require(items->size() == array.size(), "the cutter finds every item, no more");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto item = CanonicalJson::canonicalize(items->at(i));
        fuzzing::require(item && *item == CanonicalJson::serialize(array.at(i)),
                         "each item the cutter finds is the value a strict reader sees");
    }
    return 0;
}
