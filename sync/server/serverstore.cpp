// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverstore.h"

#include "crypto/base64url.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "sync/merkletree.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace jalon {

namespace {

    const char *const Schema[] = {
        "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT "
        "NULL, "
        "code_hash BLOB UNIQUE, code_used INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE IF NOT EXISTS devices (device BLOB PRIMARY KEY, user_id TEXT NOT NULL, "
        "revoked_at TEXT)",
        "CREATE TABLE IF NOT EXISTS assignments (candidate TEXT NOT NULL, user_id TEXT NOT NULL, "
        "role TEXT NOT NULL, "
        "since TEXT NOT NULL, until TEXT)",
        "CREATE INDEX IF NOT EXISTS assignments_by_candidate ON assignments (candidate)",
        "CREATE INDEX IF NOT EXISTS assignments_by_user ON assignments (user_id)",
        // One row per accepted event; idx is its place in the Merkle log, 0, 1, 2… without gaps.
        // Two rows may share an author and seq: a fork, kept as evidence and listed in forks.
        "CREATE TABLE IF NOT EXISTS log (idx INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, author "
        "BLOB NOT NULL, "
        "seq INTEGER NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, leaf BLOB NOT NULL, "
        "canonical BLOB NOT NULL, logged_at TEXT)",
        "CREATE INDEX IF NOT EXISTS log_by_subject ON log (subject, idx)",
        "CREATE INDEX IF NOT EXISTS log_by_author ON log (author, seq)",
        // Well-formed, signed, in order, but not allowed (role, assignment, référentiel): kept
        // out of the log, yet they hold their place in the device's chain so that its later
        // events can still be accepted.
        // Nonces of the signed requests seen in the last minutes, shared by every process.
        "CREATE TABLE IF NOT EXISTS request_nonces (nonce BLOB PRIMARY KEY, ts INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS refused (author BLOB NOT NULL, seq INTEGER NOT NULL, id BLOB "
        "PRIMARY KEY, reason TEXT NOT NULL, canonical BLOB NOT NULL)",
        "CREATE INDEX IF NOT EXISTS refused_by_author ON refused (author, seq)",
        // Places in a device's chain held by two events or more. Open until an admin's
        // org.fork.resolve says which one counts (kept; empty: none), at log index resolved_idx.
        "CREATE TABLE IF NOT EXISTS forks (author BLOB NOT NULL, seq INTEGER NOT NULL, "
        "seen_at TEXT NOT NULL, kept BLOB, resolved_idx INTEGER, PRIMARY KEY (author, seq))",
    };

    // Stores made before forks were kept allowed one event per device and seq: the tables
    // are made again without that constraint (SQLite cannot drop one in place).
    const char *const ForkMigrationSqlite[] = {
        "CREATE TABLE log_forks (idx INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, author BLOB NOT "
        "NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, leaf BLOB NOT "
        "NULL, "
        "canonical BLOB NOT NULL, logged_at TEXT)",
        "INSERT INTO log_forks SELECT idx, id, author, seq, kind, subject, leaf, canonical, "
        "logged_at FROM log",
        "DROP TABLE log",
        "ALTER TABLE log_forks RENAME TO log",
        "CREATE TABLE refused_forks (author BLOB NOT NULL, seq INTEGER NOT NULL, id BLOB PRIMARY "
        "KEY, reason TEXT NOT NULL, canonical BLOB NOT NULL)",
        "INSERT INTO refused_forks SELECT author, seq, id, reason, canonical FROM refused",
        "DROP TABLE refused",
        "ALTER TABLE refused_forks RENAME TO refused",
    };
    const char *const ForkMigrationPostgres[] = {
        "ALTER TABLE log DROP CONSTRAINT IF EXISTS log_author_seq_key",
        "ALTER TABLE refused DROP CONSTRAINT IF EXISTS refused_pkey",
    };

    // The schema is written for SQLite; PostgreSQL names two types differently.
    QString schemaStatement(const char *sql, ServerStore::Dialect dialect)
    {
        QString statement = QLatin1String(sql);
        if (dialect == ServerStore::Dialect::Postgres)
            statement.replace(QLatin1String("BLOB"), QLatin1String("BYTEA"))
                .replace(QLatin1String("INTEGER"), QLatin1String("BIGINT"));
        return statement;
    }

