// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "referentiel/referentiel.h"

#include <optional>

namespace jalon {

/// The checks of a référentiel that its JSON structure cannot express: id syntax, ids
/// unique across the document, references that resolve, thresholds in range, an ordered
/// diagnostic scale. Errors carry the JSON pointer of the offending value.
class ReferentielValidator
{
public:
    static std::optional<Error> check(const Referentiel &referentiel, const QString &source);
};

} // namespace jalon
