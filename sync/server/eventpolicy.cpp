// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventpolicy.h"

#include "common/role.h"
#include "crypto/base64url.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "referentiel/referentielcatalog.h"

#include <QJsonArray>
#include <tuple>

namespace jalon {

namespace {

    bool isKind(const Event &event, std::initializer_list<const char *> kinds)
    {
        for (const char *kind : kinds) {
            if (event.kind == QLatin1String(kind))
                return true;
        }
        return false;
    }

} // namespace

EventPolicy::EventPolicy(const ServerStore &store, const ReferentielCatalog &catalog)
    : m_store(store)
    , m_catalog(catalog)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

Result<QString> EventPolicy::refusal(const ServerStore::Device &author, const Event &event) const
{
    if (event.at > m_now.addSecs(MaxClockAheadSeconds))
        return tr("the event is dated %1, ahead of the server's clock (%2): set the device's clock "
                  "right")
            .arg(Event::formatTime(event.at), Event::formatTime(m_now));
    if (auto refused = roleRefusal(author, event); !refused || !refused->isEmpty())
        return refused;
    if (auto refused = withdrawalRefusal(event); !refused || !refused->isEmpty())
        return refused;
    return referentielRefusal(event);
}

Result<QString> EventPolicy::roleRefusal(const ServerStore::Device &author,
                                         const Event &event) const
{
    using namespace EventKinds;
    const QString &role = author.role;
    const std::optional<Role> authorRole = roleFromName(role);
    const bool self = event.subject == author.user;
    if (authorRole == Role::Candidate) {
        if (!isKind(event, { DiagnosticAnswer, DiagnosticSubmit, LivretEdit, LivretComment }))
            return tr("a candidate may not record \"%1\"").arg(event.kind);
        if (!self)
            return tr("a candidate records only about themself");
        return {};
    }
    if (self)
        return tr("no one but a candidate records about themself");
    if (isKind(event, { CarnetAttest, CarnetRevoke })) {
        if (authorRole != Role::Tutor && authorRole != Role::Manager)
            return tr("only a tutor or a manager attests a competence");
        if (event.kind == QLatin1String(CarnetAttest) && event.bodyText(EventFields::Role) != role)
            return tr("the attestation's role is not the author's (%1)").arg(role);
        return unlessAssigned(author, event,
                              tr("this %1 is not assigned to the candidate").arg(role));
    }
    // Each of these kinds has one role that records it, and only about its own candidates.
    for (const auto &[kind, recorder, refused] :
         { std::tuple { BilanRecord, Role::Manager,
                        tr("only the candidate's manager records the bilan de positionnement") },
           std::tuple { VaeSession, Role::Accompanist,
                        tr("only the candidate's accompanist records VAE sessions") },
           std::tuple { BlocEvaluate, Role::Evaluator,
                        tr("only an evaluator assigned to the candidate evaluates a bloc") } }) {
        if (event.kind != QLatin1String(kind))
            continue;
        if (authorRole != recorder)
            return refused;
        return unlessAssigned(author, event, refused);
    }
    if (isKind(event, { LivretComment })) {
        QString refused = tr("only someone assigned to the candidate comments the livret");
        if (authorRole == Role::Admin)
            return refused;
        return unlessAssigned(author, event, refused);
    }
    return tr("a %1 may not record \"%2\"").arg(role, event.kind);
}

Result<QString> EventPolicy::unlessAssigned(const ServerStore::Device &author, const Event &event,
                                            const QString &refused) const
{
    auto assigned = isAssigned(event.subject, author.user, author.role);
    if (!assigned)
        return std::unexpected(assigned.error());
    return *assigned ? QString() : refused;
}

Result<QString> EventPolicy::withdrawalRefusal(const Event &event) const
{
    if (event.kind != QLatin1String(EventKinds::CarnetRevoke))
        return QString();
    const QString named = event.bodyText(EventFields::Attestation);
    const auto id = fromBase64Url(named.toLatin1());
    Result<std::optional<ServerStore::Logged>> logged = std::optional<ServerStore::Logged>();
    if (id)
        logged = m_store.logged(*id);
    if (!logged)
        return std::unexpected(logged.error());
    if (!*logged || (*logged)->kind != QLatin1String(EventKinds::CarnetAttest))
        return tr("there is no attestation %1 in the log to withdraw").arg(named);
    if ((*logged)->subject != event.subject)
        return tr("the attestation %1 is about another candidate").arg(named);
    if ((*logged)->author != event.author)
        return tr("only the device that signed an attestation withdraws it");
    return QString();
}

Result<bool> EventPolicy::isAssigned(const QString &candidate, const QString &user,
                                     const QString &role) const
{
    const QString key = candidate + QLatin1Char('\n') + user + QLatin1Char('\n') + role;
    if (auto found = m_assigned.constFind(key); found != m_assigned.cend())
        return *found;
    auto assigned = m_store.isAssigned(candidate, user, role);
    if (assigned)
        m_assigned.insert(key, *assigned);
    return assigned;
}

QString EventPolicy::referentielRefusal(const Event &event) const
{
    if (!event.body.contains(EventFields::Referentiel))
        return {};
    const QString id = event.bodyText(EventFields::Referentiel);
    const int version = event.body.value(EventFields::Version).toInt();
    const Referentiel *ref = m_catalog.find(id, version);
    if (!ref)
        return tr("unknown référentiel \"%1\" version %2").arg(id).arg(version);
    using namespace EventKinds;
    if (event.kind == QLatin1String(DiagnosticAnswer)) {
        const QString activity = event.bodyText(EventFields::Activity);
        bool found = false;
        for (const Function &function : ref->functions) {
            for (const Activity &candidate : function.activities)
                found = found || candidate.id == activity;
        }
        if (!found)
            return tr("\"%1\" is no activity of %2").arg(activity, id);
        if (event.body.value(EventFields::Level).toInt() >= ref->scale.size())
            return tr("the level is beyond the scale of %1").arg(id);
    } else if (event.kind == QLatin1String(CarnetAttest)) {
        const Competence *competence = ref->findCompetence(event.bodyText(EventFields::Competence));
        if (!competence)
            return tr("\"%1\" is no competence of %2")
                .arg(event.bodyText(EventFields::Competence), id);
        for (const auto &criterion : event.body.value(EventFields::Criteria).toArray()) {
            const bool known
                = std::any_of(competence->criteria.begin(), competence->criteria.end(),
                              [&](const Criterion &c) { return c.id == criterion.toString(); });
            if (!known)
                return tr("\"%1\" is no criterion of %2").arg(criterion.toString(), competence->id);
        }
    } else if (event.kind == QLatin1String(BilanRecord)) {
        // The blocs the candidate will aim for must be blocs of this référentiel.
        for (const auto &bloc : event.body.value(EventFields::Blocs).toArray()) {
            if (!ref->findBloc(bloc.toString()))
                return tr("\"%1\" is no bloc of %2").arg(bloc.toString(), id);
        }
    } else if (event.kind == QLatin1String(BlocEvaluate)) {
        if (!ref->findBloc(event.bodyText(EventFields::Bloc)))
            return tr("\"%1\" is no bloc of %2").arg(event.bodyText(EventFields::Bloc), id);
    }
    return {};
}

} // namespace jalon