    // Serialises writers across every server process sharing a PostgreSQL database.
    constexpr auto WriterLock = "SELECT pg_advisory_xact_lock(7283561)";

} // namespace

ServerStore::ServerStore(const QString &connection, Dialect dialect)
    : m_connection(connection)
    , m_dialect(dialect)
{
}

ServerStore::~ServerStore()
{
    m_statements.clear();
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

ServerStore::Statement ServerStore::statement(const QString &sql) const
{
    // Prepared once, reused: a push runs the same few queries for every event.
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        found = m_statements.insert(sql, QSqlQuery(database()));
        found->setForwardOnly(true);
        found->prepare(sql);
    }
    return Statement(*found);
}

QSqlDatabase ServerStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Error ServerStore::failure(const QString &what, const QSqlQuery &query) const
{
    const QString why
        = m_failed ? tr("the database did not answer (injected fault)") : query.lastError().text();
    return Error { database().databaseName(), {}, tr("%1: %2").arg(what, why), {} };
}

bool ServerStore::run(QSqlQuery &query, const QString &sql) const
{
    m_failed = false;
    if (m_failAt > 0) {
        --m_failAt;
        m_failed = m_failAt == 0;
    }
    if (m_failed) {
        // As a failed exec() would, forget the values bound: the statement is reused.
        if (sql.isEmpty())
            query.prepare(query.lastQuery());
        return false;
    }
    return sql.isEmpty() ? query.exec() : query.exec(sql);
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &dataDir,
                                                       const QString &databaseUrl)
{
    return databaseUrl.isEmpty() ? openSqlite(dataDir) : openPostgres(QUrl(databaseUrl));
}

