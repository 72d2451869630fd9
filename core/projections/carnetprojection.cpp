// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/carnetprojection.h"

#include "crypto/base64url.h"
#include "journal/event.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "vault/sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jalon::CarnetProjection {

namespace {

    Result<void> applyAttest(SqliteDatabase &database, const Event &event, const QByteArray &id)
    {
        auto insert = database.prepare(
            "INSERT INTO carnet_attestations (event, subject, referentiel, version, competence, "
            "attester, role, "
            "criteria, situation, observed_on, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return std::unexpected(insert.error());
        const QJsonObject &body = event.body;
        insert->bind(1, id)
            .bind(2, event.subject)
            .bind(3, body.value(EventFields::Referentiel).toString())
            .bind(4, body.value(EventFields::Version).toInteger())
            .bind(5, body.value(EventFields::Competence).toString())
            .bind(6, event.author)
            .bind(7, body.value(EventFields::Role).toString())
            .bind(8,
                  QString::fromUtf8(QJsonDocument(body.value(EventFields::Criteria).toArray())
                                        .toJson(QJsonDocument::Compact)))
            .bind(9, body.value(EventFields::Situation).toString())
            .bind(10, body.value(EventFields::ObservedOn).toString())
            .bind(11, Event::formatTime(event.at));
        return insert->exec();
    }

    Result<void> applyRevoke(SqliteDatabase &database, const Event &event, const QByteArray &id)
    {
        const auto attestation
            = fromBase64Url(event.body.value(EventFields::Attestation).toString().toLatin1());
        if (!attestation)
            return {};
        // Only the attester's own device may withdraw an attestation; anything else is ignored.
        auto update = database.prepare(
            "UPDATE carnet_attestations SET revoked_by = ?, revoke_reason = ? "
            "WHERE event = ? AND attester = ? AND subject = ? AND revoked_by IS NULL");
        if (!update)
            return std::unexpected(update.error());
        update->bind(1, id)
            .bind(2, event.body.value(EventFields::Reason).toString())
            .bind(3, *attestation)
            .bind(4, event.author)
            .bind(5, event.subject);
        return update->exec();
    }

    Result<void> applyEvaluation(SqliteDatabase &database, const Event &event, const QByteArray &id)
    {
        auto insert = database.prepare(
            "INSERT INTO bloc_evaluations (event, subject, referentiel, bloc, validated, date, "
            "remarks, evaluator, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return std::unexpected(insert.error());
        const QJsonObject &body = event.body;
        insert->bind(1, id)
            .bind(2, event.subject)
            .bind(3, body.value(EventFields::Referentiel).toString())
            .bind(4, body.value(EventFields::Bloc).toString())
            .bind(5, qint64(body.value(EventFields::Validated).toBool()))
            .bind(6, body.value(EventFields::Date).toString())
            .bind(7, body.value(EventFields::Remarks).toString())
            .bind(8, event.author)
            .bind(9, Event::formatTime(event.at));
        return insert->exec();
    }

    // One candidate's facts; attesters are named by user through `userOfDevice`.
    Result<CandidateFacts> subjectFacts(SqliteDatabase &database, const QString &subject,
                                        const QHash<QByteArray, QString> &userOfDevice)
    {
        CandidateFacts facts;
        auto stored = attestations(database, subject);
        if (!stored)
            return std::unexpected(stored.error());
        for (const StoredAttestation &row : *stored) {
            const QString attester = userOfDevice.value(row.attester, toIdText(row.attester));
            facts.attestations << Attestation {
                row.competenceId, attester, roleFromName(row.role).value_or(Role::Tutor),
                row.criteria,     row.at,   !row.revokedBy.isEmpty()
            };
        }
        auto assignments = database.prepare(
            "SELECT user, role, since, until FROM org_assignments WHERE candidate = ?");
        if (!assignments)
            return std::unexpected(assignments.error());
        assignments->bind(1, subject);
        while (assignments->next()) {
            if (const auto role = roleFromName(assignments->text(1))) {
                facts.assignments << Assignment {
                    assignments->text(0), *role, Event::parseTime(assignments->text(2)),
                    assignments->isNull(3) ? QDateTime() : Event::parseTime(assignments->text(3))
                };
            }
        }
        auto evaluations
            = database.prepare("SELECT bloc, validated, date, evaluator, at FROM bloc_evaluations "
                               "WHERE subject = ? ORDER BY at, event");
        if (!evaluations)
            return std::unexpected(evaluations.error());
        evaluations->bind(1, subject);
        while (evaluations->next())
            facts.evaluations << BlocEvaluation {
                evaluations->text(0), evaluations->int64(1) != 0,
                QDate::fromString(evaluations->text(2), Qt::ISODate),
                userOfDevice.value(evaluations->blob(3), toIdText(evaluations->blob(3))),
                Event::parseTime(evaluations->text(4))
            };
        if (assignments->error() || evaluations->error())
            return std::unexpected(assignments->error() ? *assignments->error()
                                                        : *evaluations->error());
        return facts;
    }

} // namespace

Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id)
{
    if (event.kind == QLatin1String(EventKinds::CarnetAttest))
        return applyAttest(database, event, id);
    if (event.kind == QLatin1String(EventKinds::CarnetRevoke))
        return applyRevoke(database, event, id);
    if (event.kind == QLatin1String(EventKinds::BlocEvaluate))
        return applyEvaluation(database, event, id);
    return {};
}

Result<QList<StoredAttestation>> attestations(SqliteDatabase &database, const QString &subject)
{
    auto select = database.prepare(
        "SELECT event, referentiel, competence, attester, role, criteria, situation, observed_on, "
        "at, "
        "revoked_by, revoke_reason FROM carnet_attestations WHERE subject = ? ORDER BY at, event");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, subject);
    QList<StoredAttestation> result;
    while (select->next()) {
        StoredAttestation row;
        row.id = select->blob(0);
        row.referentielId = select->text(1);
        row.competenceId = select->text(2);
        row.attester = select->blob(3);
        row.role = select->text(4);
        for (const auto &criterion : QJsonDocument::fromJson(select->text(5).toUtf8()).array())
            row.criteria << criterion.toString();
        row.situation = select->text(6);
        row.observedOn = QDate::fromString(select->text(7), Qt::ISODate);
        row.at = Event::parseTime(select->text(8));
        row.revokedBy = select->isNull(9) ? QByteArray() : select->blob(9);
        row.revokeReason = select->text(10);
        result << row;
    }
    if (select->error())
        return std::unexpected(*select->error());
    return result;
}

