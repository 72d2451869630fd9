// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidate/carnetmodel.h"

#include "candidate/carnetwords.h"
#include "journal/event.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "projections/orgprojection.h"
#include "rules/blocvalidity.h"
#include "rules/fraction.h"
#include "session/session.h"
#include "sync/syncclient.h"
#include "vault/sqlitedatabase.h"
#include "vault/vault.h"

#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <iterator>

namespace jalon {

using namespace CarnetWords;

namespace {

    using CarnetProjection::StoredAttestation;

    // What the engine needs to count an attestation's criteria: its competence and ticks.
    Attestation forRules(const StoredAttestation &stored)
    {
        return Attestation {
            stored.competenceId, {},        roleFromName(stored.role).value_or(Role::Tutor),
            stored.criteria,     stored.at, !stored.revokedBy.isEmpty()
        };
    }

} // namespace

CarnetModel::CarnetModel(QObject *parent)
    : SessionListModel(parent)
{
}

QStringList CarnetModel::shownKinds() const
{
    return EventKinds::carnetKinds();
}

bool CarnetModel::concerns(const JournalChange &change) const
{
    return change.acknowledged || SessionListModel::concerns(change);
}

void CarnetModel::reload()
{
    const Referentiel *referentiel = subjectReferentiel();
    const bool reset = referentiel != m_referentiel;
    // Everything is loaded before the reset ends: views read the rows as soon as it does.
    if (reset) {
        beginResetModel();
        m_referentiel = referentiel;
        buildRows();
    }
    load();
    if (reset)
        endResetModel();
    else if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           { StatusRole, AttestationCountRole, AttestedByRole });
    Q_EMIT reloaded();
}

void CarnetModel::buildRows()
{
    m_rows.clear();
    m_engine.reset();
    if (!m_referentiel)
        return;
    m_engine.emplace(*m_referentiel);
    int progressIndex = 0;
    for (int b = 0; b < m_referentiel->blocs.size(); ++b) {
        const Bloc &bloc = m_referentiel->blocs[b];
        for (int c = 0; c < bloc.competences.size(); ++c)
            m_rows << Row { bloc.competences[c].id, b, c, progressIndex++, {} };
    }
}

void CarnetModel::load()
{
    m_attestations.clear();
    m_attesterNames.clear();
    m_pushed.clear();
    m_loggedAt.clear();
    m_refused.clear();
    m_deviceKey.clear();
    for (Row &row : m_rows)
        row.attestations.clear();
    CandidateFacts facts;
    SqliteDatabase *db = m_session ? m_session->database() : nullptr;
    if (db && m_engine) {
        m_deviceKey = m_session->openVault()->deviceKey().publicKey();
        auto stored = CarnetProjection::attestations(*db, subject());
        auto known = CarnetProjection::facts(*db, subject());
        auto users = OrgProjection::usersByDevice(*db);
        auto pushed = CarnetProjection::ownAttestationsUpTo(*db, m_deviceKey,
                                                            SyncClient::acknowledgedSeq(*db));
        if (!stored || !known || !users || !pushed) {
            const Error &error = !stored ? stored.error()
                : !known                 ? known.error()
                : !users                 ? users.error()
                                         : pushed.error();
            m_session->reportError(tr("The carnet cannot be read: %1").arg(error.message()));
        } else {
            m_attestations = std::move(*stored);
            facts = std::move(*known);
            m_pushed = std::move(*pushed);
            m_loggedAt = SyncClient::loggingTimes(*db);
            m_refused = SyncClient::refusals(*db);
            for (auto user = users->cbegin(); user != users->cend(); ++user)
                m_attesterNames.insert(user.key(), user->name);
        }
    }
    QHash<QString, int> rowOf;
    for (int i = 0; i < m_rows.size(); ++i)
        rowOf.insert(m_rows[i].competenceId, i);
    for (int i = int(m_attestations.size()) - 1; i >= 0; --i) { // stored oldest first
        if (const auto row = rowOf.constFind(m_attestations[i].competenceId); row != rowOf.cend())
            m_rows[*row].attestations << i;
    }
    const QDate today = m_session ? m_session->today() : QDate();
    m_progress = m_engine ? m_engine->evaluate(facts, today) : CandidateProgress {};
}

int CarnetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const Competence &CarnetModel::competenceOf(const Row &row) const
{
    return m_referentiel->blocs[row.bloc].competences[row.competence];
}

