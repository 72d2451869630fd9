// SPDX-License-Identifier: GPL-3.0-or-later
// An event as it arrives (a push, a pull, a jury bundle): reading it never crashes, an
// event read writes back to bytes that read to the same event with the same id, the
// journal's fast path reads those bytes the same way, and checking its signature never
// crashes. A signature by the fixture key holds only on the bytes it signed.
#include "fuzzing.h"
#include "journal/event.h"

using namespace jalon;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto event = Event::fromJson(fuzzing::bytes(data, size));
    if (!event)
        return 0;
    const QByteArray canonical = event->canonical();
    const auto reread = Event::fromJson(canonical);
    fuzzing::require(reread.has_value(), "an event's own bytes read as an event");
    fuzzing::require(reread->canonical() == canonical, "an event reads back to the same bytes");
    fuzzing::require(reread->id() == event->id() && event->id() == Event::idOf(canonical),
                     "an event's id is the hash of its bytes");
    const auto stored = Event::fromStored(canonical);
    fuzzing::require(stored && stored->canonical() == canonical,
                     "the journal's fast path reads stored bytes as the checked path does");
    const bool signedOk = event->hasValidSignature();
    fuzzing::require(signedOk == reread->hasValidSignature(),
                     "a signature holds or not whatever the spelling it arrived in");
    return 0;
}
