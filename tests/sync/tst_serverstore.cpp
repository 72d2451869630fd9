// SPDX-License-Identifier: GPL-3.0-or-later
// The server's store opening a database made by an earlier release: nothing lost, and
// the tables reshaped for what this release keeps (two events at one place of a chain).
#include "serverstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jalon;

namespace {

// The log and the refusals as the releases before forks were kept made them: one event
// per (author, seq), and logged_at not yet there.
const char *const OldSchema[] = {
    "CREATE TABLE log (idx INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, author BLOB NOT NULL, "
    "seq INTEGER NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, leaf BLOB NOT NULL, "
    "canonical BLOB NOT NULL, UNIQUE (author, seq))",
    "CREATE INDEX log_by_subject ON log (subject, idx)",
    "CREATE TABLE refused (author BLOB NOT NULL, seq INTEGER NOT NULL, id BLOB NOT NULL UNIQUE, "
    "reason TEXT NOT NULL, canonical BLOB NOT NULL, PRIMARY KEY (author, seq))",
    "INSERT INTO log VALUES (0, x'01', x'AA', 1, 'carnet.attest', 'cand', x'C1', '{}')",
    "INSERT INTO log VALUES (1, x'02', x'AA', 2, 'carnet.attest', 'cand', x'C2', '{}')",
    "INSERT INTO refused VALUES (x'BB', 1, x'03', 'not assigned', '{}')",
};

} // namespace

class TestServerStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs `sql` on the store's file through a connection of the test's own.
    QList<QVariant> column(const QString &sql)
    {
        QList<QVariant> values;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("server.db")));
            if (!db.open())
                qFatal("%s", qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            if (!query.exec(sql))
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            while (query.next())
                values << query.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *sql : OldSchema) {
            if (QString::fromLatin1(sql).contains(QLatin1String("x'L")))
                column(QString::fromLatin1(sql)
                           .replace(QLatin1String("x'C1'"), QLatin1String("x'C1'"))
                           .replace(QLatin1String("x'C2'"), QLatin1String("x'C2'")));
            else
                column(QLatin1String(sql));
        }
        QCOMPARE(column(QStringLiteral("SELECT count(*) FROM log")).value(0).toInt(), 2);
    }

    void anOldStoreKeepsItsEventsAndTakesForks()
    {
        auto store = ServerStore::open(m_dir.path(), {});
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
        QCOMPARE((*store)->heldAt(QByteArray::fromHex("AA"), 1).value_or(QList<QByteArray>()),
                 QList<QByteArray> { QByteArray::fromHex("01") });
        QCOMPARE((*store)->heldAt(QByteArray::fromHex("AA"), 2).value_or(QList<QByteArray>()),
                 QList<QByteArray> { QByteArray::fromHex("02") });
        QCOMPARE((*store)->heldAt(QByteArray::fromHex("BB"), 1).value_or(QList<QByteArray>()),
                 QList<QByteArray> { QByteArray::fromHex("03") });
        QCOMPARE((*store)->refusal(QByteArray::fromHex("03")).value_or(std::nullopt),
                 std::optional<QString>(QStringLiteral("not assigned")));
        QCOMPARE((*store)->indexOf(QByteArray::fromHex("02")).value_or(std::nullopt),
                 std::optional<qint64>(1));
        store->reset();

        const QString log
            = column(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'log'"))
                  .value(0)
                  .toString();
        const QString refused
            = column(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'refused'"))
                  .value(0)
                  .toString();
        QVERIFY2(!log.contains(QLatin1String("UNIQUE (author, seq)")), qPrintable(log));
        QVERIFY2(!refused.contains(QLatin1String("PRIMARY KEY (author, seq)")),
                 qPrintable(refused));
        const auto indexes
            = column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"));
        QVERIFY(indexes.contains(QStringLiteral("log_by_subject")));
        QVERIFY(indexes.contains(QStringLiteral("log_by_author")));
        QVERIFY(indexes.contains(QStringLiteral("refused_by_author")));
        QCOMPARE(column(QStringLiteral("PRAGMA integrity_check")).value(0).toString(),
                 QStringLiteral("ok"));
    }

    // Opened again, the store is not reshaped twice and holds a second event at a place.
    void theMigrationRunsOnce()
    {
        column(QStringLiteral(
            "INSERT INTO log (idx, id, author, seq, kind, subject, leaf, canonical, logged_at) "
            "VALUES (2, x'04', x'AA', 1, 'carnet.attest', 'cand', x'C3', '{}', '')"));
        auto store = ServerStore::open(m_dir.path(), {});
        QVERIFY(store);
        QCOMPARE(
            (*store)->heldAt(QByteArray::fromHex("AA"), 1).value_or(QList<QByteArray>()).size(), 2);
        store->reset();
        QCOMPARE(column(QStringLiteral("SELECT count(*) FROM log")).value(0).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
