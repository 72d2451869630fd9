// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/vaeprojection.h"

#include "journal/event.h"
#include "journal/eventfields.h"
#include "projections/latest.h"
#include "projections/orgprojection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jalon::VaeProjection {

Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id)
{
    // Only the candidate's accompanist records their sessions, as the server's policy says;
    // the device checks it itself rather than trust the server. (The assignment is always
    // logged before the sessions it allows, so it is known here, on a rebuild too.)
    auto byTheAccompanist = OrgProjection::wasAssigned(database, event.author, event.subject,
                                                       Role::Accompanist, event.at);
    if (!byTheAccompanist || !*byTheAccompanist)
        return byTheAccompanist ? Result<void>() : std::unexpected(byTheAccompanist.error());
    const qint64 number = event.body.value(EventFields::Number).toInteger();
    const QString at = Event::formatTime(event.at);

    auto select
        = database.prepare("SELECT at, event FROM vae_sessions WHERE subject = ? AND number = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, event.subject).bind(2, number);
    auto sql = latestWrite(*select, at, id,
                           "INSERT INTO vae_sessions (subject, number, status, date, notes, "
                           "next_steps, sections, event, at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                           "UPDATE vae_sessions SET status = ?3, date = ?4, notes = ?5, next_steps "
                           "= ?6, sections = ?7, "
                           "event = ?8, at = ?9 WHERE subject = ?1 AND number = ?2");
    if (!sql || !*sql)
        return sql ? Result<void>() : std::unexpected(sql.error());
    auto upsert = database.prepare(*sql);
    if (!upsert)
        return std::unexpected(upsert.error());
    const QJsonObject &body = event.body;
    upsert->bind(1, event.subject)
        .bind(2, number)
        .bind(3, body.value(EventFields::Status).toString())
        .bind(4, body.value(EventFields::Date).toString())
        .bind(5, body.value(EventFields::Notes).toString())
        .bind(6, body.value(EventFields::NextSteps).toString())
        .bind(7,
              QString::fromUtf8(QJsonDocument(body.value(EventFields::Sections).toArray())
                                    .toJson(QJsonDocument::Compact)))
        .bind(8, id)
        .bind(9, at);
    return upsert->exec();
}

Result<QList<Session>> sessions(SqliteDatabase &database, const QString &subject)
{
    auto select = database.prepare("SELECT number, status, date, notes, next_steps, sections FROM "
                                   "vae_sessions WHERE subject = ? ORDER BY number");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, subject);
    QList<Session> result;
    while (select->next()) {
        Session session {
            int(select->int64(0)), select->text(1), QDate::fromString(select->text(2), Qt::ISODate),
            select->text(3),       select->text(4), {}
        };
        for (const auto &section : QJsonDocument::fromJson(select->text(5).toUtf8()).array())
            session.sections << section.toString();
        result << session;
    }
    if (select->error())
        return std::unexpected(*select->error());
    return result;
}

} // namespace jalon::VaeProjection
