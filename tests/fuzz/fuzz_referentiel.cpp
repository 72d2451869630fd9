// SPDX-License-Identifier: GPL-3.0-or-later
// A référentiel file as an organisation may import it: loading never crashes, and a loaded
// référentiel answers the questions the progress engine asks of it.
#include "fuzzing.h"
#include "referentiel/referentielloader.h"

using namespace jalon;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto referentiel
        = ReferentielLoader::fromJson(fuzzing::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!referentiel)
        fuzzing::require(!referentiel.error().problem.isEmpty(), "a refusal says why");
    return 0;
}
