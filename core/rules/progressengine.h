// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referentiel/referentiel.h"
#include "rules/candidateprogress.h"

#include <QHash>
#include <QVector>

namespace jalon {

/// Computes a candidate's progress under a référentiel's rules (DESIGN.md §2), in exact
/// integer arithmetic. Build one engine per référentiel and reuse it for every candidate:
/// the constructor indexes ids once so that evaluating is a few lookups per attestation.
class ProgressEngine
{
public:
    explicit ProgressEngine(const Referentiel &referentiel);

    /// Progress as it stands on `today` (the day decides bloc expiry).
    CandidateProgress evaluate(const CandidateFacts &facts, QDate today) const;

    /// Distinct criteria of `attestation` that belong to its competence.
    int validatedCriteriaCount(const Attestation &attestation) const;
    /// True when the attestation's validated criteria reach the criterion threshold.
    bool reachesCriterionThreshold(const Attestation &attestation) const;
    /// The required attester roles that have no counting attestation of the competence
    /// yet (current, by someone assigned in that role, reaching the threshold), in the
    /// rules' order: empty when the competence is acquired.
    QList<Role> missingRoles(const CandidateFacts &facts, const QString &competenceId) const;
    /// missingRoles() of every competence at once, in CandidateProgress::competences' order.
    QList<QList<Role>> missingRoles(const CandidateFacts &facts) const;

private:
    struct CompetenceInfo
    {
        int bloc = 0;
        int criteria = 0;
    };
    struct Current; // latest attestation of one attester, per competence

    int competenceIndex(const QString &competenceId) const;
    void collectCurrent(const CandidateFacts &facts, QVector<QVector<Current>> &current) const;
    CompetenceStatus competenceStatus(const QVector<Current> &current) const;
    BlocProgress blocProgress(int bloc, int acquired, const CandidateFacts &facts,
                              QDate today) const;

    Rules m_rules;
    QStringList m_blocIds;
    QList<int> m_blocSizes;
    QVector<CompetenceInfo> m_competences;
    QHash<QString, int> m_competenceIndex;
    QHash<QString, int> m_criterionCompetence; ///< criterion id → competence index
    unsigned m_requiredRoles = 0; ///< bit per attester role
};

} // namespace jalon
