// SPDX-License-Identifier: GPL-3.0-or-later
#include "home/remindersmodel.h"

#include "journal/event.h"
#include "journal/eventkinds.h"
#include "projections/carnetprojection.h"
#include "projections/orgprojection.h"
#include "projections/vaeprojection.h"
#include "referentiel/referentiel.h"
#include "rules/progressengine.h"
#include "session/session.h"
#include "sync/syncclient.h"
#include "vault/sqlitedatabase.h"

#include <QLocale>
#include <algorithm>

namespace jalon {

namespace {

    QString shortDate(const QDate &day)
    {
        return QLocale().toString(day, QLocale::ShortFormat);
    }

} // namespace

RemindersModel::RemindersModel(QObject *parent)
    : SessionListModel(parent)
{
}

void RemindersModel::setLimit(int limit)
{
    if (limit == m_limit)
        return;
    beginResetModel();
    m_limit = qMax(0, limit);
    endResetModel();
    Q_EMIT reloaded();
}

const ProgressEngine &RemindersModel::engineFor(const Referentiel &referentiel)
{
    std::shared_ptr<ProgressEngine> &engine = m_engines[referentiel.id];
    if (!engine)
        engine = std::make_shared<ProgressEngine>(referentiel);
    return *engine;
}

QList<RemindersModel::Followed> RemindersModel::followed() const
{
    if (m_session->roleKind() == jalon::Role::Candidate)
        return { { m_session->userId(), m_session->name(), {} } };
    QList<Followed> candidates;
    if (auto found = OrgProjection::candidatesOf(*m_session->database(), m_session->userId())) {
        for (const OrgProjection::User &user : std::as_const(*found))
            candidates << Followed { user.id, user.name, user.referentiel };
    }
    return candidates;
}

QStringList RemindersModel::shownKinds() const
{
    return EventKinds::carnetKinds() << QLatin1String(EventKinds::VaeSession);
}

void RemindersModel::reload()
{
    m_followed.clear();
    m_byCandidate.clear();
    m_unsynced.reset();
    if (m_session && m_session->database()) {
        m_followed = followed();
        recompute(m_followed);
        m_unsynced = unsynced();
    }
    publish();
}

void RemindersModel::journalMoved(const JournalChange &change)
{
    if (!m_session || !m_session->database() || change.organisation())
        return reload();
    const QSet<QString> moved = change.subjects(shownKinds());
    QList<Followed> people;
    for (const Followed &person : std::as_const(m_followed)) {
        if (moved.contains(person.id))
            people << person;
    }
    const bool sending = change.own || change.acknowledged;
    if (people.isEmpty() && !sending)
        return;
    recompute(people);
    if (sending)
        m_unsynced = unsynced();
    publish();
}

void RemindersModel::recompute(const QList<Followed> &people)
{
    const bool self = m_session->roleKind() == jalon::Role::Candidate;
    QStringList ids;
    for (const Followed &person : people)
        ids << person.id;
    auto facts = CarnetProjection::factsOf(*m_session->database(), ids);
    if (!facts)
        m_session->reportError(tr("The reminders cannot be read: %1").arg(facts.error().message()));
    for (const Followed &person : people) {
        QList<Reminder> &reminders = m_byCandidate[person.id];
        reminders.clear();
        addSessions(reminders, person, self);
        if (facts)
            addCarnet(reminders, person, facts->value(person.id), self);
    }
}

void RemindersModel::publish()
{
    beginResetModel();
    m_reminders.clear();
    for (const Followed &person : std::as_const(m_followed))
        m_reminders << m_byCandidate.value(person.id);
    std::stable_sort(m_reminders.begin(), m_reminders.end(),
                     [](const Reminder &a, const Reminder &b) { return a.date < b.date; });
    if (m_unsynced)
        m_reminders.prepend(*m_unsynced);
    endResetModel();
    Q_EMIT reloaded();
}

void RemindersModel::addSessions(QList<Reminder> &into, const Followed &candidate, bool self)
{
    auto sessions = VaeProjection::sessions(*m_session->database(), candidate.id);
    if (!sessions)
        return;
    const QDate today = m_session->today();
    for (const VaeProjection::Session &session : std::as_const(*sessions)) {
        if (session.status != QLatin1String("planned") || session.date < today
            || session.date > today.addDays(SessionDays))
            continue;
        const QString text = self
            ? tr("VAE session %1 on %2").arg(session.number).arg(shortDate(session.date))
            : tr("VAE session %1 with %2 on %3")
                  .arg(session.number)
                  .arg(candidate.name, shortDate(session.date));
        into << Reminder { QStringLiteral("session"), text, session.date,
                           self ? QString() : candidate.id };
    }
}

void RemindersModel::addCarnet(QList<Reminder> &into, const Followed &candidate,
                               const CandidateFacts &facts, bool self)
{
    const Referentiel *referentiel = m_session->referentielOf(candidate.id, candidate.referentiel);
    if (!referentiel)
        return;
    const ProgressEngine &engine = engineFor(*referentiel);
    const QDate today = m_session->today();
    const CandidateProgress progress = engine.evaluate(facts, today);
    const QList<QList<jalon::Role>> missingByCompetence = engine.missingRoles(facts);
    const std::optional<jalon::Role> myRole = roleFromName(m_session->role());
    QStringList awaitingMe; // the candidate's competences waiting for the person's attestation
    int flat = 0;
    for (int b = 0; b < referentiel->blocs.size(); ++b) {
        const Bloc &bloc = referentiel->blocs[b];
        for (const Competence &competence : bloc.competences) {
            const int index = flat++;
            if (progress.competences[index] != CompetenceStatus::InProgress)
                continue;
            const QList<jalon::Role> &missing = missingByCompetence[index];
            // Someone's attestation counts already: the other one is awaited.
            if (missing.isEmpty() || missing.size() == referentiel->rules.attesterRoles.size())
                continue;
            if (!self) {
                if (myRole && missing.contains(*myRole))
                    awaitingMe << competence.id;
                continue;
            }
            QStringList roles;
            for (const jalon::Role role : missing)
                roles << roleDisplayName(role);
            into << Reminder { QStringLiteral("coAttestation"),
                               tr("%1 waits for the attestation of: %2")
                                   .arg(competence.id, roles.join(QStringLiteral(", "))),
                               today, QString() };
        }
        const BlocProgress &state = progress.blocs[b];
        if (state.status == BlocStatus::Validated
            && state.validUntil <= today.addMonths(ExpiryMonths)) {
            const QString text = self
                ? tr("Bloc %1 stays valid until %2").arg(bloc.id, shortDate(state.validUntil))
                : tr("Bloc %1 of %2 stays valid until %3")
                      .arg(bloc.id, candidate.name, shortDate(state.validUntil));
            into << Reminder { QStringLiteral("expiring"), text, state.validUntil,
                               self ? QString() : candidate.id };
        }
    }
    if (!awaitingMe.isEmpty())
        into << Reminder { QStringLiteral("coAttestation"),
                           tr("%1: %2 wait(s) for your attestation", "", int(awaitingMe.size()))
                               .arg(candidate.name, awaitingMe.join(QStringLiteral(", "))),
                           today, candidate.id };
}

std::optional<RemindersModel::Reminder> RemindersModel::unsynced() const
{
    const auto waiting = m_session->journal()->ownEventsWaiting(
        SyncClient::acknowledgedSeq(*m_session->database()),
        m_session->now().addDays(-UnsyncedDays));
    if (!waiting) {
        m_session->reportError(
            tr("The reminders cannot be read: %1").arg(waiting.error().message()));
        return std::nullopt;
    }
    if (*waiting == 0)
        return std::nullopt;
    const QString text = m_session->isJoined()
        ? tr("%n change(s) of this device have not reached the centre for %1 days or more: connect "
             "to sync.",
             "", int(*waiting))
              .arg(UnsyncedDays)
        : tr("%n change(s) of this device have not reached the centre for %1 days or more: join "
             "the centre in Settings.",
             "", int(*waiting))
              .arg(UnsyncedDays);
    return Reminder { QStringLiteral("unsynced"), text, {}, {} };
}

int RemindersModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_limit > 0 ? qMin(m_limit, int(m_reminders.size())) : int(m_reminders.size());
}

QVariant RemindersModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Reminder &reminder = m_reminders[index.row()];
    switch (role) {
    case KindRole:
        return reminder.kind;
    case Qt::DisplayRole:
    case TextRole:
        return reminder.text;
    case DateRole:
        return reminder.date;
    case CandidateIdRole:
        return reminder.candidateId;
    }
    return {};
}

QHash<int, QByteArray> RemindersModel::roleNames() const
{
    return { { KindRole, "kind" },
             { TextRole, "message" },
             { DateRole, "date" },
             { CandidateIdRole, "candidateId" } };
}

} // namespace jalon