QVariant CarnetModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows[index.row()];
    const Competence &competence = competenceOf(row);
    switch (role) {
    case CompetenceIdRole:
        return row.competenceId;
    case Qt::DisplayRole:
    case LabelRole:
        return competence.label;
    case BlocIdRole:
        return m_referentiel->blocs[row.bloc].id;
    case BlocTitleRole:
        return m_referentiel->blocs[row.bloc].title;
    case FirstOfBlocRole:
        return index.row() == 0 || m_rows[index.row() - 1].bloc != row.bloc;
    case TransversalRole:
        return competence.type == CompetenceType::Transversal;
    case StatusRole:
        return statusName(m_progress.competences[row.progressIndex]);
    case CriteriaCountRole:
        return int(competence.criteria.size());
    case AttestationCountRole:
        return currentCount(row);
    case AttestedByRole: {
        QStringList roles;
        for (const jalon::Role attester : { jalon::Role::Tutor, jalon::Role::Manager }) {
            const bool attested
                = std::any_of(row.attestations.cbegin(), row.attestations.cend(), [&](int i) {
                      return m_attestations[i].revokedBy.isEmpty()
                          && m_attestations[i].role == roleName(attester);
                  });
            if (attested)
                roles << roleDisplayName(attester);
        }
        return roles.join(QStringLiteral(", "));
    }
    }
    return {};
}

QHash<int, QByteArray> CarnetModel::roleNames() const
{
    return { { CompetenceIdRole, "competenceId" },
             { LabelRole, "label" },
             { BlocIdRole, "blocId" },
             { BlocTitleRole, "blocTitle" },
             { FirstOfBlocRole, "firstOfBloc" },
             { TransversalRole, "transversal" },
             { StatusRole, "status" },
             { CriteriaCountRole, "criteriaCount" },
             { AttestationCountRole, "attestationCount" },
             { AttestedByRole, "attestedBy" } };
}

int CarnetModel::acquiredCount() const
{
    return int(std::count(m_progress.competences.cbegin(), m_progress.competences.cend(),
                          CompetenceStatus::Acquired));
}

int CarnetModel::currentCount(const Row &row) const
{
    return int(std::count_if(row.attestations.cbegin(), row.attestations.cend(),
                             [this](int i) { return m_attestations[i].revokedBy.isEmpty(); }));
}

int CarnetModel::attestationCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += currentCount(row);
    return count;
}

QVariantList CarnetModel::blocs() const
{
    QVariantList list;
    if (!m_referentiel)
        return list;
    const Fraction threshold = m_referentiel->rules.competenceThreshold;
    for (int b = 0; b < m_progress.blocs.size(); ++b) {
        const BlocProgress &progress = m_progress.blocs[b];
        const std::optional<BlocEvaluation> &evaluation = progress.evaluation;
        list << QVariantMap { { QStringLiteral("id"), m_referentiel->blocs[b].id },
                              { QStringLiteral("title"), m_referentiel->blocs[b].title },
                              { QStringLiteral("acquired"), progress.acquired },
                              { QStringLiteral("total"), progress.total },
                              { QStringLiteral("needed"),
                                int(stillNeeded(progress.acquired, progress.total, threshold)) },
                              { QStringLiteral("ready"), progress.ready },
                              { QStringLiteral("status"), statusName(progress.status) },
                              { QStringLiteral("thresholdPercent"), percent(threshold) },
                              { QStringLiteral("evaluated"), evaluation.has_value() },
                              { QStringLiteral("validated"), evaluation && evaluation->validated },
                              { QStringLiteral("evaluationDate"),
                                evaluation ? evaluation->date : QDate() },
                              { QStringLiteral("validUntil"), progress.validUntil } };
    }
    return list;
}

QString CarnetModel::attesterName(const QByteArray &device) const
{
    if (const auto name = m_attesterNames.constFind(device); name != m_attesterNames.cend())
        return *name;
    // Before the organisation names this device (not joined yet), it is still the person's own.
    return device == m_deviceKey && m_session ? m_session->name() : QString();
}

bool CarnetModel::isSynced(const StoredAttestation &attestation) const
{
    return attestation.attester != m_deviceKey
        || (m_pushed.contains(attestation.id) && !m_refused.contains(attestation.id));
}

// Offline for days is how the field works; but a signing time far from when the centre
// logged it, or ahead of it, is worth a reader's attention.
bool CarnetModel::isLoggedFarFromSigning(const StoredAttestation &attestation) const
{
    const QDateTime logged = m_loggedAt.value(attestation.id);
    if (!logged.isValid())
        return false;
    const qint64 after = attestation.at.secsTo(logged);
    return after > LoggedLateDays * 86400 || after < -LoggedAheadMinutes * 60;
}

