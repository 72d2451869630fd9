// SPDX-License-Identifier: GPL-3.0-or-later
// A jury bundle, as anyone may hand one to a jury: checking it never crashes, a bundle found
// valid has no problem left, and a refused one says why.
#include "fuzzing.h"
#include "sync/dossier/dossierverifier.h"

using namespace jalon;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    DossierVerifier::Options options;
    options.today = QDate(2026, 6, 1); // the same verdict on every day the corpus is run
    const DossierReport report = DossierVerifier::verify(fuzzing::bytes(data, size), options);
    if (!report.valid())
        fuzzing::require(!report.problems.isEmpty() || report.failures() > 0,
                         "a refused bundle says why");
    (void)report.toText();
    return 0;
}
