// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/projector.h"

#include "journal/event.h"
#include "journal/eventkinds.h"
#include "projections/carnetprojection.h"
#include "projections/diagnosticprojection.h"
#include "projections/livretprojection.h"
#include "projections/orgprojection.h"
#include "projections/vaeprojection.h"
#include "vault/sqlitedatabase.h"

#include <QStringList>

namespace jalon::Projector {

QStringList tables()
{
    return { QStringLiteral("diagnostic_answers"),  QStringLiteral("diagnostic_submissions"),
             QStringLiteral("livret_edits"),        QStringLiteral("livret_comments"),
             QStringLiteral("carnet_attestations"), QStringLiteral("vae_sessions"),
             QStringLiteral("bloc_evaluations"),    QStringLiteral("org_users"),
             QStringLiteral("org_devices"),         QStringLiteral("org_assignments") };
}

Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id)
{
    const QString &kind = event.kind;
    if (kind.startsWith(QLatin1String("diagnostic.")))
        return DiagnosticProjection::apply(database, event, id);
    if (kind.startsWith(QLatin1String("livret.")))
        return LivretProjection::apply(database, event, id);
    if (kind.startsWith(QLatin1String("carnet."))
        || kind == QLatin1String(EventKinds::BlocEvaluate))
        return CarnetProjection::apply(database, event, id);
    if (kind == QLatin1String(EventKinds::VaeSession))
        return VaeProjection::apply(database, event, id);
    if (kind.startsWith(QLatin1String("org.")))
        return OrgProjection::apply(database, event, id);
    // bilan.record and referentiel.publish are read from the journal itself.
    return {};
}

Result<void> rebuild(SqliteDatabase &database)
{
    for (const QString &table : tables()) {
        const QByteArray sql = "DELETE FROM " + table.toLatin1();
        if (auto cleared = database.exec(sql.constData()); !cleared)
            return cleared;
    }
    auto select
        = database.prepare("SELECT id, canonical FROM events WHERE forked = 0 ORDER BY position");
    if (!select)
        return std::unexpected(select.error());
    while (select->next()) {
        // Stored events were checked when they came in: read them back without the
        // canonical round trip that incoming JSON needs.
        auto event = Event::fromStored(select->blob(1));
        if (!event)
            return std::unexpected(event.error());
        if (auto applied = apply(database, *event, select->blob(0)); !applied)
            return applied;
    }
    if (select->error())
        return std::unexpected(*select->error());
    return {};
}

} // namespace jalon::Projector
