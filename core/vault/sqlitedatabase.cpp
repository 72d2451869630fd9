// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/sqlitedatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <sqlcipher/sqlite3.h>
#include <utility>

namespace jalon {

SqliteStatement::SqliteStatement(SqliteDatabase *database, sqlite3_stmt *statement, QByteArray sql)
    : m_database(database)
    , m_sql(std::move(sql))
    , m_statement(statement)
{
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_database(other.m_database)
    , m_sql(std::move(other.m_sql))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_error(std::move(other.m_error))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        if (m_statement)
            m_database->recycle(m_sql, m_statement);
        m_database = other.m_database;
        m_sql = std::move(other.m_sql);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        m_database->recycle(m_sql, m_statement);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &blob)
{
    // A null QByteArray would bind NULL; an empty blob is still a value.
    sqlite3_bind_blob(m_statement, index, blob.constData() ? blob.constData() : "",
                      int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = m_database->error(SqliteDatabase::tr("a query failed"));
    return false;
}

Result<void> SqliteStatement::exec()
{
    m_error.reset();
    while (next()) { }
    sqlite3_reset(m_statement);
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_error.reset();
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

SqliteDatabase::SqliteDatabase(sqlite3 *handle, const QString &path)
    : m_handle(handle)
    , m_path(path)
{
}

SqliteDatabase::~SqliteDatabase()
{
    for (sqlite3_stmt *statement : std::as_const(m_idle))
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_handle);
}

void SqliteDatabase::recycle(const QByteArray &sql, sqlite3_stmt *statement)
{
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_idle.contains(sql))
        sqlite3_finalize(statement); // a second copy in use at the same time: keep one
    else
        m_idle.insert(sql, statement);
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path,
                                                             const SecretBytes &key, bool create)
{
    sqlite3 *handle = nullptr;
    const int flags
        = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(handle, path));
    if (rc != SQLITE_OK)
        return std::unexpected(database->error(tr("the database cannot be opened")));

    // The key must be the first statement; raw key form, so SQLCipher's own KDF is skipped.
    QByteArray pragma = "PRAGMA key = \"x'" + key.toHex() + "'\";";
    const auto keyed = database->exec(pragma.constData());
    wipe(pragma);
    if (!keyed)
        return std::unexpected(keyed.error());

    auto version = database->prepare("PRAGMA cipher_version");
    if (!version || !version->next() || version->text(0).isEmpty()) {
        return std::unexpected(
            Error { path,
                    {},
                    tr("the encryption library is missing: this build would store data in clear"),
                    tr("SQLCipher") });
    }
    // Explicit settings, so SQLCipher 4 elsewhere (cipher_compatibility 3) opens the same file.
    if (auto set = database->exec("PRAGMA cipher_page_size = 4096"); !set)
        return std::unexpected(set.error());
    // A wrong key or a damaged file is only noticed on the first read.
    if (auto check = database->exec("SELECT count(*) FROM sqlite_master"); !check) {
        return std::unexpected(Error { path,
                                       {},
                                       tr("the database cannot be decrypted: it is damaged or does "
                                          "not belong to this key file"),
                                       {} });
    }
    // An existing database is never empty (a vault is created with its tables): an empty
    // file was truncated, and must not be quietly rebuilt.
    if (!create) {
        auto pages = database->prepare("PRAGMA page_count");
        if (!pages || !pages->next() || pages->int64(0) == 0)
            return std::unexpected(
                Error { path, {}, tr("the database is empty: it was truncated or damaged"), {} });
    }
    if (auto set = database->exec(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
            "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
        !set)
        return std::unexpected(set.error());
    return database;
}

bool SqliteDatabase::faultNow(const char *sql)
{
    if (m_failAt <= 0 || qstrcmp(sql, "ROLLBACK") == 0)
        return false;
    return --m_failAt == 0;
}

Error SqliteDatabase::injectedFault() const
{
    return Error {
        m_path, {}, tr("a query failed: the database did not answer (injected fault)"), {}
    };
}

Result<void> SqliteDatabase::exec(const char *sql)
{
    if (faultNow(sql))
        return std::unexpected(injectedFault());
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    Error failure {
        m_path,
        {},
        tr("a query failed: %1").arg(QString::fromUtf8(message ? message : sqlite3_errstr(rc))),
        {}
    };
    sqlite3_free(message);
    return std::unexpected(failure);
}

Result<SqliteStatement> SqliteDatabase::prepare(const char *sql)
{
    if (faultNow(sql))
        return std::unexpected(injectedFault());
    QByteArray key(sql);
    if (sqlite3_stmt *idle = m_idle.take(key))
        return SqliteStatement(this, idle, std::move(key));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return std::unexpected(error(tr("a query cannot be prepared")));
    return SqliteStatement(this, statement, std::move(key));
}

int SqliteDatabase::userVersion()
{
    auto statement = prepare("PRAGMA user_version");
    return statement && statement->next() ? int(statement->int64(0)) : -1;
}

Error SqliteDatabase::error(const QString &what) const
{
    return {
        m_path, {}, what + QLatin1String(": ") + QString::fromUtf8(sqlite3_errmsg(m_handle)), {}
    };
}

} // namespace jalon
