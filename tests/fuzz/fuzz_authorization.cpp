// SPDX-License-Identifier: GPL-3.0-or-later
// The Authorization header, as any client may send it: reading it never crashes, and a
// header is accepted only when the fixture key signed this very request at the fixture
// time, and never twice (the replay cache).
#include "fuzzing.h"
#include "sync/requestsignature.h"

using namespace jalon;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray header = fuzzing::bytes(data, size);
    const auto parsed = RequestSignature::parse(header);
    RequestVerifier verifier;
    const auto signer = verifier.verify(header, fuzzing::FixtureMethod, fuzzing::FixturePath,
                                        fuzzing::FixtureBody, fuzzing::fixtureTime());
    if (!signer)
        return 0;
    fuzzing::require(parsed.has_value(), "an accepted header reads");
    fuzzing::require(*signer == fuzzing::fixtureKey().publicKey() && *signer == parsed->publicKey,
                     "only the fixture key signed the fixture request");
    fuzzing::require(qAbs(parsed->timestamp - fuzzing::fixtureTime().toSecsSinceEpoch())
                         <= RequestSignature::WindowSeconds,
                     "an accepted header is within the window");
    fuzzing::require(!verifier.verify(header, fuzzing::FixtureMethod, fuzzing::FixturePath,
                                      fuzzing::FixtureBody, fuzzing::fixtureTime()),
                     "a header is accepted once");
    return 0;
}
