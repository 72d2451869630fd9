// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/livretprojection.h"

#include "crypto/base64url.h"
#include "journal/event.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "vault/sqlitedatabase.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace jalon::LivretProjection {

namespace {

    // Kept as the body spells them (base64url, space-separated): the column is text, read back
    // only to compute heads.
    QString mergesField(const Event &event)
    {
        QStringList ids;
        for (const auto &id : event.body.value(EventFields::Merges).toArray())
            ids << id.toString();
        return ids.join(QLatin1Char(' '));
    }

    QList<QByteArray> parseMerges(const QString &text)
    {
        QList<QByteArray> ids;
        for (const QString &id : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (auto bytes = fromBase64Url(id.toLatin1()))
                ids << *bytes;
        }
        return ids;
    }

    bool isIdeograph(char32_t c)
    {
        // Chinese and Japanese write no spaces between words.
        const QChar::Script script = QChar::script(c);
        return script == QChar::Script_Han || script == QChar::Script_Hiragana
            || script == QChar::Script_Katakana;
    }

    bool isWordChar(char32_t c)
    {
        const QChar::Category category = QChar::category(c);
        return QChar::isLetterOrNumber(c) || category == QChar::Mark_NonSpacing
            || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing;
    }

    bool isJoiner(char32_t c)
    {
        // ' ’ ʼ (French elision, typed or typographic) and - ‐ ‑ (compound words).
        return c == U'\'' || c == U'\u2019' || c == U'\u02BC' || c == U'-' || c == U'\u2010'
            || c == U'\u2011';
    }

    Result<void> applyEdit(SqliteDatabase &database, const Event &event, const QByteArray &id)
    {
        auto insert = database.prepare("INSERT INTO livret_edits (event, subject, referentiel, "
                                       "section, base, text, author, at, merges) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return std::unexpected(insert.error());
        const QByteArray base = event.bodyId(EventFields::Base);
        insert->bind(1, id)
            .bind(2, event.subject)
            .bind(3, event.body.value(EventFields::Referentiel).toString())
            .bind(4, event.body.value(EventFields::Section).toString());
        if (base.isEmpty())
            insert->bindNull(5);
        else
            insert->bind(5, base);
        insert->bind(6, event.body.value(EventFields::Text).toString())
            .bind(7, event.author)
            .bind(8, Event::formatTime(event.at))
            .bind(9, mergesField(event));
        return insert->exec();
    }

    Result<void> applyComment(SqliteDatabase &database, const Event &event, const QByteArray &id)
    {
        auto insert = database.prepare(
            "INSERT INTO livret_comments (event, subject, section, edit, text, author, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return std::unexpected(insert.error());
        const QByteArray edit = event.bodyId(EventFields::Edit);
        insert->bind(1, id)
            .bind(2, event.subject)
            .bind(3, event.body.value(EventFields::Section).toString());
        if (edit.isEmpty())
            insert->bindNull(4);
        else
            insert->bind(4, edit);
        insert->bind(5, event.body.value(EventFields::Text).toString())
            .bind(6, event.author)
            .bind(7, Event::formatTime(event.at));
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
    // Edits of the same millisecond keep the order the journal took them in (a device's own
    // in seq order), not the order of their hashes.
    auto edits = database.prepare(
        "SELECT section, event, base, text, author, at, merges FROM livret_edits "
        "WHERE subject = ? ORDER BY at, rowid");
    if (!edits)
        return std::unexpected(edits.error());
    edits->bind(1, subject);
    while (edits->next()) {
        Section &section = bySection[edits->text(0)];
        section.history << Edit { edits->blob(1),
                                  edits->blob(2),
                                  edits->text(3),
                                  edits->blob(4),
                                  Event::parseTime(edits->text(5)),
                                  parseMerges(edits->text(6)) };
    }
    if (edits->error())
        return std::unexpected(*edits->error());
    auto comments = database.prepare("SELECT section, event, edit, text, author, at FROM "
                                     "livret_comments WHERE subject = ? ORDER BY at, event");
    if (!comments)
        return std::unexpected(comments.error());
    comments->bind(1, subject);
    while (comments->next()) {
        Section &section = bySection[comments->text(0)];
        section.comments << Comment { comments->blob(1), comments->blob(2), comments->text(3),
                                      comments->blob(4), Event::parseTime(comments->text(5)) };
    }
    if (comments->error())
        return std::unexpected(*comments->error());

    QList<Section> result;
    for (auto it = bySection.begin(); it != bySection.end(); ++it) {
        Section &section = it.value();
        section.id = it.key();
        // A merge names the heads it resolves beside its base: none of them is a head then.
        QSet<QByteArray> bases;
        for (const Edit &edit : section.history) {
            bases.insert(edit.base);
            for (const QByteArray &merged : edit.merges)
                bases.insert(merged);
        }
        for (const Edit &edit : section.history) {
            if (!bases.contains(edit.id))
                section.heads << edit;
        }
        result << section;
    }
    return result;
}

int wordCount(const QString &text)
{
    const QList<uint> chars = text.toUcs4();
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars[i];
        if (isIdeograph(c)) {
            ++words;
            inWord = false;
        } else if (isWordChar(c)) {
            words += inWord ? 0 : 1;
            inWord = true;
        } else if (!(inWord && isJoiner(c) && i + 1 < chars.size() && isWordChar(chars[i + 1])
                     && !isIdeograph(chars[i + 1]))) {
            inWord = false;
        }
    }
    return words;
}

Result<QList<Draft>> drafts(SqliteDatabase &database, const QString &subject)
{
    auto select = database.prepare(
        "SELECT section, base, text FROM livret_drafts WHERE subject = ? ORDER BY section");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, subject);
    QList<Draft> drafts;
    while (select->next())
        drafts << Draft { select->text(0), select->blob(1), select->text(2) };
    if (select->error())
        return std::unexpected(*select->error());
    return drafts;
}

Result<void> saveDrafts(SqliteDatabase &database, const QString &subject,
                        const QList<Draft> &drafts, const QDateTime &at)
{
    return database.transaction([&]() -> Result<void> {
        for (const Draft &draft : drafts) {
            auto insert = database.prepare(
                "INSERT OR REPLACE INTO livret_drafts (subject, section, base, text, at) "
                "VALUES (?, ?, ?, ?, ?)");
            if (!insert)
                return std::unexpected(insert.error());
            insert->bind(1, subject).bind(2, draft.section);
            if (draft.base.isEmpty())
                insert->bindNull(3);
            else
                insert->bind(3, draft.base);
            if (auto done = insert->bind(4, draft.text).bind(5, Event::formatTime(at)).exec();
                !done)
                return done;
        }
        return {};
    });
}

Result<void> dropDraft(SqliteDatabase &database, const QString &subject, const QString &section)
{
    auto remove = database.prepare("DELETE FROM livret_drafts WHERE subject = ? AND section = ?");
    if (!remove)
        return std::unexpected(remove.error());
    return remove->bind(1, subject).bind(2, section).exec();
}

} // namespace jalon::LivretProjection
