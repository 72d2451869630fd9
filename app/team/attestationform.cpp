// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/attestationform.h"

#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "projections/carnetprojection.h"
#include "projections/orgprojection.h"
#include "rules/fraction.h"
#include "rules/progressengine.h"
#include "session/session.h"
#include "vaultsession.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jalon {

namespace {

    // Where a competence sits in CandidateProgress: its bloc, and its place among all competences.
    struct Position
    {
        int bloc = -1;
        int competence = -1;
    };

    Position positionOf(const Referentiel &referentiel, const QString &competenceId)
    {
        int flat = 0;
        for (int b = 0; b < referentiel.blocs.size(); ++b) {
            for (const Competence &competence : referentiel.blocs[b].competences) {
                if (competence.id == competenceId)
                    return { b, flat };
                ++flat;
            }
        }
        return {};
    }

} // namespace

AttestationForm::AttestationForm(QObject *parent)
    : QObject(parent)
{
}

AttestationForm::~AttestationForm() = default;

void AttestationForm::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // A sync may bring the candidate's other attestations or a new assignment.
        connect(m_session, &Session::journalChanged, this, &AttestationForm::journalMoved);
        connect(m_session, &Session::signingNeedsPassphraseChanged, this,
                &AttestationForm::needsPassphraseChanged);
        m_observedOn = m_session->today();
    }
    load();
    Q_EMIT needsPassphraseChanged();
}

void AttestationForm::setCandidateId(const QString &candidateId)
{
    if (candidateId == m_candidateId)
        return;
    m_candidateId = candidateId;
    load();
}

void AttestationForm::setCompetenceId(const QString &competenceId)
{
    if (competenceId == m_competenceId)
        return;
    m_competenceId = competenceId;
    m_checked.clear();
    tellAll();
}

void AttestationForm::journalMoved(const JournalChange &change)
{
    if (change.organisation() || change.concerns(m_candidateId, EventKinds::carnetKinds()))
        load();
}

void AttestationForm::tellAll()
{
    Q_EMIT subjectChanged();
    Q_EMIT situationChanged();
    Q_EMIT observedOnChanged();
    tellChecked();
}

void AttestationForm::tellChecked()
{
    Q_EMIT checkedChanged();
    Q_EMIT criteriaChanged();
    Q_EMIT assessmentChanged();
    Q_EMIT problemChanged();
}

void AttestationForm::load()
{
    m_referentiel = nullptr;
    m_engine.reset();
    m_facts = {};
    m_assigned = false;
    m_candidateName = m_candidateId;
    SqliteDatabase *db = m_session ? m_session->database() : nullptr;
    if (db && !m_candidateId.isEmpty()) {
        m_referentiel = m_session->referentielOf(m_candidateId);
        if (m_referentiel)
            m_engine = std::make_unique<ProgressEngine>(*m_referentiel);
        if (auto user = OrgProjection::user(*db, m_candidateId); user && *user)
            m_candidateName = (*user)->name;
        if (auto facts = CarnetProjection::facts(*db, m_candidateId))
            m_facts = std::move(*facts);
        else
            m_session->reportError(
                tr("The carnet cannot be read: %1").arg(facts.error().message()));
        const auto myRole = roleFromName(role());
        const QDateTime now = m_session->now();
        m_assigned = myRole
            && std::any_of(m_facts.assignments.cbegin(), m_facts.assignments.cend(),
                           [&](const Assignment &a) {
                               return a.userId == m_session->userId() && a.role == *myRole
                                   && a.covers(now);
                           });
    }
    tellAll();
}

const Competence *AttestationForm::competence() const
{
    return m_referentiel ? m_referentiel->findCompetence(m_competenceId) : nullptr;
}

QString AttestationForm::competenceLabel() const
{
    const Competence *found = competence();
    return found ? found->label : QString();
}

QString AttestationForm::blocTitle() const
{
    const Position position
        = m_referentiel ? positionOf(*m_referentiel, m_competenceId) : Position {};
    return position.bloc >= 0 ? m_referentiel->blocs[position.bloc].title : QString();
}

QString AttestationForm::role() const
{
    if (!m_session)
        return {};
    const Role mine = m_session->roleKind();
    return mine == Role::Tutor || mine == Role::Manager ? roleName(mine) : QString();
}

QVariantList AttestationForm::criteria() const
{
    QVariantList list;
    if (const Competence *found = competence()) {
        for (const Criterion &criterion : found->criteria)
            list << QVariantMap { { QStringLiteral("id"), criterion.id },
                                  { QStringLiteral("label"), criterion.label },
                                  { QStringLiteral("note"), criterion.note },
                                  { QStringLiteral("checked"), m_checked.contains(criterion.id) } };
    }
    return list;
}

void AttestationForm::setChecked(const QStringList &checked)
{
    // Kept in the référentiel's order, each once: the signed list reads like the checklist.
    QStringList ordered;
    if (const Competence *found = competence()) {
        for (const Criterion &criterion : found->criteria) {
            if (checked.contains(criterion.id))
                ordered << criterion.id;
        }
    }
    if (ordered == m_checked)
        return;
    m_checked = ordered;
    tellChecked();
}

void AttestationForm::toggle(const QString &criterionId)
{
    QStringList next = m_checked;
    if (!next.removeOne(criterionId))
        next << criterionId;
    setChecked(next);
}

void AttestationForm::setSituation(const QString &situation)
{
    if (situation == m_situation)
        return;
    m_situation = situation;
    Q_EMIT situationChanged();
    Q_EMIT problemChanged();
}

