// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/orgprojection.h"

#include "crypto/base64url.h"
#include "journal/event.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "vault/sqlitedatabase.h"

namespace jalon::OrgProjection {

Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray & /*id*/)
{
    const QString &kind = event.kind;
    const QString at = Event::formatTime(event.at);
    const char *sql = nullptr;
    if (kind == QLatin1String(EventKinds::OrgUser))
        sql = "INSERT OR REPLACE INTO org_users (user, name, role, referentiel) VALUES (?1, ?2, "
              "?3, ?7)";
    else if (kind == QLatin1String(EventKinds::OrgDevice))
        sql = "INSERT OR REPLACE INTO org_devices (device, user, revoked_at) VALUES (?4, ?1, NULL)";
    else if (kind == QLatin1String(EventKinds::OrgDeviceRevoke))
        sql = "UPDATE org_devices SET revoked_at = ?5 WHERE device = ?4 AND revoked_at IS NULL";
    else if (kind == QLatin1String(EventKinds::OrgAssign))
        sql = "INSERT INTO org_assignments (candidate, user, role, since, until) VALUES (?6, ?1, "
              "?3, ?5, NULL)";
    else if (kind == QLatin1String(EventKinds::OrgUnassign))
        sql = "UPDATE org_assignments SET until = ?5 WHERE candidate = ?6 AND user = ?1 AND role = "
              "?3 AND until IS NULL";
    if (!sql)
        return {};
    auto statement = database.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, event.bodyText(EventFields::User))
        .bind(2, event.bodyText(EventFields::Name))
        .bind(3, event.bodyText(EventFields::Role))
        .bind(4, event.bodyId(EventFields::Device))
        .bind(5, at)
        .bind(6, event.bodyText(EventFields::Candidate))
        .bind(7, event.bodyText(EventFields::Referentiel));
    return statement->exec();
}

Result<std::optional<User>> user(SqliteDatabase &database, const QString &userId)
{
    auto select = database.prepare("SELECT name, role, referentiel FROM org_users WHERE user = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, userId);
    if (!select->next()) {
        if (select->error())
            return std::unexpected(*select->error());
        return std::optional<User>();
    }
    return std::optional<User>(User { userId, select->text(0), select->text(1), select->text(2) });
}

Result<QString> referentielOf(SqliteDatabase &database, const QString &candidate)
{
    auto declared = user(database, candidate);
    if (!declared)
        return std::unexpected(declared.error());
    if (*declared && !(*declared)->referentiel.isEmpty())
        return (*declared)->referentiel;
    auto named = database.prepare(
        "SELECT referentiel FROM diagnostic_answers WHERE subject = ?1 UNION ALL "
        "SELECT referentiel FROM livret_edits WHERE subject = ?1 LIMIT 1");
    if (!named)
        return std::unexpected(named.error());
    if (named->bind(1, candidate).next())
        return named->text(0);
    if (named->error())
        return std::unexpected(*named->error());
    return QString();
}

Result<QHash<QByteArray, User>> usersByDevice(SqliteDatabase &database)
{
    auto select = database.prepare("SELECT d.device, u.user, u.name, u.role, u.referentiel FROM "
                                   "org_devices d JOIN org_users u ON u.user = d.user");
    if (!select)
        return std::unexpected(select.error());
    QHash<QByteArray, User> users;
    while (select->next())
        users.insert(select->blob(0),
                     User { select->text(1), select->text(2), select->text(3), select->text(4) });
    if (select->error())
        return std::unexpected(*select->error());
    return users;
}

Result<bool> wasAssigned(SqliteDatabase &database, const QByteArray &device,
                         const QString &candidate, Role role, const QDateTime &moment)
{
    // The times are all Event::formatTime's fixed-width UTC text: they compare as text.
    auto select = database.prepare(
        "SELECT 1 FROM org_devices d JOIN org_assignments a ON a.user = d.user "
        "WHERE d.device = ?1 AND a.candidate = ?2 AND a.role = ?3 AND a.since <= ?4 "
        "AND (a.until IS NULL OR ?4 < a.until) LIMIT 1");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, device)
        .bind(2, candidate)
        .bind(3, roleName(role))
        .bind(4, Event::formatTime(moment));
    const bool found = select->next();
    if (select->error())
        return std::unexpected(*select->error());
    return found;
}

Result<QList<User>> assignedTo(SqliteDatabase &database, const QString &candidate)
{
    auto select = database.prepare("SELECT a.user, coalesce(u.name, a.user), a.role FROM "
                                   "org_assignments a LEFT JOIN org_users u ON u.user = a.user "
                                   "WHERE a.candidate = ? AND a.until IS NULL ORDER BY a.since");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, candidate);
    QList<User> users;
    while (select->next())
        users << User { select->text(0), select->text(1), select->text(2), {} };
    if (select->error())
        return std::unexpected(*select->error());
    return users;
}

Result<QList<User>> candidatesOf(SqliteDatabase &database, const QString &user)
{
    auto select = database.prepare(
        "SELECT a.candidate, coalesce(u.name, a.candidate), min(a.role), coalesce(u.referentiel, "
        "'') "
        "FROM org_assignments a LEFT JOIN org_users u ON u.user = a.candidate "
        "WHERE a.user = ? AND a.until IS NULL GROUP BY a.candidate ORDER BY 2 COLLATE NOCASE, 1");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, user);
    QList<User> candidates;
    while (select->next())
        candidates << User { select->text(0), select->text(1), select->text(2), select->text(3) };
    if (select->error())
        return std::unexpected(*select->error());
    return candidates;
}

} // namespace jalon::OrgProjection
