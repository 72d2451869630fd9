// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "referentiel/referentiel.h"

#include <QByteArray>
#include <QCoreApplication>

namespace jalon {

/// Turns a référentiel JSON document into a Referentiel: either complete and valid
/// (structure, then the checks of ReferentielValidator), or an Error naming the file, the
/// JSON pointer, what is wrong and what was expected. Never a half-loaded référentiel.
class ReferentielLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReferentielLoader)

public:
    static Result<Referentiel> fromFile(const QString &path);
    /// `source` names the document in error messages (a file name).
    static Result<Referentiel> fromJson(const QByteArray &json, const QString &source);
};

} // namespace jalon