Result<std::unique_ptr<ServerStore>> ServerStore::openSqlite(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return std::unexpected(Error { dataDir, {}, tr("cannot create the data folder"), {} });
    const QString connection
        = QStringLiteral("jalon-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("server.db")));
    // Several admin commands may run beside the server: wait for the lock, do not fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    std::unique_ptr<ServerStore> store(new ServerStore(connection, Dialect::Sqlite));
    if (!db.open())
        return std::unexpected(
            Error { db.databaseName(),
                    {},
                    tr("cannot open the server database: %1").arg(db.lastError().text()),
                    {} });
    QSqlQuery pragma(db);
    for (const char *sql : { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL" }) {
        if (!pragma.exec(QLatin1String(sql)))
            return std::unexpected(store->failure(tr("cannot set up the database"), pragma));
    }
    if (auto migrated = store->migrate(); !migrated)
        return std::unexpected(migrated.error());
    return store;
}

Result<std::unique_ptr<ServerStore>> ServerStore::openPostgres(const QUrl &url)
{
    const QString shown = url.toString(QUrl::RemovePassword);
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return std::unexpected(Error { shown,
                                       {},
                                       tr("not a PostgreSQL address"),
                                       QStringLiteral("postgresql://USER@HOST:PORT/DATABASE") });
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return std::unexpected(
            Error { shown,
                    {},
                    tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"),
                    {} });
    const QString connection
        = QStringLiteral("jalon-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    // What the address leaves out, libpq finds itself: PGHOST, PGUSER…, the password in
    // ~/.pgpass, PGPASSFILE or PGPASSWORD, all of it in a service (?service=NAME).
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    if (const QString service = QUrlQuery(url).queryItemValue(QStringLiteral("service"));
        !service.isEmpty())
        db.setConnectOptions(QStringLiteral("service=") + service);
    std::unique_ptr<ServerStore> store(new ServerStore(connection, Dialect::Postgres));
    if (!db.open())
        return std::unexpected(Error {
            shown, {}, tr("cannot open the server database: %1").arg(db.lastError().text()), {} });
    if (auto migrated = store->migrate(); !migrated)
        return std::unexpected(migrated.error());
    return store;
}

Result<void> ServerStore::migrate()
{
    return write([&]() -> Result<void> {
        QSqlQuery query(database());
        for (const char *sql : Schema) {
            if (!run(query, schemaStatement(sql, m_dialect)))
                return std::unexpected(failure(tr("cannot create the tables"), query));
        }
        // Stores made before these were kept gain the columns: when each event was logged,
        // and the log index at which an assignment ended.
        for (const auto &[table, column] : { std::pair { "log", "logged_at TEXT" },
                                             std::pair { "assignments", "until_idx BIGINT" } }) {
            const QString name = QString::fromLatin1(column).section(QLatin1Char(' '), 0, 0);
            if (!database().record(QLatin1String(table)).contains(name)
                && !run(query,
                        QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                            .arg(QLatin1String(table), QLatin1String(column))))
                return std::unexpected(failure(tr("cannot create the tables"), query));
        }
        return keepForks();
    });
}

Result<void> ServerStore::keepForks()
{
    QSqlQuery query(database());
    QList<const char *> steps;
    if (m_dialect == Dialect::Postgres) {
        steps = { std::begin(ForkMigrationPostgres), std::end(ForkMigrationPostgres) };
    } else {
        if (!run(query, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'log'"))
            || !query.next())
            return std::unexpected(failure(tr("cannot create the tables"), query));
        if (!query.value(0).toString().contains(QLatin1String("UNIQUE (author, seq)")))
            return {};
        query.finish();
        steps = { std::begin(ForkMigrationSqlite), std::end(ForkMigrationSqlite) };
    }
    for (const char *sql : std::as_const(steps)) {
        if (!run(query, QLatin1String(sql)))
            return std::unexpected(failure(tr("cannot create the tables"), query));
    }
    // The indexes went with the old tables.
    for (const char *sql : Schema) {
        if (!run(query, schemaStatement(sql, m_dialect)))
            return std::unexpected(failure(tr("cannot create the tables"), query));
    }
    return {};
}

Result<void> ServerStore::begin()
{
    m_nextIndex = -1;
    // SQLite: IMMEDIATE takes the write lock now. PostgreSQL: a transaction-wide advisory
    // lock does the same for every process. Two writers never read the same last index.
    QSqlQuery query(database());
    const bool begun = m_dialect == Dialect::Sqlite
        ? run(query, QStringLiteral("BEGIN IMMEDIATE"))
        : run(query, QStringLiteral("BEGIN")) && run(query, QLatin1String(WriterLock));
    if (!begun) {
        Error error = failure(tr("cannot start a transaction"), query);
        rollback();
        return std::unexpected(error);
    }
    return {};
}

Result<void> ServerStore::commit()
{
    QSqlQuery query(database());
    if (!run(query, QStringLiteral("COMMIT"))) {
        Error error = failure(tr("cannot commit"), query);
        rollback();
        return std::unexpected(error);
    }
    return {};
}

void ServerStore::rollback()
{
    m_nextIndex = -1;
    QSqlQuery query(database());
    query.exec(QStringLiteral("ROLLBACK"));
}

Result<std::optional<QString>> ServerStore::roleOf(const QString &user) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT role FROM users WHERE id = ?"));
    query.addBindValue(user);
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the users"), query));
    if (query.next())
        return query.value(0).toString();
    return std::nullopt;
}

Result<std::optional<ServerStore::Device>> ServerStore::device(const QByteArray &publicKey) const
{
    Statement reusedQuery = statement(QStringLiteral(
        "SELECT d.user_id, u.role, d.revoked_at FROM devices d JOIN users u ON u.id = d.user_id "
        "WHERE d.device = ?"));
    QSqlQuery &query = reusedQuery;
    query.addBindValue(publicKey);
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the devices"), query));
    if (query.next())
        return Device { query.value(0).toString(), query.value(1).toString(),
                        !query.value(2).isNull() };
    return std::nullopt;
}

Result<bool> ServerStore::isAssigned(const QString &candidate, const QString &user,
                                     const QString &role) const
{
    Statement reusedQuery
        = statement(QStringLiteral("SELECT 1 FROM assignments WHERE candidate = ? AND user_id = ? "
                                   "AND role = ? AND until IS NULL"));
    QSqlQuery &query = reusedQuery;
    query.addBindValue(candidate);
    query.addBindValue(user);
    query.addBindValue(role);
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the assignments"), query));
    return query.next();
}

Result<std::optional<QString>> ServerStore::userOfCode(const QByteArray &codeHash) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id FROM users WHERE code_hash = ? AND code_used = 0"));
    query.addBindValue(codeHash);
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the enrollment codes"), query));
    if (query.next())
        return query.value(0).toString();
    return std::nullopt;
}

Result<void> ServerStore::setCode(const QString &user, const QByteArray &codeHash)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE users SET code_hash = ?, code_used = 0 WHERE id = ?"));
    query.addBindValue(codeHash);
    query.addBindValue(user);
    if (!run(query))
        return std::unexpected(failure(tr("cannot record the enrollment code"), query));
    return {};
}

Result<void> ServerStore::useCode(const QByteArray &codeHash)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("UPDATE users SET code_used = 1 WHERE code_hash = ? AND code_used = 0"));
    query.addBindValue(codeHash);
    if (!run(query))
        return std::unexpected(failure(tr("cannot record the enrollment code's use"), query));
    if (query.numRowsAffected() != 1)
        return std::unexpected(failure(tr("the enrollment code was already used"), query));
    return {};
}

