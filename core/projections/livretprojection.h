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
    QList<Edit> heads;   ///< one normally; two or more: a conflict
    QList<Comment> comments;

    bool hasConflict() const { return heads.size() > 1; }
    /// The text to show: the only head, or the latest head in a conflict.
    QString currentText() const { return heads.isEmpty() ? QString() : heads.last().text; }
};

Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id);
/// Every section of a candidate's livret that has an edit or a comment, by id.
Result<QList<Section>> sections(SqliteDatabase &database, const QString &subject);

} // namespace LivretProjection
} // namespace jalon
