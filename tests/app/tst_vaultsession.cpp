// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/keystore.h"
#include "vaultsession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <memory>
#include <thread>

using namespace jalon;

namespace {

const QString Passphrase = QStringLiteral("Le tuteur arrive à 9 h le mardi");

bool settled(VaultSession &session)
{
    QSignalSpy changed(&session, &VaultSession::stateChanged);
    while (session.isBusy()) {
        if (!changed.wait(10000))
            return false;
    }
    return true;
}

// The desktop keyring as slow as it can be (a D-Bus call that waits): store() holds until
// the test lets it go. The real keyring is tested in tests/platforms; this one only makes
// a lock arrive while the key store is being asked.
class HeldKeyStore : public KeyStore
{
public:
    QString name() const override { return QStringLiteral("the held key store"); }
    Result<void> available() override { return {}; }
    Result<void> store(const QString &account, const SecretBytes &secret) override
    {
        m_asked.release();
        m_release.acquire();
        m_secrets.insert(
            account,
            QByteArray(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size())));
        return {};
    }
    Result<std::optional<SecretBytes>> load(const QString &) override { return std::nullopt; }
    Result<void> remove(const QString &account) override
    {
        m_secrets.remove(account);
        return {};
    }
    QSemaphore m_asked;
    QSemaphore m_release;
    QHash<QString, QByteArray> m_secrets;
};

// A profile made and left open at the recommended cost: a quarter of a second per
// passphrase check, long enough for a lock to arrive during it.
bool openProfile(VaultSession &session, const QTemporaryDir &dir)
{
    session.setDirectory(dir.filePath(QStringLiteral("profile")));
    session.create(Passphrase, {});
    return settled(session) && session.isUnlocked();
}

} // namespace

class TestVaultSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsOffTheUiThreadAndShowsTheCodeOnce()
    {
        QTemporaryDir dir;
        VaultSession session;
        session.setDirectory(dir.filePath(QStringLiteral("profile")));
        QVERIFY(!session.exists());
        // Recommended cost (a quarter of a second here): the event loop keeps turning.
        int ticks = 0;
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
        timer.start(10);
        session.create(Passphrase, { QStringLiteral("Camille"), QStringLiteral("Martin") });
        QVERIFY(session.isBusy());
        QVERIFY(settled(session));
        QVERIFY2(session.isUnlocked(), qPrintable(session.error()));
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        QVERIFY(session.exists());
        QCOMPARE(session.recoveryCode().size(), 29); // six groups of four, with dashes
        session.forgetRecoveryCode();
        QVERIFY(session.recoveryCode().isEmpty());
        QVERIFY(session.vault()->isOpen());
        session.lock();
        QVERIFY(!session.isUnlocked());
        QVERIFY(!session.vault());
    }

    void refusesAWeakPassphraseAtOnce()
    {
        QTemporaryDir dir;
        VaultSession session;
        session.setDirectory(dir.filePath(QStringLiteral("profile")));
        session.create(QStringLiteral("martin2026"), { QStringLiteral("Martin") });
        QVERIFY(!session.isBusy());
        QVERIFY(session.error().contains(QStringLiteral("short")));
        QVERIFY(!session.exists());
        const QVariantMap hint = session.checkPassphrase(QStringLiteral("Camille Martin 1"),
                                                         { QStringLiteral("Camille") });
        QCOMPARE(hint.value(QStringLiteral("acceptable")).toBool(), false);
        QVERIFY(hint.value(QStringLiteral("reason")).toString().contains(QStringLiteral("name")));
    }

    void aWrongPassphraseSaysSoAndARightOneUnlocks()
    {
        QTemporaryDir dir;
        VaultSession session;
        session.setKdfParams(KdfParams::fastForTests());
        session.setDirectory(dir.filePath(QStringLiteral("profile")));
        session.create(Passphrase, {});
        QVERIFY(settled(session));
        session.lock();

        session.unlock(QStringLiteral("Le tuteur arrive à 10 h le mardi"));
        QVERIFY(settled(session));
        QVERIFY(!session.isUnlocked());
        QCOMPARE(session.error(), QStringLiteral("wrong passphrase"));

        session.unlock(Passphrase);
        QVERIFY(settled(session));
        QVERIFY(session.isUnlocked());
        QVERIFY(session.error().isEmpty());
        QVERIFY(session.recoveryCode().isEmpty()); // only ever shown at creation
    }

    // A lock (idle timer, button, quitting) during any work on the vault wins: the profile
    // reads as locked at once and nothing the work opens stays open.
    void aLockDuringAnUnlockLeavesItLocked()
    {
        QTemporaryDir dir;
        VaultSession session;
        QVERIFY(openProfile(session, dir));
        session.lock();
        session.unlock(Passphrase);
        QVERIFY(session.isBusy());
        session.lock();
        QVERIFY(!session.isUnlocked());
        QVERIFY(settled(session));
        QVERIFY(!session.isUnlocked());
        QVERIFY(!session.vault());
        QVERIFY(session.error().isEmpty());
        session.unlock(Passphrase); // and it opens again when asked
        QVERIFY(settled(session));
        QVERIFY(session.isUnlocked());
    }

    void aLockDuringAPassphraseChangeLocksOnceTheKeyIsRewrapped()
    {
        QTemporaryDir dir;
        VaultSession session;
        QVERIFY(openProfile(session, dir));
        QSignalSpy changed(&session, &VaultSession::passphraseChangeFinished);
        const QString next = QStringLiteral("Le manager passe le jeudi à 14 h");
        session.changePassphrase(Passphrase, next);
        QVERIFY(session.isBusy());
        session.lock();
        QVERIFY(!session.isUnlocked());
        QVERIFY(!session.vault());
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().first().toBool(), true);
        QVERIFY(!session.isUnlocked());
        QVERIFY(!session.isBusy());
        session.unlock(next);
        QVERIFY(settled(session));
        QVERIFY2(session.isUnlocked(), qPrintable(session.error()));
    }

    void aLockDuringAPassphraseCheckRefusesToSign()
    {
        QTemporaryDir dir;
        VaultSession session;
        QVERIFY(openProfile(session, dir));
        QSignalSpy confirmed(&session, &VaultSession::passphraseConfirmed);
        session.confirmPassphrase(Passphrase);
        QVERIFY(session.isBusy());
        session.lock();
        QVERIFY(!session.isUnlocked());
        QVERIFY(confirmed.wait(10000));
        QCOMPARE(confirmed.first().at(0).toBool(), false);
        QCOMPARE(confirmed.first().at(1).toString(), QStringLiteral("the profile is locked"));
        QVERIFY(!session.isUnlocked());
        QVERIFY(!session.vault());
    }

    void aLockWhileTheKeyStoreIsAskedWaitsForItThenLocks()
    {
        QTemporaryDir dir;
        VaultSession session;
        auto store = std::make_shared<HeldKeyStore>();
        session.setKeyStore(store);
        QVERIFY(openProfile(session, dir));
        QSignalSpy remembered(&session, &VaultSession::rememberFinished);
        session.rememberOnDevice(true);
        QVERIFY(store->m_asked.tryAcquire(1, 10000)); // the worker is inside the key store
        session.lock();
        QVERIFY(!session.isUnlocked());
        QVERIFY(!session.vault());
        store->m_release.release();
        QVERIFY(remembered.wait(10000));
        QCOMPARE(remembered.first().first().toBool(), true);
        QVERIFY(!session.isUnlocked());
        QVERIFY(!session.isBusy());
        QCOMPARE(store->m_secrets.size(), 1);
    }

    // Quitting while a worker holds the vault: the session waits for it, then wipes.
    void destroyedDuringWorkWaitsForTheWorker()
    {
        QTemporaryDir dir;
        auto store = std::make_shared<HeldKeyStore>();
        auto session = std::make_unique<VaultSession>();
        session->setKeyStore(store);
        QVERIFY(openProfile(*session, dir));
        session->rememberOnDevice(true);
        QVERIFY(store->m_asked.tryAcquire(1, 10000));
        QElapsedTimer waited;
        waited.start();
        // Not a QTimer callback: the destructor blocks this thread until the worker is out.
        std::thread releaser([&] {
            QThread::msleep(300);
            store->m_release.release();
        });
        session.reset();
        releaser.join();
        QVERIFY(waited.elapsed() >= 250);
        QCOMPARE(store->m_secrets.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVaultSession)
#include "tst_vaultsession.moc"