Result<ServerStore::Visible> ServerStore::visibleSubjects(const QString &user) const
{
    Visible visible;
    visible.always << user;
    QSqlQuery query(database());
    // Candidates this user follows, or this user as a candidate: everything. Candidates
    // they followed once: what was logged until the last of their assignments ended.
    query.prepare(QStringLiteral(
        "SELECT candidate, MAX(CASE WHEN until IS NULL THEN 1 ELSE 0 END), MAX(until_idx), "
        "MAX(CASE WHEN until IS NOT NULL AND until_idx IS NULL THEN 1 ELSE 0 END) "
        "FROM assignments WHERE user_id = ? OR candidate = ? GROUP BY candidate"));
    query.addBindValue(user);
    query.addBindValue(user);
    QStringList candidates;
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the assignments"), query));
    while (query.next()) {
        const QString candidate = query.value(0).toString();
        candidates << candidate;
        // An assignment that ended before stores kept where (until_idx) stays readable.
        if (candidate == user || query.value(1).toInt() == 1 || query.value(3).toInt() == 1)
            visible.always << candidate;
        else
            visible.until.insert(candidate, query.value(2).toLongLong());
    }
    // Everyone assigned to those candidates: their names and devices make the events readable.
    for (const QString &candidate : std::as_const(candidates)) {
        QSqlQuery others(database());
        others.prepare(
            QStringLiteral("SELECT DISTINCT user_id FROM assignments WHERE candidate = ?"));
        others.addBindValue(candidate);
        if (!run(others))
            return std::unexpected(failure(tr("cannot read the assignments"), others));
        while (others.next()) {
            if (!visible.until.contains(others.value(0).toString()))
                visible.always << others.value(0).toString();
        }
    }
    visible.always.removeDuplicates();
    return visible;
}

bool ServerStore::Visible::covers(const QString &subject, qint64 index) const
{
    return always.contains(subject) || (until.contains(subject) && index <= until.value(subject));
}

Result<std::pair<qint64, QByteArray>> ServerStore::lastOf(const QByteArray &author) const
{
    Statement reusedQuery = statement(
        QStringLiteral("SELECT seq, id FROM log WHERE author = ? UNION ALL "
                       "SELECT seq, id FROM refused WHERE author = ? ORDER BY 1 DESC LIMIT 1"));
    QSqlQuery &query = reusedQuery;
    query.addBindValue(author);
    query.addBindValue(author);
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the device's chain"), query));
    if (query.next())
        return std::pair { query.value(0).toLongLong(), query.value(1).toByteArray() };
    return std::pair { qint64(0), QByteArray() };
}

Result<QList<QByteArray>> ServerStore::heldAt(const QByteArray &author, qint64 seq) const
{
    Statement reusedQuery
        = statement(QStringLiteral("SELECT id FROM log WHERE author = ? AND seq = ? UNION ALL "
                                   "SELECT id FROM refused WHERE author = ? AND seq = ?"));
    QSqlQuery &query = reusedQuery;
    for (const QVariant &value :
         { QVariant(author), QVariant(seq), QVariant(author), QVariant(seq) })
        query.addBindValue(value);
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the device's chain"), query));
    QList<QByteArray> ids;
    while (query.next())
        ids << query.value(0).toByteArray();
    return ids;
}

