// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "common/role.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace jalon {

class SqliteDatabase;
struct Event;

/// The organisation as the server declared it (server-signed org.* events): users, their
/// devices, who is assigned to which candidate in which role and since when.
namespace OrgProjection {

    struct User
    {
        QString id;
        QString name;
        QString role; ///< wire name: candidate, tutor…; in assignedTo(), the assigned role
        QString referentiel; ///< a candidate's certification, when the organisation set one
    };

    Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray &id);
    Result<std::optional<User>> user(SqliteDatabase &database, const QString &userId);
    /// The id of the référentiel `candidate` prepares: the one the organisation set, or else
    /// the one their own records name (they chose it on their device before the centre
    /// said); empty when neither says.
    Result<QString> referentielOf(SqliteDatabase &database, const QString &candidate);
    /// Every known device's user (revoked devices included: their past events still count).
    Result<QHash<QByteArray, User>> usersByDevice(SqliteDatabase &database);
    /// Whether the user of `device` was assigned to `candidate` as `role` at `moment`.
    Result<bool> wasAssigned(SqliteDatabase &database, const QByteArray &device,
                             const QString &candidate, Role role, const QDateTime &moment);
    /// Who is assigned to `candidate` now, in the order they were assigned.
    Result<QList<User>> assignedTo(SqliteDatabase &database, const QString &candidate);
    /// The candidates `user` follows now, by name: each candidate's id, name and
    /// certification, with `role` the role `user` follows them in (the first by name when
    /// the organisation gave several).
    Result<QList<User>> candidatesOf(SqliteDatabase &database, const QString &user);

} // namespace OrgProjection
} // namespace jalon
