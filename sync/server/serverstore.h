// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "journal/event.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

namespace jalon {

/// jalon-server's storage: the organisation (users, devices, assignments) and the log of
/// every accepted event in order. An embedded SQLite file in the data folder by default,
/// through QtSql. Writes go through write(), which serialises writers so that log
/// indexes stay gap-free and ordered.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerStore)

public:
    struct Device
    {
        QString user;
        QString role;
        bool revoked = false;
    };
    struct LogEntry
    {
        qint64 index = 0;
        QByteArray canonical;
        QString
            loggedAt; ///< when the centre logged it (empty for events logged before it kept that)
    };
    /// What the log says of one of its events.
    struct Logged
    {
        QByteArray author;
        QString kind;
        QString subject;
    };

    /// One place in a device's chain held by several events, and what an admin said of it.
    struct Fork
    {
        QByteArray author;
        qint64 seq = 0;
        QString user; ///< whose device it is
        QString seenAt; ///< when the second event arrived
        struct Held
        {
            QByteArray id;
            qint64 index = -1; ///< -1: refused, out of the log
            QString kind;
            QString subject;
            QString loggedAt;
            QString refusal; ///< why the centre refused it, when it did
        };
        QList<Held> events;
        bool resolved = false;
        QByteArray kept; ///< the one that counts once resolved (empty: none)
    };

    enum class Dialect { Sqlite, Postgres };

    /// The embedded SQLite file in `dataDir`, or the PostgreSQL database at
    /// `databaseUrl` (postgresql://USER:PASSWORD@HOST:PORT/DATABASE) when one is given;
    /// several server processes may share the latter.
    static Result<std::unique_ptr<ServerStore>> open(const QString &dataDir,
                                                     const QString &databaseUrl);
    static Result<std::unique_ptr<ServerStore>> openSqlite(const QString &dataDir);
    static Result<std::unique_ptr<ServerStore>> openPostgres(const QUrl &url);
    ~ServerStore();

    /// Runs `work` in a write transaction: committed when it succeeds, rolled back otherwise.
    template<typename Work> auto write(Work &&work) -> decltype(work())
    {
        if (auto begun = begin(); !begun)
            return std::unexpected(begun.error());
        auto result = work();
        if (!result) {
            rollback();
            return result;
        }
        if (auto committed = commit(); !committed)
            return std::unexpected(committed.error());
        return result;
    }

    // The organisation.
    // Every read answers the database's error when it fails: "none" is only ever a real
    // answer, so a failed query never moves a device's cursor or refuses an event.
    Result<std::optional<QString>> roleOf(const QString &user) const;
    Result<std::optional<Device>> device(const QByteArray &publicKey) const;
    Result<bool> isAssigned(const QString &candidate, const QString &user,
                            const QString &role) const;
    /// The user an unused enrollment code belongs to (SHA-256 of its normalised bytes).
    Result<std::optional<QString>> userOfCode(const QByteArray &codeHash) const;
    Result<void> setCode(const QString &user, const QByteArray &codeHash);
    Result<void> useCode(const QByteArray &codeHash);
    /// Whose events a user may read: their own, the candidates they follow and everyone
    /// assigned with them (for their names and devices) in full; a candidate they no
    /// longer follow, up to the log index where the last assignment ended.
    struct Visible
    {
        QStringList always;
        QHash<QString, qint64> until;
        bool covers(const QString &subject, qint64 index) const;
    };
    Result<Visible> visibleSubjects(const QString &user) const;

    // The log.
    /// The author's last seq and event id (0 and empty before its first).
    Result<std::pair<qint64, QByteArray>> lastOf(const QByteArray &author) const;
    Result<std::optional<qint64>> indexOf(const QByteArray &id) const;
    Result<std::optional<Logged>> logged(const QByteArray &id) const;
    /// The ids of the author's events at `seq`, logged or refused (two or more: a fork).
    Result<QList<QByteArray>> heldAt(const QByteArray &author, qint64 seq) const;
    /// Records that the author's place `seq` is held twice (inside write()); a fork resolved
    /// before and held once more is open again.
    Result<void> flagFork(const QByteArray &author, qint64 seq);
    /// The forks, open ones only unless `all`, in the order they were seen.
    Result<QList<Fork>> forks(bool all) const;
    /// Why an event was refused, if it was.
    Result<std::optional<QString>> refusal(const QByteArray &id) const;
    /// Records a refused event: out of the log, but holding its place in its device's chain.
    Result<void> refuse(const Event &event, const QByteArray &canonical, const QByteArray &id,
                        const QString &reason);
    /// Appends an accepted event (inside write()); applies org.* events to the
    /// organisation. Returns its log index.
    Result<qint64> append(const Event &event, const QByteArray &canonical, const QByteArray &id);
    Result<qint64> size() const;
    /// Merkle leaf hashes of the entries from `from` on, in log order.
    Result<QList<QByteArray>> leafHashes(qint64 from) const;
    /// Entries after `after` and below `below`, at most `limit`; only what `visible` covers
    /// given unless `everything`; never those written by the device `except` (it has them).
    Result<QList<LogEntry>> entries(qint64 after, int limit, const Visible &visible,
                                    bool everything, const QByteArray &except, qint64 below) const;
    Dialect dialect() const { return m_dialect; }
    /// Records a request's nonce for the replay window; false when it is already there.
    Result<bool> rememberNonce(const QByteArray &nonce, qint64 timestamp);

    /// The referentiel.publish events, in log order.
    Result<QList<QByteArray>> published() const;
    /// Users, devices, events: for `jalon-server info`.
    Result<QList<std::pair<QString, qint64>>> counts() const;

    /// Fault injection for the tests: the `n`-th statement run from now on fails as a lost
    /// connection would (0: none). Rollbacks are never failed.
    void failStatement(int n) { m_failAt = n; }
    /// Whether the failure asked for is still to come (the work ran fewer statements).
    bool faultArmed() const { return m_failAt > 0; }

private:
    ServerStore(const QString &connection, Dialect dialect);
    Result<void> begin();
    Result<void> commit();
    void rollback();
    Result<void> migrate();
    Result<void> keepForks();
    Result<void> applyOrg(const Event &event, qint64 index);
    Error failure(const QString &what, const class QSqlQuery &query) const;
    /// Runs a statement (prepared, or `sql`): every statement goes through here.
    bool run(QSqlQuery &query, const QString &sql = {}) const;
    QSqlDatabase database() const;
    /// A prepared statement kept for reuse, finished when the guard goes: an unfinished
    /// statement would hold its read snapshot, hiding what other processes write.
    class Statement
    {
    public:
        explicit Statement(QSqlQuery &query)
            : m_query(query)
        {
        }
        ~Statement() { m_query.finish(); }
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        operator QSqlQuery &() { return m_query; }

    private:
        QSqlQuery &m_query;
    };
    Statement statement(const QString &sql) const;

    QString m_connection;
    Dialect m_dialect;
    qint64 m_nextIndex = -1; ///< inside a write transaction, once known
    mutable QHash<QString, QSqlQuery> m_statements;
    mutable int m_failAt = 0; ///< counts down to the injected failure
    mutable bool m_failed = false; ///< the last statement run was failed on purpose
};

} // namespace jalon
