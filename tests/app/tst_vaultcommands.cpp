// SPDX-License-Identifier: GPL-3.0-or-later
// `jalon-tool vault …` and `jalon-tool events …`, run as the real binary on real vaults.
#include "journal/journal.h"
#include "toolrunner.h"
#include "vault/vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace jalon;

class TestVaultCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

    QString secretFile(const QString &name, const QString &secret)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(secret.toUtf8() + '\n');
        return path;
    }

private Q_SLOTS:
    void initCheckPasswdRecover()
    {
        QTemporaryDir dir;
        const QString vaultDir = dir.filePath(QStringLiteral("vault"));
        const QString first
            = secretFile(QStringLiteral("first"), QStringLiteral("première phrase de passe"));
        const QString second
            = secretFile(QStringLiteral("second"), QStringLiteral("deuxième phrase de passe"));
        const QString third
            = secretFile(QStringLiteral("third"), QStringLiteral("troisième phrase de passe"));

        // A weak passphrase is refused, with the reason, and nothing is created.
        const QString weak = secretFile(QStringLiteral("weak"), QStringLiteral("azerty"));
        ToolRun run = runTool({ "vault", "init", "--dir", vaultDir, "--passphrase-file", weak });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains("Too short"), run.err.constData());
        QVERIFY(!QFile::exists(vaultDir + QStringLiteral("/vault.key")));

        run = runTool({ "vault", "init", "--dir", vaultDir, "--passphrase-file", first });
        QCOMPARE(run.status, 0);
        const auto match = QRegularExpression(QStringLiteral("([0-9A-Z]{4}(-[0-9A-Z]{4}){5})"))
                               .match(QString::fromUtf8(run.out));
        QVERIFY2(match.hasMatch(), run.out.constData());
        const QString code = secretFile(QStringLiteral("code"), match.captured(1));

        run = runTool({ "vault", "init", "--dir", vaultDir, "--passphrase-file", first });
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains("already exists"));

        run = runTool({ "vault", "check", "--dir", vaultDir, "--passphrase-file", first });
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains("ok"), run.out.constData());

        run = runTool({ "vault", "check", "--dir", vaultDir, "--passphrase-file", second });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains("wrong passphrase"), run.err.constData());

        run = runTool({ "vault", "passwd", "--dir", vaultDir, "--passphrase-file", first,
                        "--new-passphrase-file", second });
        QCOMPARE(run.status, 0);
        QCOMPARE(
            runTool({ "vault", "check", "--dir", vaultDir, "--passphrase-file", first }).status, 1);
        QCOMPARE(
            runTool({ "vault", "check", "--dir", vaultDir, "--passphrase-file", second }).status,
            0);

        run = runTool({ "vault", "recover", "--dir", vaultDir, "--recovery-code-file", code,
                        "--new-passphrase-file", third });
        QCOMPARE(run.status, 0);
        QCOMPARE(
            runTool({ "vault", "check", "--dir", vaultDir, "--passphrase-file", third }).status, 0);

        run = runTool({ "vault", "recover", "--dir", vaultDir, "--recovery-code-file", first,
                        "--new-passphrase-file", third });
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains("not a recovery code"));
    }

    void usageErrors()
    {
        QCOMPARE(runTool({ "vault", "init" }).status, 2);
        QCOMPARE(runTool({ "vault", "open", "--dir", "/tmp/x" }).status, 2);
        QCOMPARE(runTool({ "events", "list" }).status, 2);
        // The passphrase is never taken from an argument.
        QCOMPARE(runTool({ "vault", "check", "--dir", "/tmp/x", "--passphrase", "secret" }).status,
                 2);
    }

    void listsAndVerifiesEvents()
    {
        QTemporaryDir dir;
        const QString passphrase = QStringLiteral("phrase pour les événements");
        const QString file = secretFile(QStringLiteral("events"), passphrase);
        {
            auto created = Vault::create(dir.path(), passphrase, KdfParams::fastForTests());
            QVERIFY(created);
            Journal journal(*created->vault);
            for (int level = 0; level < 3; ++level) {
                QVERIFY(journal.append(
                    { QStringLiteral("diagnostic.answer"),
                      QStringLiteral("candidate-1"),
                      { { QStringLiteral("referentiel"), QStringLiteral("cqp-test") },
                        { QStringLiteral("version"), 1 },
                        { QStringLiteral("activity"), QStringLiteral("F1.%1").arg(level) },
                        { QStringLiteral("level"), level } } }));
            }
        }
        ToolRun run = runTool(
            { "events", "list", "--dir", dir.path(), "--passphrase-file", file, "--json" });
        QCOMPARE(run.status, 0);
        const QJsonArray events = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[2].toObject().value(QStringLiteral("seq")).toInt(), 3);
        QCOMPARE(events[0].toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("diagnostic.answer"));

        run = runTool({ "events", "verify", "--dir", dir.path(), "--passphrase-file", file });
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains("3"), run.out.constData());

        // An event altered inside the database is caught by verify.
        {
            auto vault = Vault::open(dir.path(), passphrase);
            QVERIFY(vault);
            QVERIFY((*vault)->database().exec("UPDATE events SET canonical = replace(canonical, "
                                              "'\"level\":1', '\"level\":3') WHERE seq = 2"));
        }
        run = runTool(
            { "events", "verify", "--dir", dir.path(), "--passphrase-file", file, "--json" });
        QCOMPARE(run.status, 1);
        const QJsonArray problems
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("problems")).toArray();
        QVERIFY2(!problems.isEmpty(), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestVaultCommands)
#include "tst_vaultcommands.moc"
