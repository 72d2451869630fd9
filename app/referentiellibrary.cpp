// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentiellibrary.h"

#include "rules/fraction.h"

#include <QLoggingCategory>
#include <QQmlEngine>
#include <QVariantList>

Q_LOGGING_CATEGORY(lcReferentiel, "jalon.referentiel", QtInfoMsg)

namespace jalon {
namespace {
    ReferentielLibrary *s_instance = nullptr;

    QString percent(Fraction threshold)
    {
        // Shown as a percentage when it is a whole one (80 %), else as the fraction itself.
        if ((threshold.num * 100) % threshold.den == 0)
            return QLocale().toString(percentOf(threshold.num, threshold.den))
                + QStringLiteral("\u202f%");
        return QStringLiteral("%1/%2").arg(threshold.num).arg(threshold.den);
    }

    QVariantList stepList(const QList<PathStep> &steps)
    {
        QVariantList list;
        for (const PathStep &step : steps)
            list << QVariantMap { { "id", step.id },
                                  { "label", step.label },
                                  { "duration", step.duration },
                                  { "note", step.note } };
        return list;
    }
} // namespace

ReferentielLibrary::ReferentielLibrary(QObject *parent)
    : QObject(parent)
{
    auto catalog = ReferentielCatalog::bundled();
    if (catalog) {
        m_catalog = std::move(*catalog);
    } else {
        m_loadError = catalog.error().message();
        qCWarning(lcReferentiel) << "bundled référentiels failed to load:" << m_loadError;
    }
    m_list.setCatalog(&m_catalog);
}

void ReferentielLibrary::setInstance(ReferentielLibrary *library)
{
    s_instance = library;
}

ReferentielLibrary *ReferentielLibrary::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QVariantMap ReferentielLibrary::summary(const QString &referentielId) const
{
    const Referentiel *ref = m_catalog.find(referentielId);
    if (!ref)
        return {};
    const Certification &c = ref->certification;
    QStringList roles;
    for (Role role : ref->rules.attesterRoles)
        roles << roleDisplayName(role);
    return {
        { "id", ref->id },
        { "version", ref->version },
        { "title", c.title },
        { "type", c.type },
        { "certifier", c.certifier },
        { "branch", c.branch },
        { "level", c.level },
        { "rncp", c.rncp },
        { "nsf", c.nsf.join(QLatin1String(", ")) },
        { "date",
          c.date.isEmpty()
              ? QString()
              : QLocale().toString(QDate::fromString(c.date, Qt::ISODate), QLocale::LongFormat) },
        { "jobs", c.jobs },
        { "description", c.description },
        { "note", c.note },
        { "blocCount", int(ref->blocs.size()) },
        { "competenceCount", ref->competenceCount() },
        { "criterionCount", ref->criterionCount() },
        { "functionCount", int(ref->functions.size()) },
        { "activityCount", ref->activityCount() },
        { "criterionThreshold", percent(ref->rules.criterionThreshold) },
        { "competenceThreshold", percent(ref->rules.competenceThreshold) },
        { "validityYears", ref->rules.blocValidityYears },
        { "attesterRoles", roles.join(QLatin1String(", ")) },
        { "rulesNote", ref->rules.note },
        { "examSteps", stepList(ref->epreuves.steps) },
        { "examNote", ref->epreuves.note },
        { "vaeSessions", ref->vae.sessions },
        { "vaeMonths", ref->vae.months },
        { "vaeSteps", stepList(ref->vae.steps) },
        { "vaeNote", ref->vae.note },
    };
}

QVariantList scaleLevels(const Referentiel *referentiel)
{
    QVariantList levels;
    if (referentiel) {
        for (const ScaleLevel &level : referentiel->scale)
            levels << QVariantMap { { QStringLiteral("value"), level.value },
                                    { QStringLiteral("label"), level.label },
                                    { QStringLiteral("observed"), level.observed } };
    }
    return levels;
}

} // namespace jalon
