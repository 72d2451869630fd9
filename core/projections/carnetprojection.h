// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "rules/candidatefacts.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace jalon {

class SqliteDatabase;
struct Event;

/// The carnet de suivi des compétences: attestations with their revocations, and the
/// evaluators' bloc results. It feeds the rules engine through facts().
namespace CarnetProjection {

    struct StoredAttestation
    {
        QByteArray id;
        QString referentielId;
        QString competenceId;
        QByteArray attester; ///< device key
        QString role;
        QStringList criteria;
        QString situation;
        QDate observedOn;
        QDateTime at;
        QByteArray revokedBy; ///< the carnet.revoke event, empty if current
        QString revokeReason;
    };

    Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id);
    Result<QList<StoredAttestation>> attestations(SqliteDatabase &database, const QString &subject);
    /// What the rules engine needs about a candidate: attestations (attesters named by user
    /// when the organisation told us the device's user), assignments, evaluations.
    Result<CandidateFacts> facts(SqliteDatabase &database, const QString &subject);
    /// The facts of several candidates at once (a team): the organisation's devices are read
    /// once for all of them.
    Result<QHash<QString, CandidateFacts>> factsOf(SqliteDatabase &database,
                                                   const QStringList &subjects);
    /// The Ed25519 signature of each attestation about `subject`: event id → signature.
    Result<QHash<QByteArray, QByteArray>> signatures(SqliteDatabase &database,
                                                     const QString &subject);
    /// The attestations `device` signed at or before its seq `seq` (what the centre
    /// acknowledged), as event ids.
    Result<QSet<QByteArray>> ownAttestationsUpTo(SqliteDatabase &database, const QByteArray &device,
                                                 qint64 seq);

} // namespace CarnetProjection
} // namespace jalon
