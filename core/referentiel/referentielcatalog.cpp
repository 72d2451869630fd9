// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentiel/referentielcatalog.h"

#include "referentiel/referentielloader.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>

namespace jalon {

Result<ReferentielCatalog> ReferentielCatalog::bundled()
{
    ReferentielCatalog catalog;
    const QDir dir(QStringLiteral(":/referentiels"));
    for (const QString &name :
         dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        auto referentiel = ReferentielLoader::fromFile(dir.filePath(name));
        if (!referentiel)
            return std::unexpected(referentiel.error());
        if (auto problem = catalog.add(std::move(*referentiel)))
            return std::unexpected(*problem);
    }
    return catalog;
}

const Result<ReferentielCatalog> &ReferentielCatalog::shipped()
{
    static const Result<ReferentielCatalog> catalog = bundled();
    return catalog;
}

std::optional<Error> ReferentielCatalog::add(Referentiel referentiel)
{
    if (find(referentiel.id, referentiel.version))
        return Error { referentiel.id,
                       {},
                       QCoreApplication::translate(
                           "ReferentielCatalog", "version %1 of this référentiel is already known")
                           .arg(referentiel.version),
                       QCoreApplication::translate("ReferentielCatalog",
                                                   "a new id or a higher version") };
    const auto position = std::upper_bound(
        m_referentiels.begin(), m_referentiels.end(), referentiel,
        [](const Referentiel &a, const Referentiel &b) {
            return a.certification.title.localeAwareCompare(b.certification.title) < 0;
        });
    m_referentiels.insert(position, std::move(referentiel));
    return std::nullopt;
}

const Referentiel *ReferentielCatalog::find(const QString &id) const
{
    const Referentiel *newest = nullptr;
    for (const Referentiel &referentiel : m_referentiels) {
        if (referentiel.id == id && (!newest || referentiel.version > newest->version))
            newest = &referentiel;
    }
    return newest;
}

const Referentiel *ReferentielCatalog::find(const QString &id, int version) const
{
    for (const Referentiel &referentiel : m_referentiels) {
        if (referentiel.id == id && referentiel.version == version)
            return &referentiel;
    }
    return nullptr;
}

} // namespace jalon
