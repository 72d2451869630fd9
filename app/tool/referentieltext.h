// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referentiel/referentiel.h"

namespace jalon::tool {

/// "id  vN  title": one line of `referentiel list`.
QString referentielListLine(const Referentiel &referentiel);

/// The whole référentiel as indented plain text, for `referentiel show`.
QString referentielText(const Referentiel &referentiel);

} // namespace jalon::tool