QVariantMap CarnetModel::attestationMap(const StoredAttestation &attestation) const
{
    const Attestation rules = forRules(attestation);
    return { { QStringLiteral("id"), toIdText(attestation.id) },
             { QStringLiteral("role"), attestation.role },
             { QStringLiteral("roleName"), roleText(attestation.role) },
             { QStringLiteral("attester"), attesterName(attestation.attester) },
             { QStringLiteral("criteria"), attestation.criteria },
             { QStringLiteral("validatedCount"), m_engine->validatedCriteriaCount(rules) },
             { QStringLiteral("reachesThreshold"), m_engine->reachesCriterionThreshold(rules) },
             { QStringLiteral("situation"), attestation.situation },
             { QStringLiteral("observedOn"), attestation.observedOn },
             { QStringLiteral("at"), attestation.at },
             { QStringLiteral("synced"), isSynced(attestation) },
             { QStringLiteral("refused"), m_refused.value(attestation.id) },
             { QStringLiteral("loggedAt"), m_loggedAt.value(attestation.id) },
             { QStringLiteral("loggedLate"), isLoggedFarFromSigning(attestation) },
             { QStringLiteral("revoked"), !attestation.revokedBy.isEmpty() },
             { QStringLiteral("revokeReason"), attestation.revokeReason },
             { QStringLiteral("own"), attestation.attester == m_deviceKey } };
}

QVariantMap CarnetModel::competence(const QString &competenceId) const
{
    const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                  [&](const Row &r) { return r.competenceId == competenceId; });
    if (row == m_rows.cend())
        return {};
    const Competence &competence = competenceOf(*row);
    QVariantList criteria;
    for (const Criterion &criterion : competence.criteria)
        criteria << QVariantMap { { QStringLiteral("id"), criterion.id },
                                  { QStringLiteral("label"), criterion.label } };
    QVariantList attestations;
    for (const int i : row->attestations)
        attestations << attestationMap(m_attestations[i]);
    return { { QStringLiteral("id"), competence.id },
             { QStringLiteral("label"), competence.label },
             { QStringLiteral("status"), statusName(m_progress.competences[row->progressIndex]) },
             { QStringLiteral("criteria"), criteria },
             { QStringLiteral("attestations"), attestations } };
}

bool CarnetModel::revoke(const QString &attestationId, const QString &reason)
{
    if (!m_session)
        return false;
    const auto found
        = std::find_if(m_attestations.cbegin(), m_attestations.cend(),
                       [&](const StoredAttestation &a) { return toIdText(a.id) == attestationId; });
    QString problem;
    if (found == m_attestations.cend() || found->attester != m_deviceKey)
        problem = tr("Only the person who signed an attestation, on the device they signed it "
                     "with, may withdraw it.");
    else if (!found->revokedBy.isEmpty())
        problem = tr("This attestation is already withdrawn.");
    else if (reason.trimmed().isEmpty())
        problem = tr("Say why the attestation is withdrawn: the candidate and the centre read it.");
    if (!problem.isEmpty()) {
        m_session->reportError(problem);
        return false;
    }
    const QJsonObject body { { EventFields::Attestation, attestationId },
                             { EventFields::Reason, reason.trimmed() } };
    return bool(m_session->record(QLatin1String(EventKinds::CarnetRevoke), body, subject()));
}

bool CarnetModel::evaluate(const QString &blocId, bool validated, const QDate &date,
                           const QString &remarks)
{
    if (!m_session || !m_referentiel)
        return false;
    QString problem;
    if (!m_referentiel->findBloc(blocId))
        problem = tr("\"%1\" is no bloc of %2.").arg(blocId, m_referentiel->certification.title);
    else if (!date.isValid() || date > m_session->today())
        problem = tr("The date of the result must be a real day, today or before.");
    if (!problem.isEmpty()) {
        m_session->reportError(problem);
        return false;
    }
    QJsonObject body { { EventFields::Referentiel, m_referentiel->id },
                       { EventFields::Version, m_referentiel->version },
                       { EventFields::Bloc, blocId },
                       { EventFields::Validated, validated },
                       { EventFields::Date, date.toString(Qt::ISODate) } };
    if (!remarks.trimmed().isEmpty())
        body.insert(EventFields::Remarks, remarks.trimmed());
    return bool(m_session->record(QLatin1String(EventKinds::BlocEvaluate), body, subject()));
}

QDate CarnetModel::validUntil(const QDate &date) const
{
    if (!m_referentiel || !date.isValid())
        return {};
    return blocValidUntil(date, m_referentiel->rules.blocValidityYears);
}

} // namespace jalon
