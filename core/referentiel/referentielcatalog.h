// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "referentiel/referentiel.h"

#include <QList>

namespace jalon {

/// The référentiels this process knows, sorted by title. Several versions of one id may be
/// held; find() without a version gives the newest.
class ReferentielCatalog
{
public:
    /// The référentiels shipped inside the binary (:/referentiels/*.json). A bundled file
    /// that does not load is an error: the build shipped broken data.
    static Result<ReferentielCatalog> bundled();
    /// bundled(), read once per process: for whoever only compares with the shipped texts.
    static const Result<ReferentielCatalog> &shipped();

    /// Adds a référentiel; refuses an id and version already held.
    std::optional<Error> add(Referentiel referentiel);

    const QList<Referentiel> &all() const { return m_referentiels; }
    const Referentiel *find(const QString &id) const;
    const Referentiel *find(const QString &id, int version) const;

private:
    QList<Referentiel> m_referentiels;
};

} // namespace jalon
