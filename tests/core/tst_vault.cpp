// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/recoverycode.h"
#include "vault/keyfile.h"
#include "vault/vault.h"
#include "vault/vaultschema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace jalon;

namespace {

const QString Passphrase = QStringLiteral("pâte à crêpes du dimanche");

QByteArray digestOfFiles(const QString &directory)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDir dir(directory);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(name.toUtf8());
            hash.addData(file.readAll());
        }
    }
    return hash.result();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private:
    // Creates a vault with the cheapest Argon2id cost and returns its recovery code.
    QString createVault(const QString &directory)
    {
        auto created = Vault::create(directory, Passphrase, KdfParams::fastForTests());
        if (!created)
            qFatal("cannot create a vault: %s", qPrintable(created.error().message()));
        return created->recoveryCode;
    }

    QString keyPath(const QTemporaryDir &dir) const
    {
        return dir.filePath(QLatin1String(Vault::KeyFileName));
    }
    QString dbPath(const QTemporaryDir &dir) const
    {
        return dir.filePath(QLatin1String(Vault::DatabaseFile));
    }

private Q_SLOTS:
    void createsAndReopens()
    {
        QTemporaryDir dir;
        auto created = Vault::create(dir.path(), Passphrase, KdfParams::fastForTests());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        QVERIFY(created->recoveryCode.contains(QRegularExpression(
            QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$"))));
        const QByteArray publicKey = created->vault->deviceKey().publicKey();
        QCOMPARE(publicKey.size(), 32);
        QCOMPARE(created->vault->database().userVersion(), VaultSchema::latestVersion());
        created->vault->lock();
        QVERIFY(!created->vault->isOpen());

        auto opened = Vault::open(dir.path(), Passphrase);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
        QCOMPARE((*opened)->deviceKey().publicKey(), publicKey);
        // The key signs and the signature verifies: the stored secret key is whole.
        const QByteArray signature = (*opened)->deviceKey().sign("bonjour");
        QVERIFY(verifySignature(publicKey, "bonjour", signature));
    }

    void passphraseIsNormalised()
    {
        QTemporaryDir dir;
        const QString composed = QStringLiteral("été");
        QVERIFY(Vault::create(dir.path(), composed, KdfParams::fastForTests()));
        const QString decomposed = composed.normalized(QString::NormalizationForm_D);
        QVERIFY(decomposed != composed);
        QVERIFY(Vault::open(dir.path(), decomposed));
    }

    void refusesToOverwriteAVault()
    {
        QTemporaryDir dir;
        createVault(dir.path());
        const QByteArray before = digestOfFiles(dir.path());
        auto again = Vault::create(dir.path(), Passphrase, KdfParams::fastForTests());
        QVERIFY(!again);
        QVERIFY(again.error().problem.contains(QLatin1String("already exists")));
        QCOMPARE(digestOfFiles(dir.path()), before);
    }

    void refusesAnEmptyPassphrase()
    {
        QTemporaryDir dir;
        QVERIFY(!Vault::create(dir.path(), QString(), KdfParams::fastForTests()));
        QVERIFY(!Vault::exists(dir.path()));
    }

    void wrongPassphraseChangesNothing()
    {
        QTemporaryDir dir;
        createVault(dir.path());
        const QByteArray before = digestOfFiles(dir.path());
        auto opened = Vault::open(dir.path(), QStringLiteral("pâte à crêpes du lundi"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().problem, QStringLiteral("wrong passphrase"));
        QCOMPARE(digestOfFiles(dir.path()), before);
    }

    void noVaultHere()
    {
        QTemporaryDir dir;
        auto opened = Vault::open(dir.path(), Passphrase);
        QVERIFY(!opened);
        QVERIFY(opened.error().problem.contains(QLatin1String("no vault")));
    }

    void recoversWithTheCode()
    {
        QTemporaryDir dir;
        const QString code = createVault(dir.path());
        // Typed by hand: lower case, spaces instead of dashes, O for 0.
        QString typed = code.toLower()
                            .replace(QLatin1Char('-'), QLatin1Char(' '))
                            .replace(QLatin1Char('0'), QLatin1Char('o'));
        auto recovered
            = Vault::recover(dir.path(), typed, QStringLiteral("nouvelle phrase secrète"));
        QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.error().message()));
        (*recovered)->lock();
        QVERIFY(!Vault::open(dir.path(), Passphrase));
        QVERIFY(Vault::open(dir.path(), QStringLiteral("nouvelle phrase secrète")));
        // The code keeps working after a recovery.
        QVERIFY(Vault::recover(dir.path(), code, QStringLiteral("encore une autre")));
    }

    void wrongRecoveryCodeChangesNothing_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("problem");
        QTest::newRow("another code")
            << RecoveryCode::generate() << QStringLiteral("wrong recovery code");
        QTest::newRow("too short")
            << QStringLiteral("ABCD-EFGH") << QStringLiteral("this is not a recovery code");
        QTest::newRow("letter U") << QStringLiteral("UUUU-UUUU-UUUU-UUUU-UUUU-UUUU")
                                  << QStringLiteral("this is not a recovery code");
    }

    void wrongRecoveryCodeChangesNothing()
    {
        QFETCH(QString, code);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        createVault(dir.path());
        const QByteArray before = digestOfFiles(dir.path());
        auto recovered = Vault::recover(dir.path(), code, QStringLiteral("nouvelle"));
        QVERIFY(!recovered);
        QCOMPARE(recovered.error().problem, problem);
        QCOMPARE(digestOfFiles(dir.path()), before);
    }

    void changesPassphraseWithoutRewritingTheDatabase()
    {
        QTemporaryDir dir;
        auto created = Vault::create(dir.path(), Passphrase, KdfParams::fastForTests());
        QVERIFY(created);
        const QByteArray keyBefore = readFile(keyPath(dir));
        QVERIFY(created->vault->changePassphrase(QStringLiteral("une autre phrase")));
        QVERIFY(readFile(keyPath(dir)) != keyBefore);
        QVERIFY(!QFile::exists(keyPath(dir) + QLatin1String(".tmp")));
        created->vault->lock();
        QVERIFY(!Vault::open(dir.path(), Passphrase));
        QVERIFY(Vault::open(dir.path(), QStringLiteral("une autre phrase")));
        QVERIFY(Vault::recover(dir.path(), created->recoveryCode, QStringLiteral("x")));
    }

    // The quick unlock: a third wrap under a random device secret kept outside the vault.
    void opensWithTheDeviceSecretUntilItIsRemoved()
    {
        QTemporaryDir dir;
        auto created = Vault::create(dir.path(), Passphrase, KdfParams::fastForTests());
        QVERIFY(created);
        const QByteArray publicKey = created->vault->deviceKey().publicKey();
        QVERIFY(!Vault::hasDeviceUnlock(dir.path()));
        QVERIFY(!Vault::openWithDeviceSecret(dir.path(), SecretBytes::random(32)));
        auto secret = created->vault->enableDeviceUnlock();
        QVERIFY(secret);
        QCOMPARE(secret->size(), std::size_t(32));
        QVERIFY(Vault::hasDeviceUnlock(dir.path()));
        // A new passphrase leaves the quick unlock working: the data key did not change.
        QVERIFY(created->vault->changePassphrase(QStringLiteral("une autre phrase")));
        created->vault->lock();
        auto quick = Vault::openWithDeviceSecret(dir.path(), *secret);
        QVERIFY2(quick, qPrintable(quick ? QString() : quick.error().message()));
        QCOMPARE((*quick)->deviceKey().publicKey(), publicKey);
        // Another secret opens nothing, and says to use the passphrase.
        auto wrong = Vault::openWithDeviceSecret(dir.path(), SecretBytes::random(32));
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message().contains(QLatin1String("passphrase")));
        // Turned off: the old secret no longer opens it; the passphrase still does.
        QVERIFY((*quick)->disableDeviceUnlock());
        (*quick)->lock();
        QVERIFY(!Vault::hasDeviceUnlock(dir.path()));
        QVERIFY(!Vault::openWithDeviceSecret(dir.path(), *secret));
        QVERIFY(Vault::open(dir.path(), QStringLiteral("une autre phrase")));
    }

    void damagedKeyFileIsReported_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << 0 << QStringLiteral("damaged");
        QTest::newRow("truncated") << 1 << QStringLiteral("damaged");
        QTest::newRow("byte changed in the wrapped key") << 2 << QStringLiteral("checksum");
        QTest::newRow("unknown format") << 3 << QStringLiteral("format");
        QTest::newRow("not JSON") << 4 << QStringLiteral("damaged");
        // Found by fuzz_keyfile: converting such a cost to an integer was undefined.
        QTest::newRow("a cost no integer holds") << 5 << QStringLiteral("out of range");
        QTest::newRow("a negative cost") << 6 << QStringLiteral("out of range");
    }

    void damagedKeyFileIsReported()
    {
        QFETCH(int, damage);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        createVault(dir.path());
        QByteArray key = readFile(keyPath(dir));
        switch (damage) {
        case 0:
            key.clear();
            break;
        case 1:
            key.truncate(key.size() / 2);
            break;
        case 2: {
            const qsizetype at = key.indexOf("\"key\": \"") + 10;
            key[at] = key[at] == 'A' ? 'B' : 'A';
            break;
        }
        case 3:
            key.replace("\"format\": 1", "\"format\": 9");
            break;
        case 4:
            key = QByteArray(300, '\x07');
            break;
        case 5:
        case 6: {
            // A well-formed file with a checksum that matches: only the cost is wrong.
            QJsonObject root = QJsonDocument::fromJson(key).object();
            QJsonObject slot = root.value(QStringLiteral("passphrase")).toObject();
            slot.insert(damage == 5 ? QStringLiteral("mem") : QStringLiteral("ops"),
                        damage == 5 ? 8e192 : -1.0);
            root.insert(QStringLiteral("passphrase"), slot);
            root.remove(QStringLiteral("checksum"));
            root.insert(QStringLiteral("checksum"), QString::fromLatin1(KeyFile::checksum(root)));
            key = QJsonDocument(root).toJson();
            break;
        }
        }
        writeFile(keyPath(dir), key);
        const QByteArray before = digestOfFiles(dir.path());
        auto opened = Vault::open(dir.path(), Passphrase);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message().contains(expected), qPrintable(opened.error().message()));
        QVERIFY(opened.error().source.endsWith(QLatin1String("vault.key")));
        QCOMPARE(digestOfFiles(dir.path()), before);
    }

    void damagedDatabaseIsReported_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("emptied") << 0;
        QTest::newRow("first page overwritten") << 1;
        QTest::newRow("deleted") << 2;
        QTest::newRow("replaced by another vault's database") << 3;
        QTest::newRow("truncated to its first page") << 4;
    }

    void damagedDatabaseIsReported()
    {
        QFETCH(int, damage);
        QTemporaryDir dir;
        createVault(dir.path());
        QByteArray db = readFile(dbPath(dir));
        switch (damage) {
        case 0:
            writeFile(dbPath(dir), {});
            break;
        case 1:
            db.replace(0, 1024, QByteArray(1024, 'x'));
            writeFile(dbPath(dir), db);
            break;
        case 2:
            QFile::remove(dbPath(dir));
            break;
        case 3: {
            QTemporaryDir other;
            createVault(other.path());
            QFile::remove(dbPath(dir));
            QFile::copy(dbPath(other), dbPath(dir));
            break;
        }
        case 4:
            writeFile(dbPath(dir), db.left(4096));
            break;
        }
        const QByteArray before = digestOfFiles(dir.path());
        auto opened = Vault::open(dir.path(), Passphrase);
        QVERIFY(!opened);
        QVERIFY2(opened.error().source.endsWith(QLatin1String("vault.db")),
                 qPrintable(opened.error().message()));
        QVERIFY2(!opened.error().problem.isEmpty(), qPrintable(opened.error().message()));
        QCOMPARE(digestOfFiles(dir.path()), before);
    }

    void databaseIsUnreadableWithoutTheKey()
    {
        QTemporaryDir dir;
        const QByteArray sentence
            = "J'ai accueilli quarante adhérents par jour au guichet de Lyon.";
        {
            auto created = Vault::create(dir.path(), Passphrase, KdfParams::fastForTests());
            QVERIFY(created);
            auto insert = created->vault->database().prepare(
                "INSERT INTO settings (key, value) VALUES ('note', ?)");
            QVERIFY(insert);
            QVERIFY(insert->bind(1, QString::fromUtf8(sentence)).exec());
        }
        QDirIterator files(dir.path(), QDir::Files);
        int seen = 0;
        while (files.hasNext()) {
            const QByteArray contents = readFile(files.next());
            QVERIFY2(!contents.contains(sentence), qPrintable(files.filePath()));
            QVERIFY(!contents.contains("SQLite format 3"));
            ++seen;
        }
        QVERIFY(seen >= 2);

        QProcess shell;
        shell.start(QStringLiteral("sqlcipher"),
                    { dbPath(dir), QStringLiteral("SELECT count(*) FROM sqlite_master;") });
        QVERIFY2(shell.waitForFinished(), "the sqlcipher shell is not installed");
        QVERIFY(shell.exitCode() != 0 || shell.readAllStandardError().contains("not a database"));
        QVERIFY(!shell.readAllStandardOutput().contains("1"));
    }

    void migratesFromEveryEarlierVersion()
    {
        for (int from = 0; from < VaultSchema::latestVersion(); ++from) {
            QTemporaryDir dir;
            const SecretBytes key = SecretBytes::random(32);
            const QString path = dir.filePath(QStringLiteral("old.db"));
            {
                auto database = SqliteDatabase::open(path, key, true);
                QVERIFY(database);
                QVERIFY(VaultSchema::migrate(**database, from));
                QCOMPARE((*database)->userVersion(), from);
            }
            auto database = SqliteDatabase::open(path, key, false);
            QVERIFY(database);
            auto migrated = VaultSchema::migrate(**database);
            QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message()));
            QCOMPARE((*database)->userVersion(), VaultSchema::latestVersion());
            QVERIFY((*database)->exec("SELECT count(*) FROM device"));
        }
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        {
            auto created = Vault::create(dir.path(), Passphrase, KdfParams::fastForTests());
            QVERIFY(created);
            const QByteArray sql
                = "PRAGMA user_version = " + QByteArray::number(VaultSchema::latestVersion() + 1);
            QVERIFY(created->vault->database().exec(sql.constData()));
        }
        auto opened = Vault::open(dir.path(), Passphrase);
        QVERIFY(!opened);
        QVERIFY2(opened.error().problem.contains(QLatin1String("newer version")),
                 qPrintable(opened.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