Result<void> ServerStore::flagFork(const QByteArray &author, qint64 seq)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM forks WHERE author = ? AND seq = ?"));
    query.addBindValue(author);
    query.addBindValue(seq);
    if (!run(query))
        return std::unexpected(failure(tr("cannot record the fork"), query));
    query.prepare(QStringLiteral("INSERT INTO forks (author, seq, seen_at) VALUES (?, ?, ?)"));
    query.addBindValue(author);
    query.addBindValue(seq);
    query.addBindValue(Event::formatTime(QDateTime::currentDateTimeUtc()));
    if (!run(query))
        return std::unexpected(failure(tr("cannot record the fork"), query));
    return {};
}

Result<QList<ServerStore::Fork>> ServerStore::forks(bool all) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral(
                 "SELECT f.author, f.seq, d.user_id, f.seen_at, f.resolved_idx IS NOT NULL, f.kept "
                 "FROM forks f LEFT JOIN devices d ON d.device = f.author %1 ORDER BY f.seen_at, "
                 "f.seq")
                 .arg(all ? QString() : QStringLiteral("WHERE f.resolved_idx IS NULL"))))
        return std::unexpected(failure(tr("cannot read the forks"), query));
    QList<Fork> result;
    while (query.next())
        result << Fork { query.value(0).toByteArray(),
                         query.value(1).toLongLong(),
                         query.value(2).toString(),
                         query.value(3).toString(),
                         {},
                         query.value(4).toBool(),
                         query.value(5).toByteArray() };
    QSqlQuery held(database());
    held.setForwardOnly(true);
    held.prepare(QStringLiteral(
        "SELECT id, idx, kind, subject, logged_at, '' FROM log WHERE author = ? AND seq = ? "
        "UNION ALL SELECT id, -1, '', '', '', reason FROM refused WHERE author = ? AND seq = ? "
        "ORDER BY 2"));
    for (Fork &fork : result) {
        for (const QVariant &value : { QVariant(fork.author), QVariant(fork.seq),
                                       QVariant(fork.author), QVariant(fork.seq) })
            held.addBindValue(value);
        if (!run(held))
            return std::unexpected(failure(tr("cannot read the forks"), held));
        while (held.next())
            fork.events << Fork::Held { held.value(0).toByteArray(), held.value(1).toLongLong(),
                                        held.value(2).toString(),    held.value(3).toString(),
                                        held.value(4).toString(),    held.value(5).toString() };
    }
    return result;
}

Result<std::optional<QString>> ServerStore::refusal(const QByteArray &id) const
{
    Statement reusedQuery = statement(QStringLiteral("SELECT reason FROM refused WHERE id = ?"));
    QSqlQuery &query = reusedQuery;
    query.addBindValue(id);
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the refused events"), query));
    if (query.next())
        return query.value(0).toString();
    return std::nullopt;
}

Result<void> ServerStore::refuse(const Event &event, const QByteArray &canonical,
                                 const QByteArray &id, const QString &reason)
{
    QSqlQuery insert(database());
    insert.prepare(QStringLiteral(
        "INSERT INTO refused (author, seq, id, reason, canonical) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &value : { QVariant(event.author), QVariant(event.seq), QVariant(id),
                                   QVariant(reason), QVariant(canonical) })
        insert.addBindValue(value);
    if (!run(insert))
        return std::unexpected(failure(tr("cannot record the refusal"), insert));
    return {};
}

Result<std::optional<ServerStore::Logged>> ServerStore::logged(const QByteArray &id) const
{
    Statement reusedQuery
        = statement(QStringLiteral("SELECT author, kind, subject FROM log WHERE id = ?"));
    QSqlQuery &query = reusedQuery;
    query.addBindValue(id);
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the log"), query));
    if (query.next())
        return Logged { query.value(0).toByteArray(), query.value(1).toString(),
                        query.value(2).toString() };
    return std::nullopt;
}

