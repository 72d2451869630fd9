// SPDX-License-Identifier: GPL-3.0-or-later
// "Remember on this device" from the settings to the unlock page, with the desktop
// keyring (a real Secret Service, see with_keyring.sh), and the passphrase path left
// whole when the keyring forgets the secret or is not there at all.
#include "secretservicekeystore.h"
#include "vaultsession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jalon;

namespace {

const QString Passphrase = QStringLiteral("Le tuteur arrive à 9 h le mardi");

bool idle(VaultSession &session)
{
    return QTest::qWaitFor([&] { return !session.isBusy(); }, 10000);
}

// A vault made and open in `dir`, its session using the desktop keyring.
std::unique_ptr<VaultSession> openSession(const QTemporaryDir &dir)
{
    auto session = std::make_unique<VaultSession>();
    session->setKdfParams(KdfParams::fastForTests());
    session->setKeyStore(std::make_shared<SecretServiceKeyStore>());
    session->setDirectory(dir.filePath(QStringLiteral("profile")));
    session->create(Passphrase, {});
    if (!idle(*session) || !session->isUnlocked())
        qFatal("cannot create the vault: %s", qPrintable(session->error()));
    return session;
}

std::pair<bool, QString> remember(VaultSession &session, bool on)
{
    QSignalSpy finished(&session, &VaultSession::rememberFinished);
    session.rememberOnDevice(on);
    if (finished.isEmpty() && !finished.wait(10000))
        return { false, QStringLiteral("no answer") };
    return { finished.first().at(0).toBool(), finished.first().at(1).toString() };
}

} // namespace

class TestQuickUnlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rememberedThenOpenedWithoutThePassphrase()
    {
        QTemporaryDir dir;
        auto session = openSession(dir);
        QCOMPARE(session->keyStoreName(), SecretServiceKeyStore().name());
        QVERIFY(!session->rememberedOnDevice());
        const auto [ok, error] = remember(*session, true);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(session->rememberedOnDevice());
        session->lock();
        QVERIFY(session->quickUnlockAvailable());
        session->unlockWithKeyStore();
        QVERIFY(idle(*session));
        QVERIFY2(session->isUnlocked(), qPrintable(session->error()));

        // Off again: the unlock page no longer offers it, the passphrase opens as before.
        QVERIFY(remember(*session, false).first);
        session->lock();
        QVERIFY(!session->quickUnlockAvailable());
        session->unlock(Passphrase);
        QVERIFY(idle(*session));
        QVERIFY(session->isUnlocked());
    }

    void aKeyringThatForgotSaysSoAndThePassphraseStillOpens()
    {
        QTemporaryDir dir;
        auto session = openSession(dir);
        QVERIFY(remember(*session, true).first);
        const QString id = session->vault()->id();
        session->lock();
        QVERIFY(SecretServiceKeyStore().remove(id)); // the person cleared the keyring
        session->unlockWithKeyStore();
        QVERIFY(idle(*session));
        QVERIFY(!session->isUnlocked());
        QVERIFY2(session->error().contains(QLatin1String("passphrase")),
                 qPrintable(session->error()));
        session->unlock(Passphrase);
        QVERIFY(idle(*session));
        QVERIFY(session->isUnlocked());
    }

    // Run alone, with no session bus (CTest: tst_quickunlock_absent).
    void noKeyringMeansThePassphraseOnly()
    {
        if (!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                 .contains(QLatin1String("/nonexistent/")))
            QFAIL("run this case with DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus");
        QTemporaryDir dir;
        auto session = openSession(dir);
        const auto [ok, error] = remember(*session, true);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("passphrase")), qPrintable(error));
        QVERIFY(!session->rememberedOnDevice()); // no wrap left whose secret is nowhere
        session->lock();
        QVERIFY(!session->quickUnlockAvailable());
        session->unlock(Passphrase);
        QVERIFY(idle(*session));
        QVERIFY(session->isUnlocked());
    }
};

QTEST_GUILESS_MAIN(TestQuickUnlock)
#include "tst_quickunlock.moc"
