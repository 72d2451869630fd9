// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/diagnosticprojection.h"

#include "journal/event.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "projections/latest.h"
#include "referentiel/referentiel.h"

namespace jalon::DiagnosticProjection {

namespace {

    Result<void> applyAnswer(SqliteDatabase &database, const Event &event, const QByteArray &id)
    {
        const QString referentiel = event.body.value(EventFields::Referentiel).toString();
        const QString activity = event.body.value(EventFields::Activity).toString();
        const QString at = Event::formatTime(event.at);

        auto select = database.prepare("SELECT at, event FROM diagnostic_answers WHERE subject = ? "
                                       "AND referentiel = ? AND activity = ?");
        if (!select)
            return std::unexpected(select.error());
        select->bind(1, event.subject).bind(2, referentiel).bind(3, activity);
        auto sql = latestWrite(
            *select, at, id,
            "INSERT INTO diagnostic_answers (subject, referentiel, activity, level, comment, "
            "event, at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            "UPDATE diagnostic_answers SET level = ?4, comment = ?5, event = ?6, at = ?7 "
            "WHERE subject = ?1 AND referentiel = ?2 AND activity = ?3");
        if (!sql || !*sql)
            return sql ? Result<void>() : std::unexpected(sql.error());
        auto upsert = database.prepare(*sql);
        if (!upsert)
            return std::unexpected(upsert.error());
        upsert->bind(1, event.subject)
            .bind(2, referentiel)
            .bind(3, activity)
            .bind(4, event.body.value(EventFields::Level).toInteger())
            .bind(5, event.body.value(EventFields::Comment).toString())
            .bind(6, id)
            .bind(7, at);
        return upsert->exec();
    }

    Result<void> applySubmit(SqliteDatabase &database, const Event &event, const QByteArray &id)
    {
        const QString referentiel = event.body.value(EventFields::Referentiel).toString();
        const QString at = Event::formatTime(event.at);

        auto select = database.prepare(
            "SELECT at, event FROM diagnostic_submissions WHERE subject = ? AND referentiel = ?");
        if (!select)
            return std::unexpected(select.error());
        select->bind(1, event.subject).bind(2, referentiel);
        auto sql = latestWrite(*select, at, id,
                               "INSERT INTO diagnostic_submissions (subject, referentiel, version, "
                               "event, at) VALUES (?1, ?2, ?3, ?4, ?5)",
                               "UPDATE diagnostic_submissions SET version = ?3, event = ?4, at = "
                               "?5 WHERE subject = ?1 AND referentiel = ?2");
        if (!sql || !*sql)
            return sql ? Result<void>() : std::unexpected(sql.error());
        auto upsert = database.prepare(*sql);
        if (!upsert)
            return std::unexpected(upsert.error());
        upsert->bind(1, event.subject)
            .bind(2, referentiel)
            .bind(3, event.body.value(EventFields::Version).toInteger())
            .bind(4, id)
            .bind(5, at);
        return upsert->exec();
    }

} // namespace

Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id)
{
    if (event.kind == QLatin1String(EventKinds::DiagnosticAnswer))
        return applyAnswer(database, event, id);
    if (event.kind == QLatin1String(EventKinds::DiagnosticSubmit))
        return applySubmit(database, event, id);
    return {};
}

Result<QHash<QString, Answer>> answers(SqliteDatabase &database, const QString &subject,
                                       const QString &referentielId)
{
    auto select = database.prepare("SELECT activity, level, comment, at FROM diagnostic_answers "
                                   "WHERE subject = ? AND referentiel = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, subject).bind(2, referentielId);
    QHash<QString, Answer> result;
    while (select->next())
        result.insert(
            select->text(0),
            Answer { int(select->int64(1)), select->text(2), Event::parseTime(select->text(3)) });
    if (select->error())
        return std::unexpected(*select->error());
    return result;
}

Result<QDateTime> submittedAt(SqliteDatabase &database, const QString &subject,
                              const QString &referentielId)
{
    auto select = database.prepare(
        "SELECT at FROM diagnostic_submissions WHERE subject = ? AND referentiel = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, subject).bind(2, referentielId);
    if (select->next())
        return Event::parseTime(select->text(0));
    if (select->error())
        return std::unexpected(*select->error());
    return QDateTime();
}

QList<FunctionSummary> byFunction(const QHash<QString, Answer> &answers,
                                  const Referentiel &referentiel)
{
    const int top = referentiel.scale.isEmpty() ? 0 : referentiel.scale.last().value;
    QList<FunctionSummary> summaries;
    for (const Function &function : referentiel.functions) {
        FunctionSummary summary { function.id, int(function.activities.size()), 0, 0, 0 };
        for (const Activity &activity : function.activities) {
            const auto answer = answers.constFind(activity.id);
            if (answer == answers.cend())
                continue;
            ++summary.answered;
            summary.levelSum += answer->level;
            summary.levelMax += top;
        }
        summaries << summary;
    }
    return summaries;
}

} // namespace jalon::DiagnosticProjection