Result<std::optional<qint64>> ServerStore::indexOf(const QByteArray &id) const
{
    Statement reusedQuery = statement(QStringLiteral("SELECT idx FROM log WHERE id = ?"));
    QSqlQuery &query = reusedQuery;
    query.addBindValue(id);
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the log"), query));
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

Result<qint64> ServerStore::size() const
{
    // Indexes have no gaps, so the size is the last index + 1, read from the key alone.
    Statement reusedQuery = statement(QStringLiteral("SELECT COALESCE(MAX(idx), -1) + 1 FROM log"));
    QSqlQuery &query = reusedQuery;
    if (!run(query) || !query.next())
        return std::unexpected(failure(tr("cannot read the log's size"), query));
    return query.value(0).toLongLong();
}

Result<qint64> ServerStore::append(const Event &event, const QByteArray &canonical,
                                   const QByteArray &id)
{
    // Within one write transaction the log is this writer's alone: count on from its size.
    if (m_nextIndex < 0) {
        auto logSize = size();
        if (!logSize)
            return std::unexpected(logSize.error());
        m_nextIndex = *logSize;
    }
    const qint64 index = m_nextIndex;
    Statement reusedInsert = statement(QStringLiteral(
        "INSERT INTO log (idx, id, author, seq, kind, subject, leaf, canonical, logged_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &insert = reusedInsert;
    for (const QVariant &value :
         { QVariant(index), QVariant(id), QVariant(event.author), QVariant(event.seq),
           QVariant(event.kind), QVariant(event.subject), QVariant(MerkleTree::leafHash(id)),
           QVariant(canonical), QVariant(Event::formatTime(QDateTime::currentDateTimeUtc())) })
        insert.addBindValue(value);
    if (!run(insert))
        return std::unexpected(failure(tr("cannot store the event"), insert));
    ++m_nextIndex;
    if (auto applied = applyOrg(event, index); !applied)
        return std::unexpected(applied.error());
    return index;
}

Result<void> ServerStore::applyOrg(const Event &event, qint64 index)
{
    const QString &kind = event.kind;
    const QString at = Event::formatTime(event.at);
    QSqlQuery query(database());
    if (kind == QLatin1String(EventKinds::OrgUser)) {
        query.prepare(QStringLiteral("INSERT INTO users (id, name, role) VALUES (?, ?, ?)"));
        query.addBindValue(event.bodyText(EventFields::User));
        query.addBindValue(event.bodyText(EventFields::Name));
        query.addBindValue(event.bodyText(EventFields::Role));
    } else if (kind == QLatin1String(EventKinds::OrgDevice)) {
        query.prepare(QStringLiteral("INSERT INTO devices (device, user_id) VALUES (?, ?)"));
        query.addBindValue(event.bodyId(EventFields::Device));
        query.addBindValue(event.bodyText(EventFields::User));
    } else if (kind == QLatin1String(EventKinds::OrgDeviceRevoke)) {
        query.prepare(QStringLiteral(
            "UPDATE devices SET revoked_at = ? WHERE device = ? AND revoked_at IS NULL"));
        query.addBindValue(at);
        query.addBindValue(event.bodyId(EventFields::Device));
    } else if (kind == QLatin1String(EventKinds::OrgForkResolve)) {
        query.prepare(QStringLiteral(
            "UPDATE forks SET kept = ?, resolved_idx = ? WHERE author = ? AND seq = ?"));
        query.addBindValue(fromBase64Url(event.body.value(EventFields::Keep).toString().toLatin1())
                               .value_or(QByteArray()));
        query.addBindValue(index);
        query.addBindValue(event.bodyId(EventFields::Device));
        query.addBindValue(event.body.value(EventFields::Seq).toInteger());
    } else if (kind == QLatin1String(EventKinds::OrgAssign)) {
        query.prepare(QStringLiteral(
            "INSERT INTO assignments (candidate, user_id, role, since) VALUES (?, ?, ?, ?)"));
        query.addBindValue(event.bodyText(EventFields::Candidate));
        query.addBindValue(event.bodyText(EventFields::User));
        query.addBindValue(event.bodyText(EventFields::Role));
        query.addBindValue(at);
    } else if (kind == QLatin1String(EventKinds::OrgUnassign)) {
        query.prepare(QStringLiteral(
            "UPDATE assignments SET until = ?, until_idx = ? WHERE candidate = ? AND user_id = ? "
            "AND role = ? AND until IS NULL"));
        query.addBindValue(at);
        query.addBindValue(index);
        query.addBindValue(event.bodyText(EventFields::Candidate));
        query.addBindValue(event.bodyText(EventFields::User));
        query.addBindValue(event.bodyText(EventFields::Role));
    } else {
        return {};
    }
    if (!run(query))
        return std::unexpected(failure(tr("cannot apply %1").arg(kind), query));
    return {};
}

Result<QList<QByteArray>> ServerStore::leafHashes(qint64 from) const
{
    QList<QByteArray> leaves;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT leaf FROM log WHERE idx >= ? ORDER BY idx"));
    query.addBindValue(from);
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the log"), query));
    while (query.next())
        leaves << query.value(0).toByteArray();
    return leaves;
}

Result<QList<ServerStore::LogEntry>> ServerStore::entries(qint64 after, int limit,
                                                          const Visible &visible, bool everything,
                                                          const QByteArray &except,
                                                          qint64 below) const
{
    QString sql = QStringLiteral(
        "SELECT idx, canonical, logged_at FROM log WHERE idx > ? AND idx < ? AND author <> ?");
    if (!everything) {
        QStringList marks(visible.always.size(), QStringLiteral("?"));
        QString until;
        for (qsizetype i = 0; i < visible.until.size(); ++i)
            until += QStringLiteral(" OR (subject = ? AND idx <= ?)");
        sql += QStringLiteral(" AND (kind IN ('referentiel.publish', 'org.fork.resolve') OR "
                              "subject IN (%1)%2)")
                   .arg(marks.join(QLatin1Char(',')), until);
    }
    sql += QStringLiteral(" ORDER BY idx LIMIT ?");
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(after);
    query.addBindValue(below);
    query.addBindValue(except);
    if (!everything) {
        for (const QString &subject : visible.always)
            query.addBindValue(subject);
        for (auto it = visible.until.cbegin(); it != visible.until.cend(); ++it) {
            query.addBindValue(it.key());
            query.addBindValue(it.value());
        }
    }
    query.addBindValue(limit);
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the log"), query));
    QList<LogEntry> result;
    while (query.next())
        result << LogEntry { query.value(0).toLongLong(), query.value(1).toByteArray(),
                             query.value(2).toString() };
    return result;
}

Result<bool> ServerStore::rememberNonce(const QByteArray &nonce, qint64 timestamp)
{
    // Now and then, forget what is out of the window anyway.
    if (QRandomGenerator::global()->bounded(256) == 0) {
        Statement reusedPurge
            = statement(QStringLiteral("DELETE FROM request_nonces WHERE ts < ?"));
        QSqlQuery &purge = reusedPurge;
        purge.addBindValue(timestamp - 3600);
        if (!run(purge))
            return std::unexpected(failure(tr("cannot forget old request nonces"), purge));
    }
    Statement reusedInsert = statement(
        m_dialect == Dialect::Postgres
            ? QStringLiteral(
                "INSERT INTO request_nonces (nonce, ts) VALUES (?, ?) ON CONFLICT DO NOTHING")
            : QStringLiteral("INSERT OR IGNORE INTO request_nonces (nonce, ts) VALUES (?, ?)"));
    QSqlQuery &insert = reusedInsert;
    insert.addBindValue(nonce);
    insert.addBindValue(timestamp);
    if (!run(insert))
        return std::unexpected(failure(tr("cannot record the request's nonce"), insert));
    return insert.numRowsAffected() == 1;
}

Result<QList<QByteArray>> ServerStore::published() const
{
    QList<QByteArray> result;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT canonical FROM log WHERE kind = ? ORDER BY idx"));
    query.addBindValue(QLatin1String(EventKinds::ReferentielPublish));
    if (!run(query))
        return std::unexpected(failure(tr("cannot read the published référentiels"), query));
    while (query.next())
        result << query.value(0).toByteArray();
    return result;
}

Result<QList<std::pair<QString, qint64>>> ServerStore::counts() const
{
    QList<std::pair<QString, qint64>> result;
    for (const auto &[name, sql] :
         { std::pair { "users", "SELECT COUNT(*) FROM users" },
           std::pair { "devices", "SELECT COUNT(*) FROM devices WHERE revoked_at IS NULL" },
           std::pair { "assignments", "SELECT COUNT(*) FROM assignments WHERE until IS NULL" },
           std::pair { "events", "SELECT COUNT(*) FROM log" } }) {
        QSqlQuery query(database());
        if (!run(query, QLatin1String(sql)) || !query.next())
            return std::unexpected(
                failure(tr("cannot count the %1").arg(QLatin1String(name)), query));
        result.append({ QLatin1String(name), query.value(0).toLongLong() });
    }
    return result;
}

} // namespace jalon
