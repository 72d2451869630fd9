// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultsession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
};

QTEST_GUILESS_MAIN(TestVaultSession)
#include "tst_vaultsession.moc"