void AttestationForm::setObservedOn(const QDate &day)
{
    if (day == m_observedOn)
        return;
    m_observedOn = day;
    Q_EMIT observedOnChanged();
    Q_EMIT problemChanged();
}

Attestation AttestationForm::draft() const
{
    return Attestation { m_competenceId,
                         m_session ? m_session->userId() : QString(),
                         roleFromName(role()).value_or(Role::Tutor),
                         m_checked,
                         m_session ? m_session->now() : QDateTime(),
                         false };
}

int AttestationForm::validatedCount() const
{
    return m_engine ? m_engine->validatedCriteriaCount(draft()) : 0;
}

int AttestationForm::criteriaCount() const
{
    const Competence *found = competence();
    return found ? int(found->criteria.size()) : 0;
}

int AttestationForm::neededCount() const
{
    const int total = criteriaCount();
    return m_referentiel ? int(stillNeeded(0, total, m_referentiel->rules.criterionThreshold))
                         : total;
}

bool AttestationForm::reachesThreshold() const
{
    return m_engine && m_engine->reachesCriterionThreshold(draft());
}

QString AttestationForm::outcome() const
{
    if (!m_engine || !competence() || !m_session)
        return {};
    if (!reachesThreshold())
        return tr("Below the threshold: %1 of %2 criteria ticked, %3 needed. It is recorded, but "
                  "it does not "
                  "count towards the competence.")
            .arg(validatedCount())
            .arg(criteriaCount())
            .arg(neededCount());
    CandidateFacts after = m_facts;
    after.attestations << draft();
    const QDate today = m_session->today();
    const CandidateProgress before = m_engine->evaluate(m_facts, today);
    const CandidateProgress then = m_engine->evaluate(after, today);
    const Position position = positionOf(*m_referentiel, m_competenceId);
    if (then.competences[position.competence] != CompetenceStatus::Acquired) {
        QStringList missing;
        for (const Role role : m_engine->missingRoles(after, m_competenceId))
            missing << roleDisplayName(role);
        return tr("The threshold is reached. The competence will still need the attestation of: "
                  "%1.")
            .arg(missing.join(QStringLiteral(", ")));
    }
    if (before.competences[position.competence] == CompetenceStatus::Acquired)
        return tr("The competence is already acquired; this attestation replaces any earlier one "
                  "of yours.");
    QString words = tr("With this attestation the competence becomes acquired.");
    if (then.blocs[position.bloc].ready && !before.blocs[position.bloc].ready)
        words += QLatin1Char(' ')
            + tr("Bloc %1 becomes ready for evaluation.")
                  .arg(m_referentiel->blocs[position.bloc].id);
    return words;
}

QString AttestationForm::problem() const
{
    if (!m_session || !m_session->database())
        return tr("The profile is locked.");
    if (role().isEmpty())
        return tr("Only a tutor or a manager attests a competence.");
    if (!m_referentiel)
        return tr("This candidate's certification is not known on this device yet: sync once with "
                  "the centre.");
    if (!competence())
        return tr("\"%1\" is no competence of %2.")
            .arg(m_competenceId, m_referentiel->certification.title);
    if (!m_assigned)
        return tr("You are not assigned to %1 as %2: the attestation would not count.")
            .arg(m_candidateName, roleDisplayName(roleFromName(role()).value_or(Role::Tutor)));
    if (m_checked.isEmpty() && criteriaCount() > 0)
        return tr("Tick the criteria you observed.");
    if (m_situation.trimmed().isEmpty())
        return tr("Describe the work situation you observed.");
    if (!m_observedOn.isValid() || m_observedOn > m_session->today())
        return tr("The day of the observation must be today or before.");
    return {};
}

bool AttestationForm::needsPassphrase() const
{
    return m_session && m_session->signingNeedsPassphrase();
}

void AttestationForm::sign(const QString &passphrase)
{
    if (m_busy)
        return;
    if (const QString refused = problem(); !refused.isEmpty())
        return Q_EMIT failed(refused);
    if (!needsPassphrase())
        return record();
    if (passphrase.isEmpty())
        return Q_EMIT failed(tr("Type your passphrase to sign."));
    m_busy = true;
    Q_EMIT busyChanged();
    m_confirmation
        = connect(m_session->vault(), &VaultSession::passphraseConfirmed, this, [this](bool ok) {
              disconnect(m_confirmation);
              m_busy = false;
              Q_EMIT busyChanged();
              if (ok)
                  record();
              else
                  Q_EMIT failed(tr("The passphrase is wrong: nothing was signed."));
          });
    m_session->vault()->confirmPassphrase(passphrase);
}

void AttestationForm::record()
{
    const QJsonObject body { { EventFields::Referentiel, m_referentiel->id },
                             { EventFields::Version, m_referentiel->version },
                             { EventFields::Competence, m_competenceId },
                             { EventFields::Role, role() },
                             { EventFields::Criteria, QJsonArray::fromStringList(m_checked) },
                             { EventFields::Situation, m_situation.trimmed() },
                             { EventFields::ObservedOn, m_observedOn.toString(Qt::ISODate) } };
    auto event = m_session->record(QLatin1String(EventKinds::CarnetAttest), body, m_candidateId);
    if (!event)
        return Q_EMIT failed(event.error().message());
    Q_EMIT signedAttestation(event->idText());
}

void AttestationForm::clear()
{
    m_competenceId.clear();
    m_checked.clear();
    m_situation.clear();
    m_observedOn = m_session ? m_session->today() : QDate();
    tellAll();
}

} // namespace jalon
