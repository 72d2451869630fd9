// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jalon {

class SqliteDatabase;
struct Event;

/// The livret VAE: every edit of every section is kept (the history); a section's current
/// text is its head, the edit no later edit was based on. Two heads mean two people (or
/// two devices) edited the same version: a conflict, both texts kept, shown to the
/// candidate, never silently resolved.
namespace LivretProjection {

    struct Edit
    {
        QByteArray id;
        QByteArray base; ///< empty for a section's first edit
        QString text;
        QByteArray author;
        QDateTime at;
        QList<QByteArray> merges; ///< the other heads this edit resolves (a merge), like bases
    };

    struct Comment
    {
        QByteArray id;
        QByteArray edit; ///< the version commented on (may be empty)
        QString text;
        QByteArray author;
        QDateTime at;
    };

    struct Section
    {
        QString id;
        QList<Edit> history; ///< oldest first
        QList<Edit> heads; ///< one normally; two or more: a conflict
        QList<Comment> comments;

        bool hasConflict() const { return heads.size() > 1; }
        /// The text to show: the only head, or the latest head in a conflict.
        QString currentText() const { return heads.isEmpty() ? QString() : heads.last().text; }
    };

    /// Text being typed, kept in the vault between keystrokes and the edit that records it.
    /// Not derived from events: a rebuild of the projections leaves drafts alone.
    struct Draft
    {
        QString section;
        QByteArray base; ///< the head the typing started from (empty: the section had none)
        QString text;
    };

    Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id);
    /// Every section of a candidate's livret that has an edit or a comment, by id. An edit's
    /// base and the edits it merges are no longer heads.
    Result<QList<Section>> sections(SqliteDatabase &database, const QString &subject);

    /// The words of a livret text, in any script: runs of letters, digits and marks; an
    /// apostrophe or a hyphen between two of them joins them ("l'expérience", "peut-être":
    /// one word each, as word processors count them); each ideograph or kana is a word.
    int wordCount(const QString &text);

    Result<QList<Draft>> drafts(SqliteDatabase &database, const QString &subject);
    /// Writes the drafts in one transaction, each replacing its section's previous one.
    Result<void> saveDrafts(SqliteDatabase &database, const QString &subject,
                            const QList<Draft> &drafts, const QDateTime &at);
    Result<void> dropDraft(SqliteDatabase &database, const QString &subject,
                           const QString &section);

} // namespace LivretProjection
} // namespace jalon
