// SPDX-License-Identifier: GPL-3.0-or-later
// A pulled batch, as a hostile or broken server may answer: reading it never crashes,
// every event read comes with its place in the log, and checking each signature never
// crashes.
#include "fuzzing.h"
#include "jcs/canonicaljson.h"
#include "sync/pulledbatch.h"

using namespace jalon;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonObject answer = CanonicalJson::parseDocument(fuzzing::bytes(data, size)).object();
    const auto batch = PulledBatch::fromJson(answer);
    if (!batch)
        return 0;
    fuzzing::require(batch->logged.size() == batch->events.size(), "one place per event");
    fuzzing::require(batch->last >= -1 && batch->size >= 0, "the log's position is sane");
    for (qsizetype i = 0; i < batch->events.size(); ++i) {
        fuzzing::require(batch->logged.at(i).id == batch->events.at(i).id(),
                         "each place names its event");
        fuzzing::require(batch->logged.at(i).index >= 0, "a place is an index");
        (void)batch->events.at(i).hasValidSignature();
    }
    return 0;
}
