// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop keyring as the quick unlock uses it, against a real Secret Service
// (gnome-keyring-daemon in its own D-Bus session, see with_keyring.sh), and the clear
// refusal when no service answers (no session bus at all).
#include "secretservicekeystore.h"
#include "vault/vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace jalon;

class TestSecretServiceKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsReturnsAndForgetsASecret()
    {
        SecretServiceKeyStore store;
        auto available = store.available();
        QVERIFY2(available, qPrintable(available ? QString() : available.error().message()));
        const QString account = QStringLiteral("0123456789abcdef0123456789abcdef");
        QVERIFY(store.remove(account));
        auto none = store.load(account);
        QVERIFY(none);
        QVERIFY(!none->has_value());
        const SecretBytes secret = SecretBytes::random(32);
        QVERIFY(store.store(account, secret));
        auto back = store.load(account);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message()));
        QVERIFY(back->has_value());
        QVERIFY(**back == secret);
        // Another vault's account is another item.
        QVERIFY(!store.load(QStringLiteral("ffff"))->has_value());
        QVERIFY(store.remove(account));
        QVERIFY(!store.load(account)->has_value());
    }

    void aVaultOpensWithWhatTheKeyringKept()
    {
        QTemporaryDir dir;
        auto created = Vault::create(dir.path(), QStringLiteral("pâte à crêpes du dimanche"),
                                     KdfParams::fastForTests());
        QVERIFY(created);
        auto secret = created->vault->enableDeviceUnlock();
        QVERIFY(secret);
        SecretServiceKeyStore store;
        const QString account = created->vault->id();
        QVERIFY(store.store(account, *secret));
        created->vault->lock();
        auto kept = store.load(account);
        QVERIFY(kept && kept->has_value());
        QVERIFY(Vault::openWithDeviceSecret(dir.path(), **kept));
        QVERIFY(store.remove(account));
    }

    // Run alone, with no session bus (CTest: tst_secretservicekeystore_absent).
    void noServiceIsAClearRefusal()
    {
        if (!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                 .contains(QLatin1String("/nonexistent/")))
            QFAIL("run this case with DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus");
        SecretServiceKeyStore store;
        auto available = store.available();
        QVERIFY(!available);
        QVERIFY(!store.load(QStringLiteral("0123"))); // an error, not "no secret"

        QVERIFY2(available.error().message().contains(QLatin1String("passphrase")),
                 qPrintable(available.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestSecretServiceKeyStore)
#include "tst_secretservicekeystore.moc"
