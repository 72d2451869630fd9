// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

namespace jalon {

/// The names of the fields in event bodies (DESIGN.md §3), for every side that writes or
/// reads them: the app, the projections, the server's policy and store, the dossier's
/// verifier. A misspelt name is then a compile error, not a field that is never there.
/// Which kind has which field is EventKinds' shape table.
namespace EventFields {

    inline constexpr QLatin1String Referentiel { "referentiel" };
    inline constexpr QLatin1String Version { "version" };
    inline constexpr QLatin1String Activity { "activity" };
    inline constexpr QLatin1String Level { "level" };
    inline constexpr QLatin1String Comment { "comment" };
    inline constexpr QLatin1String Ratings { "ratings" };
    inline constexpr QLatin1String Path { "path" };
    inline constexpr QLatin1String Blocs { "blocs" };
    inline constexpr QLatin1String TrainingNeeds { "training_needs" };
    inline constexpr QLatin1String NextReview { "next_review" };
    inline constexpr QLatin1String Section { "section" };
    inline constexpr QLatin1String Base { "base" };
    inline constexpr QLatin1String Text { "text" };
    inline constexpr QLatin1String Merges { "merges" };
    inline constexpr QLatin1String Edit { "edit" };
    inline constexpr QLatin1String Number { "number" };
    inline constexpr QLatin1String Status { "status" };
    inline constexpr QLatin1String Date { "date" };
    inline constexpr QLatin1String Notes { "notes" };
    inline constexpr QLatin1String NextSteps { "next_steps" };
    inline constexpr QLatin1String Sections { "sections" };
    inline constexpr QLatin1String Competence { "competence" };
    inline constexpr QLatin1String Role { "role" };
    inline constexpr QLatin1String Criteria { "criteria" };
    inline constexpr QLatin1String Situation { "situation" };
    inline constexpr QLatin1String ObservedOn { "observed_on" };
    inline constexpr QLatin1String Attestation { "attestation" };
    inline constexpr QLatin1String Reason { "reason" };
    inline constexpr QLatin1String Bloc { "bloc" };
    inline constexpr QLatin1String Validated { "validated" };
    inline constexpr QLatin1String Remarks { "remarks" };
    inline constexpr QLatin1String User { "user" };
    inline constexpr QLatin1String Name { "name" };
    inline constexpr QLatin1String Candidate { "candidate" };
    inline constexpr QLatin1String Device { "device" };
    inline constexpr QLatin1String Seq { "seq" };
    inline constexpr QLatin1String Keep { "keep" };

} // namespace EventFields
} // namespace jalon
