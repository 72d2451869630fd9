// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/orgprojection.h"

#include "crypto/base64url.h"
#include "journal/event.h"
#include "journal/eventkinds.h"
#include "vault/sqlitedatabase.h"

namespace jalon::OrgProjection {

namespace {

QString field(const Event &event, const char *name)
{
    return event.body.value(QLatin1String(name)).toString();
}

QByteArray deviceOf(const Event &event)
{
    return fromBase64Url(field(event, "device").toLatin1()).value_or(QByteArray());
}

} // namespace

Result<void> apply(SqliteDatabase &database, const Event &event, const QByteArray & /*id*/)
{
    const QString &kind = event.kind;
    const QString at = Event::formatTime(event.at);
    const char *sql = nullptr;
    if (kind == QLatin1String(EventKinds::OrgUser))
        sql = "INSERT OR REPLACE INTO org_users (user, name, role) VALUES (?1, ?2, ?3)";
    else if (kind == QLatin1String(EventKinds::OrgDevice))
        sql = "INSERT OR REPLACE INTO org_devices (device, user, revoked_at) VALUES (?4, ?1, NULL)";
    else if (kind == QLatin1String(EventKinds::OrgDeviceRevoke))
        sql = "UPDATE org_devices SET revoked_at = ?5 WHERE device = ?4 AND revoked_at IS NULL";
    else if (kind == QLatin1String(EventKinds::OrgAssign))
        sql = "INSERT INTO org_assignments (candidate, user, role, since, until) VALUES (?6, ?1, ?3, ?5, NULL)";
    else if (kind == QLatin1String(EventKinds::OrgUnassign))
        sql = "UPDATE org_assignments SET until = ?5 WHERE candidate = ?6 AND user = ?1 AND role = ?3 AND until IS NULL";
    if (!sql)
        return {};
    auto statement = database.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, field(event, "user")).bind(2, field(event, "name")).bind(3, field(event, "role"))
        .bind(4, deviceOf(event)).bind(5, at).bind(6, field(event, "candidate"));
    return statement->exec();
}

} // namespace jalon::OrgProjection
