// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/role.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jalon {

/// What the rules need to know about one candidate, as folded from the journal.

/// A tutor's or manager's signed attestation of one competence.
struct Attestation
{
    QString competenceId;
    QString attesterId; ///< user id of the signer
    Role role = Role::Tutor; ///< the role it was signed in
    QStringList validatedCriteria; ///< criterion ids ticked as observed
    QDateTime signedAt;
    bool revoked = false;
};

/// A user assigned to the candidate in a role, from `from` until `until` (invalid: still).
struct Assignment
{
    QString userId;
    Role role = Role::Tutor;
    QDateTime from;
    QDateTime until;

    bool covers(const QDateTime &moment) const
    {
        return from <= moment && (!until.isValid() || moment < until);
    }
};

/// An evaluator's official result for a bloc. It counts only when its signer was assigned
/// to the candidate as evaluator when signing, as the centre's policy requires: a device
/// checks this itself rather than trust the server.
struct BlocEvaluation
{
    QString blocId;
    bool validated = false;
    QDate date;
    QString evaluatorId; ///< user id of the signer
    QDateTime signedAt;
};

struct CandidateFacts
{
    QList<Attestation> attestations;
    QList<Assignment> assignments;
    QList<BlocEvaluation> evaluations;
};

} // namespace jalon
