// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "crypto/secretbytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace jalon {

class SqliteDatabase;

/// A prepared statement. Bind by 1-based index, step, read columns by 0-based index.
/// Statements are recycled: when one is destroyed it goes back, reset, to its database,
/// and the next prepare() of the same SQL takes it again without compiling it. A
/// statement must not outlive its database.
class SqliteStatement
{
public:
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, const QString &text);
    SqliteStatement &bind(int index, const QByteArray &blob);
    SqliteStatement &bindNull(int index);
    /// true while a row is available; errors end the loop and are kept in error().
    bool next();
    /// Runs a statement that returns no rows.
    Result<void> exec();
    /// Ready to run again with new bindings.
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    /// The error of the last step, if it failed.
    const std::optional<Error> &error() const { return m_error; }

private:
    friend class SqliteDatabase;
    SqliteStatement(SqliteDatabase *database, sqlite3_stmt *statement, QByteArray sql);
    SqliteDatabase *m_database = nullptr;
    QByteArray m_sql;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<Error> m_error;
};

/// One SQLCipher database file, opened with a raw 256-bit key. Not thread-safe: one
/// connection per thread.
class SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)

public:
    /// Opens (creating it if `create`) and keys the database, then proves the key by
    /// reading it. Refuses a library that is not SQLCipher, since plain SQLite would
    /// silently write the data in clear.
    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path, const SecretBytes &key,
                                                        bool create);
    ~SqliteDatabase();

    Result<void> exec(const char *sql);
    Result<SqliteStatement> prepare(const char *sql);
    /// Runs `work` in a transaction: committed when it succeeds, rolled back otherwise.
    template<typename Work> auto transaction(Work &&work) -> decltype(work())
    {
        if (auto begun = exec("BEGIN IMMEDIATE"); !begun)
            return std::unexpected(begun.error());
        auto result = work();
        if (!result) {
            (void)exec("ROLLBACK");
            return result;
        }
        if (auto committed = exec("COMMIT"); !committed) {
            (void)exec("ROLLBACK");
            return std::unexpected(committed.error());
        }
        return result;
    }

    int userVersion();
    QString path() const { return m_path; }
    /// An error naming this database and SQLite's own words.
    Error error(const QString &what) const;

    /// Fault injection for the tests: the `n`-th exec() or prepare() from now on fails as
    /// a broken disk would (0: none). Rollbacks are never failed.
    void failStatement(int n) { m_failAt = n; }
    bool faultArmed() const { return m_failAt > 0; }

private:
    friend class SqliteStatement;
    SqliteDatabase(sqlite3 *handle, const QString &path);
    void recycle(const QByteArray &sql, sqlite3_stmt *statement);
    bool faultNow(const char *sql);
    Error injectedFault() const;
    sqlite3 *m_handle = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_idle;
    QString m_path;
    int m_failAt = 0; ///< counts down to the injected failure
};

} // namespace jalon
