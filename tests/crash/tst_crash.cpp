// SPDX-License-Identifier: GPL-3.0-or-later
// The vault after a SIGKILL, the way SQLite tests itself: crash_child writes without end
// and says after each write that returned; it is killed at a random moment, 20 times per
// kind of write; after each kill the vault opens, PRAGMA integrity_check says ok, and
// nothing it had acknowledged is lost or half written.
#include "journal/journal.h"
#include "projections/livretprojection.h"
#include "vault/vault.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace jalon;

namespace {

const QString Passphrase = QStringLiteral("phrase de passe de test");
constexpr int Kills = 20;

// What the child said before it died: the number on its last line (0 if none), and its errors.
struct Killed
{
    qint64 acknowledged = 0;
    QByteArray errors;
};

Killed runAndKill(const char *mode, const QString &directory, const QString &passphrase,
                  QRandomGenerator &random)
{
    QProcess child;
    child.start(QStringLiteral(JALON_CRASH_CHILD), { QLatin1String(mode), directory, passphrase });
    Killed killed;
    if (!child.waitForStarted()) {
        killed.errors = "the child did not start";
        return killed;
    }
    // Killed once it writes (not while it opens the vault), at a random point after.
    child.waitForReadyRead(10000);
    QTest::qWait(int(random.bounded(300)));
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished();
    killed.errors = child.readAllStandardError();
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const qsizetype space = line->indexOf(' ');
        if (space > 0) {
            killed.acknowledged = line->mid(space + 1).toLongLong();
            break;
        }
    }
    return killed;
}

QString integrityOf(Vault &vault)
{
    auto check = vault.database().prepare("PRAGMA integrity_check");
    return check && check->next() ? check->text(0) : QStringLiteral("cannot be checked");
}

QString draftText(qint64 n)
{
    return QStringLiteral("Brouillon %1 ").arg(n).repeated(int(n % 50) + 1);
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    QRandomGenerator m_random { 20261204 };

    static std::unique_ptr<Vault> openOrFail(const QString &directory, const QString &passphrase)
    {
        auto vault = Vault::open(directory, passphrase);
        if (!vault)
            qWarning("%s", qPrintable(vault.error().message()));
        return vault ? std::move(*vault) : nullptr;
    }

private Q_SLOTS:
    // Signed events appended one by one: every acknowledged one is there after each kill,
    // each seq from 1 on, the chain unbroken, every signature good.
    void appendedEventsSurvive()
    {
        QTemporaryDir dir;
        QVERIFY(Vault::create(dir.path(), Passphrase, KdfParams::fastForTests()));
        qint64 acknowledged = 0;
        for (int round = 0; round < Kills; ++round) {
            const Killed killed = runAndKill("append", dir.path(), Passphrase, m_random);
            QVERIFY2(killed.errors.isEmpty(), killed.errors.constData());
            acknowledged = qMax(acknowledged, killed.acknowledged);
            auto vault = openOrFail(dir.path(), Passphrase);
            QVERIFY(vault);
            QCOMPARE(integrityOf(*vault), QStringLiteral("ok"));
            Journal journal(*vault);
            auto events = journal.events();
            QVERIFY(events);
            QList<qint64> seqs;
            for (const Event &event : *events)
                seqs << event.seq;
            QVERIFY2(seqs.size() >= acknowledged,
                     qPrintable(QStringLiteral("round %1: acknowledged %2, found %3")
                                    .arg(round)
                                    .arg(acknowledged)
                                    .arg(seqs.size())));
            for (qsizetype i = 0; i < seqs.size(); ++i)
                QCOMPARE(seqs.at(i), qint64(i + 1));
            QVERIFY(journal.verifyAll()->isEmpty());
            acknowledged = seqs.size(); // one written but not yet said counts from now on
        }
        QVERIFY2(acknowledged > 2 * Kills, "the child did not get far enough to test anything");
    }

    // The passphrase changed again and again: after each kill the vault opens with the last
    // passphrase the child acknowledged or the one it was setting, never neither, and the
    // recovery code still opens it. The key file is never lost.
    void aPassphraseBeingChangedIsNeverLost()
    {
        QTemporaryDir dir;
        auto created = Vault::create(dir.path(), Passphrase, KdfParams::fastForTests());
        QVERIFY(created);
        const QString recoveryCode = created->recoveryCode;
        created->vault.reset();
        qint64 changes = 0;
        for (int round = 0; round < Kills; ++round) {
            const Killed killed = runAndKill("passphrase", dir.path(), Passphrase, m_random);
            QVERIFY2(killed.errors.isEmpty(), killed.errors.constData());
            changes += killed.acknowledged;
            QVERIFY2(QFile::exists(dir.filePath(QLatin1String(Vault::KeyFileName))),
                     "the key file is gone");
            // The child names its passphrases after the one it was started with.
            auto named = [&](qint64 n) {
                return n == 0 ? Passphrase : Passphrase + QStringLiteral("-%1").arg(n);
            };
            auto vault = Vault::open(dir.path(), named(killed.acknowledged));
            if (!vault)
                vault = Vault::open(dir.path(), named(killed.acknowledged + 1));
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message()));
            QCOMPARE(integrityOf(**vault), QStringLiteral("ok"));
            vault->reset();
            // Back to the first passphrase for the next round, by the recovery code.
            auto recovered = Vault::recover(dir.path(), recoveryCode, Passphrase);
            QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.error().message()));
        }
        QVERIFY2(changes > Kills, "the child did not get far enough to test anything");
    }

    // Two drafts rewritten together: after each kill both hold the text of the last save
    // acknowledged or of the one in flight, the same one, never a mix or a torn text.
    void draftsBeingWrittenStayWhole()
    {
        QTemporaryDir dir;
        QVERIFY(Vault::create(dir.path(), Passphrase, KdfParams::fastForTests()));
        qint64 saves = 0;
        QString previous; // what the last round left
        for (int round = 0; round < Kills; ++round) {
            const Killed killed = runAndKill("draft", dir.path(), Passphrase, m_random);
            QVERIFY2(killed.errors.isEmpty(), killed.errors.constData());
            saves += killed.acknowledged;
            auto vault = openOrFail(dir.path(), Passphrase);
            QVERIFY(vault);
            QCOMPARE(integrityOf(*vault), QStringLiteral("ok"));
            auto drafts
                = LivretProjection::drafts(vault->database(), QStringLiteral("candidate-1"));
            QVERIFY(drafts);
            // Each round's child numbers its saves from 1.
            const QString said
                = killed.acknowledged == 0 ? previous : draftText(killed.acknowledged);
            const QString inFlight = draftText(killed.acknowledged + 1);
            const QString text = drafts->isEmpty() ? QString() : drafts->at(0).text;
            if (!drafts->isEmpty()) {
                QCOMPARE(drafts->size(), 2);
                QCOMPARE(drafts->at(1).text, text);
            }
            previous = text;
            QVERIFY2(text == said || text == inFlight,
                     qPrintable(QStringLiteral("round %1: acknowledged %2, found %3")
                                    .arg(round)
                                    .arg(killed.acknowledged)
                                    .arg(text.left(40))));
        }
        QVERIFY2(saves > Kills, "the child did not get far enough to test anything");
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
