// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/progressengine.h"

#include "rules/blocvalidity.h"
#include "rules/fraction.h"

#include <algorithm>

namespace jalon {
namespace {
    unsigned roleBit(Role role)
    {
        return 1u << unsigned(role);
    }
} // namespace

struct ProgressEngine::Current
{
    const Attestation *attestation = nullptr;
    bool counts = false; ///< assigned in its role when signed, and reaching the threshold
};

ProgressEngine::ProgressEngine(const Referentiel &referentiel)
    : m_rules(referentiel.rules)
{
    for (const Bloc &bloc : referentiel.blocs) {
        const int blocIndex = int(m_blocIds.size());
        m_blocIds << bloc.id;
        m_blocSizes << int(bloc.competences.size());
        for (const Competence &competence : bloc.competences) {
            const int index = int(m_competences.size());
            m_competences.append({ blocIndex, int(competence.criteria.size()) });
            m_competenceIndex.insert(competence.id, index);
            for (const Criterion &criterion : competence.criteria)
                m_criterionCompetence.insert(criterion.id, index);
        }
    }
    for (Role role : m_rules.attesterRoles)
        m_requiredRoles |= roleBit(role);
}

int ProgressEngine::competenceIndex(const QString &competenceId) const
{
    return m_competenceIndex.value(competenceId, -1);
}

int ProgressEngine::validatedCriteriaCount(const Attestation &attestation) const
{
    const int competence = competenceIndex(attestation.competenceId);
    int count = 0;
    const QStringList &ids = attestation.validatedCriteria;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        // A criterion of another competence, or one ticked twice, must not make up for a
        // criterion that was not observed.
        if (m_criterionCompetence.value(ids[i], -1) != competence)
            continue;
        if (std::find(ids.begin(), ids.begin() + i, ids[i]) != ids.begin() + i)
            continue;
        ++count;
    }
    return count;
}

bool ProgressEngine::reachesCriterionThreshold(const Attestation &attestation) const
{
    const int competence = competenceIndex(attestation.competenceId);
    if (competence < 0)
        return false;
    return reachesThreshold(validatedCriteriaCount(attestation), m_competences[competence].criteria,
                            m_rules.criterionThreshold);
}

void ProgressEngine::collectCurrent(const CandidateFacts &facts,
                                    QVector<QVector<Current>> &current) const
{
    for (const Attestation &attestation : facts.attestations) {
        if (attestation.revoked || !(m_requiredRoles & roleBit(attestation.role)))
            continue;
        const int competence = competenceIndex(attestation.competenceId);
        if (competence < 0)
            continue;
        // One current attestation per attester and role: a later one replaces an earlier one.
        QVector<Current> &entries = current[competence];
        auto entry = std::find_if(entries.begin(), entries.end(), [&](const Current &c) {
            return c.attestation->attesterId == attestation.attesterId
                && c.attestation->role == attestation.role;
        });
        if (entry == entries.end())
            entry = entries.insert(entries.end(), Current {});
        else if (entry->attestation->signedAt > attestation.signedAt)
            continue;
        entry->attestation = &attestation;
        const bool assigned = std::any_of(
            facts.assignments.begin(), facts.assignments.end(), [&](const Assignment &a) {
                return a.userId == attestation.attesterId && a.role == attestation.role
                    && a.covers(attestation.signedAt);
            });
        entry->counts = assigned && reachesCriterionThreshold(attestation);
    }
}

QList<Role> ProgressEngine::missingRoles(const CandidateFacts &facts,
                                         const QString &competenceId) const
{
    const int competence = competenceIndex(competenceId);
    return competence < 0 ? QList<Role>() : missingRoles(facts).value(competence);
}

QList<QList<Role>> ProgressEngine::missingRoles(const CandidateFacts &facts) const
{
    QVector<QVector<Current>> current(m_competences.size());
    collectCurrent(facts, current);
    QList<QList<Role>> missing(m_competences.size());
    for (qsizetype competence = 0; competence < current.size(); ++competence) {
        unsigned counted = 0;
        for (const Current &entry : std::as_const(current[competence])) {
            if (entry.counts)
                counted |= roleBit(entry.attestation->role);
        }
        for (Role role : m_rules.attesterRoles) {
            if (!(counted & roleBit(role)))
                missing[competence] << role;
        }
    }
    return missing;
}

CompetenceStatus ProgressEngine::competenceStatus(const QVector<Current> &current) const
{
    if (current.isEmpty())
        return CompetenceStatus::NotStarted;
    unsigned roles = 0;
    for (const Current &entry : current) {
        if (entry.counts)
            roles |= roleBit(entry.attestation->role);
    }
    return (roles & m_requiredRoles) == m_requiredRoles ? CompetenceStatus::Acquired
                                                        : CompetenceStatus::InProgress;
}

BlocProgress ProgressEngine::blocProgress(int bloc, int acquired, const CandidateFacts &facts,
                                          QDate today) const
{
    BlocProgress progress;
    progress.acquired = acquired;
    progress.total = m_blocSizes[bloc];
    progress.ready = reachesThreshold(acquired, progress.total, m_rules.competenceThreshold);
    for (const BlocEvaluation &evaluation : facts.evaluations) {
        const bool byItsEvaluator = std::any_of(
            facts.assignments.begin(), facts.assignments.end(), [&](const Assignment &a) {
                return a.userId == evaluation.evaluatorId && a.role == Role::Evaluator
                    && a.covers(evaluation.signedAt);
            });
        // The latest result decides; of two on the same day, the one recorded last.
        if (byItsEvaluator && evaluation.blocId == m_blocIds[bloc] && evaluation.date <= today
            && (!progress.evaluation || progress.evaluation->date <= evaluation.date))
            progress.evaluation = evaluation;
    }
    if (progress.evaluation && progress.evaluation->validated) {
        const QDate end = blocValidityEnd(progress.evaluation->date, m_rules.blocValidityYears);
        progress.validUntil = blocValidUntil(progress.evaluation->date, m_rules.blocValidityYears);
        progress.status = today < end ? BlocStatus::Validated : BlocStatus::Expired;
    }
    return progress;
}

CandidateProgress ProgressEngine::evaluate(const CandidateFacts &facts, QDate today) const
{
    QVector<QVector<Current>> current(m_competences.size());
    collectCurrent(facts, current);

    CandidateProgress progress;
    progress.competences.reserve(m_competences.size());
    QList<int> acquired(m_blocIds.size(), 0);
    QList<bool> started(m_blocIds.size(), false);
    for (qsizetype i = 0; i < m_competences.size(); ++i) {
        const CompetenceStatus status = competenceStatus(current[i]);
        progress.competences << status;
        const int bloc = m_competences[i].bloc;
        started[bloc] = started[bloc] || status != CompetenceStatus::NotStarted;
        acquired[bloc] += status == CompetenceStatus::Acquired ? 1 : 0;
    }

    progress.obtained = !m_blocIds.isEmpty();
    for (int bloc = 0; bloc < m_blocIds.size(); ++bloc) {
        BlocProgress blocProgress = this->blocProgress(bloc, acquired[bloc], facts, today);
        if (blocProgress.status != BlocStatus::Validated
            && blocProgress.status != BlocStatus::Expired)
            blocProgress.status = blocProgress.ready ? BlocStatus::Ready
                : started[bloc]                      ? BlocStatus::InProgress
                                                     : BlocStatus::NotStarted;
        progress.obtained = progress.obtained && blocProgress.status == BlocStatus::Validated;
        progress.blocs << blocProgress;
    }
    return progress;
}

} // namespace jalon
