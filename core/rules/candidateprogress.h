// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/candidatefacts.h"

#include <QList>
#include <optional>

namespace jalon {

enum class CompetenceStatus {
    NotStarted, ///< no current attestation
    InProgress, ///< attested, but not yet by every required role at the threshold
    Acquired,
};

enum class BlocStatus {
    NotStarted, ///< no competence of the bloc attested
    InProgress, ///< below the competence threshold
    Ready, ///< enough competences acquired: may be presented to the evaluator
    Validated, ///< recorded validated by an evaluator, still within its validity
    Expired, ///< was validated, validity elapsed
};

struct BlocProgress
{
    int acquired = 0; ///< competences acquired
    int total = 0; ///< competences in the bloc
    bool ready = false;
    std::optional<BlocEvaluation> evaluation; ///< the latest evaluation, if any
    QDate validUntil; ///< last valid day of a validated bloc
    BlocStatus status = BlocStatus::NotStarted;
};

/// A candidate's progress, in the référentiel's order (blocs, and competences bloc by bloc).
struct CandidateProgress
{
    QList<CompetenceStatus> competences;
    QList<BlocProgress> blocs;
    bool obtained = false; ///< every bloc validated and none expired
};

} // namespace jalon
