// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/livretprojection.h"

#include "crypto/base64url.h"
#include "journal/event.h"
#include "journal/eventkinds.h"
#include "vault/sqlitedatabase.h"

#include <QMap>
#include <QSet>

namespace jalon::LivretProjection {

namespace {

QByteArray idField(const Event &event, const char *name)
{
    return fromBase64Url(event.body.value(QLatin1String(name)).toString().toLatin1()).value_or(QByteArray());
}

Result<void> applyEdit(SqliteDatabase &database, const Event &event, const QByteArray &id)
{
    auto insert = database.prepare("INSERT INTO livret_edits (event, subject, referentiel, section, base, text, author, at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    const QByteArray base = idField(event, "base");
    insert->bind(1, id).bind(2, event.subject).bind(3, event.body.value(QStringLiteral("referentiel")).toString())
        .bind(4, event.body.value(QStringLiteral("section")).toString());
    if (base.isEmpty())
        insert->bindNull(5);
    else
        insert->bind(5, base);
    insert->bind(6, event.body.value(QStringLiteral("text")).toString()).bind(7, event.author).bind(8, Event::formatTime(event.at));
    return insert->exec();
}

Result<void> applyComment(SqliteDatabase &database, const Event &event, const QByteArray &id)
{
    auto insert = database.prepare("INSERT INTO livret_comments (event, subject, section, edit, text, author, at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    const QByteArray edit = idField(event, "edit");
    insert->bind(1, id).bind(2, event.subject).bind(3, event.body.value(QStringLiteral("section")).toString());
    if (edit.isEmpty())
        insert->bindNull(4);
    else
        insert->bind(4, edit);
    insert->bind(5, event.body.value(QStringLiteral("text")).toString()).bind(6, event.author).bind(7, Event::formatTime(event.at));
    return insert->exec();
}

} // namespace

Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id)
{
    if (event.kind == QLatin1String(EventKinds::LivretEdit))
        return applyEdit(database, event, id);
    if (event.kind == QLatin1String(EventKinds::LivretComment))
        return applyComment(database, event, id);
    return {};
}

Result<QList<Section>> sections(SqliteDatabase &database, const QString &subject)
{
    QMap<QString, Section> bySection;
    auto edits = database.prepare("SELECT section, event, base, text, author, at FROM livret_edits WHERE subject = ? ORDER BY at, event");
    if (!edits)
        return std::unexpected(edits.error());
    edits->bind(1, subject);
    while (edits->next()) {
        Section &section = bySection[edits->text(0)];
        section.history << Edit{edits->blob(1), edits->blob(2), edits->text(3), edits->blob(4), Event::parseTime(edits->text(5))};
    }
    if (edits->error())
        return std::unexpected(*edits->error());
    auto comments = database.prepare("SELECT section, event, edit, text, author, at FROM livret_comments WHERE subject = ? ORDER BY at, event");
    if (!comments)
        return std::unexpected(comments.error());
    comments->bind(1, subject);
    while (comments->next()) {
        Section &section = bySection[comments->text(0)];
        section.comments << Comment{comments->blob(1), comments->blob(2), comments->text(3), comments->blob(4), Event::parseTime(comments->text(5))};
    }
    if (comments->error())
        return std::unexpected(*comments->error());

    QList<Section> result;
    for (auto it = bySection.begin(); it != bySection.end(); ++it) {
        Section &section = it.value();
        section.id = it.key();
        QSet<QByteArray> bases;
        for (const Edit &edit : section.history)
            bases.insert(edit.base);
        for (const Edit &edit : section.history) {
            if (!bases.contains(edit.id))
                section.heads << edit;
        }
        result << section;
    }
    return result;
}

} // namespace jalon::LivretProjection