Result<CandidateFacts> facts(SqliteDatabase &database, const QString &subject)
{
    auto all = factsOf(database, { subject });
    if (!all)
        return std::unexpected(all.error());
    return all->value(subject);
}

Result<QHash<QString, CandidateFacts>> factsOf(SqliteDatabase &database,
                                               const QStringList &subjects)
{
    QHash<QByteArray, QString> userOfDevice;
    auto devices = database.prepare("SELECT device, user FROM org_devices");
    if (!devices)
        return std::unexpected(devices.error());
    while (devices->next())
        userOfDevice.insert(devices->blob(0), devices->text(1));
    QHash<QString, CandidateFacts> result;
    for (const QString &subject : subjects) {
        auto candidate = subjectFacts(database, subject, userOfDevice);
        if (!candidate)
            return std::unexpected(candidate.error());
        result.insert(subject, *candidate);
    }
    return result;
}

Result<QHash<QByteArray, QByteArray>> signatures(SqliteDatabase &database, const QString &subject)
{
    auto select
        = database.prepare("SELECT id, canonical FROM events WHERE subject = ? AND kind = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, subject).bind(2, QString::fromLatin1(EventKinds::CarnetAttest));
    QHash<QByteArray, QByteArray> found;
    while (select->next()) {
        auto event = Event::fromStored(select->blob(1));
        if (!event)
            return std::unexpected(event.error());
        found.insert(select->blob(0), event->sig);
    }
    if (select->error())
        return std::unexpected(*select->error());
    return found;
}

// The events table is indexed by (author, seq), not by id (a random hash), so they are
// found by author.
Result<QSet<QByteArray>> ownAttestationsUpTo(SqliteDatabase &database, const QByteArray &device,
                                             qint64 seq)
{
    QSet<QByteArray> ids;
    if (seq <= 0)
        return ids;
    auto select = database.prepare(
        "SELECT id FROM events WHERE author = ? AND own = 1 AND seq <= ? AND kind = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, device).bind(2, seq).bind(3, QString::fromLatin1(EventKinds::CarnetAttest));
    while (select->next())
        ids.insert(select->blob(0));
    if (select->error())
        return std::unexpected(*select->error());
    return ids;
}

} // namespace jalon::CarnetProjection
