// SPDX-License-Identifier: GPL-3.0-or-later
// The session as the pages use it, against a real jalon-server process on loopback:
// working offline then joining (the work made before is attached to the account and
// sent), a wrong code, the server going away and coming back, the idle lock, and a
// change of passphrase.
#include "../sync/serverprocess.h"
#include "candidate/diagnosticmodel.h"
#include "candidate/livretmodel.h"
#include "export/dataexport.h"
#include "sessionfixture.h"
#include "vault/sqlitedatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace jalon;

namespace {

const QString Passphrase = QStringLiteral("Le tuteur arrive à 9 h le mardi");
const QString ReferentielId = QStringLiteral("cqp-conseiller-entreprise");

bool waitUntil(const std::function<bool()> &condition, int timeout = 15000)
{
    return QTest::qWaitFor(condition, timeout);
}

int refusals(Session &session)
{
    auto select = session.database()->prepare("SELECT count(*) FROM sync_refusals");
    return select && select->next() ? int(select->int64(0)) : -1;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_serverData;
    std::unique_ptr<test::Server> m_server;

    std::pair<QString, QString> candidate(const QString &name)
    {
        const QString output = m_server->admin(
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), name,
              QStringLiteral("--role"), QStringLiteral("candidate"),
              QStringLiteral("--referentiel"), ReferentielId });
        return { QRegularExpression(QStringLiteral("(u-[0-9a-z]+)")).match(output).captured(1),
                 QRegularExpression(QStringLiteral("([0-9A-Z]{4}(-[0-9A-Z]{4}){5})"))
                     .match(output)
                     .captured(1) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server
            = std::make_unique<test::Server>(QStringLiteral(JALON_SERVER), m_serverData.path());
        QVERIFY(m_server->start());
    }

    void workOfflineThenJoin()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        QCOMPARE(f.session.userId(), QString::fromLatin1(Session::LocalSubject));
        QCOMPARE(f.session.sync()->state(), SyncStatus::State::NotJoined);
        DiagnosticModel diagnostic;
        diagnostic.setSession(&f.session);
        QVERIFY(diagnostic.answer(0, 2, QStringLiteral("Chaque semaine")));
        QVERIFY(diagnostic.answer(1, 3, {}));
        QCOMPARE(f.session.sync()->pendingCount(), 2);

        const auto [user, code] = candidate(QStringLiteral("Camille Martin"));
        f.session.join(m_server->url().toString(), code);
        QVERIFY(waitUntil([&] { return f.session.isJoined(); }));
        QVERIFY(
            waitUntil([&] { return f.session.sync()->state() == SyncStatus::State::UpToDate; }));
        QCOMPARE(f.session.userId(), user);
        QCOMPARE(f.session.role(), QStringLiteral("candidate"));
        QCOMPARE(f.session.referentielId(), ReferentielId); // from the organisation's org.user
        QCOMPARE(f.session.name(), QStringLiteral("Camille Martin"));
        QVERIFY(!f.session.serverFingerprint().isEmpty());
        // The answers made offline now belong to the account, and the server took them.
        QCOMPARE(diagnostic.answeredCount(), 2);
        QCOMPARE(f.session.sync()->pendingCount(), 0);
        QCOMPARE(refusals(f.session), 0);
        QVERIFY(f.session.sync()->lastSync().isValid());

        // The server goes away: the change waits, the chip says offline; back, it is sent.
        m_server->kill();
        QVERIFY(diagnostic.answer(2, 1, {}));
        QSignalSpy pagesTold(&f.session, &Session::journalChanged);
        f.session.syncNow();
        QVERIFY(waitUntil([&] { return f.session.sync()->state() == SyncStatus::State::Offline; }));
        QCOMPARE(pagesTold.count(), 0); // nothing moved: the pages are not read again
        QCOMPARE(f.session.sync()->pendingCount(), 1);
        QVERIFY(f.session.sync()->summary().contains(QLatin1String("1")));
        QVERIFY(!f.session.sync()->lastError().isEmpty());
        QVERIFY(m_server->start());
        f.session.syncNow();
        QVERIFY(
            waitUntil([&] { return f.session.sync()->state() == SyncStatus::State::UpToDate; }));
        QCOMPARE(f.session.sync()->pendingCount(), 0);
    }

    void aWrongCodeIsRefusedInWords()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        QSignalSpy errors(&f.session, &Session::errorOccurred);
        f.session.join(m_server->url().toString(), QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"));
        QVERIFY(errors.wait(15000));
        QVERIFY(!f.session.isJoined());
        QVERIFY(!f.session.recentErrors().isEmpty());
        f.session.join(QStringLiteral("pas une adresse"), QStringLiteral("AAAA"));
        QCOMPARE(errors.size(), 2);
        QVERIFY(!f.session.isJoined());
    }

    void locksWhenLeftIdle()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        QSignalSpy aboutToLock(&f.session, &Session::aboutToLock);
        f.session.setAutoLockDelay(std::chrono::milliseconds(200));
        QTest::qWait(120);
        f.session.userActive(); // input keeps it open
        QTest::qWait(120);
        QVERIFY(f.session.isOpen());
        QVERIFY(waitUntil([&] { return !f.session.isOpen(); }, 2000));
        QCOMPARE(aboutToLock.size(), 1);
        QVERIFY(!f.session.openVault()); // keys wiped with the vault
        QVERIFY(!f.session.database());
    }

    void changesThePassphrase()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        QSignalSpy finished(f.session.vault(), &VaultSession::passphraseChangeFinished);
        const QString next = QStringLiteral("Une nouvelle phrase pour le jeudi matin");
        f.session.vault()->changePassphrase(QStringLiteral("pas la bonne phrase du tout"), next);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        f.session.vault()->changePassphrase(Passphrase, QStringLiteral("court"));
        QCOMPARE(finished.size(), 2); // a weak one is refused at once
        QCOMPARE(finished.last().at(0).toBool(), false);
        f.session.vault()->changePassphrase(Passphrase, next);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(f.session.isOpen()); // the vault stays open while rewrapping
        f.session.lock();
        f.session.unlock(Passphrase);
        QVERIFY(waitUntil([&] { return !f.session.vault()->isBusy(); }));
        QVERIFY(!f.session.isOpen());
        f.session.unlock(next);
        QVERIFY(waitUntil([&] { return f.session.isOpen(); }));
    }

    void recoversWithTheCodeShownOnce()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        const QString code = f.session.vault()->recoveryCode();
        QCOMPARE(code.size(), 29);
        f.session.vault()->forgetRecoveryCode();
        f.session.lock();
        const QString next = QStringLiteral("Une nouvelle phrase pour le jeudi matin");
        f.session.recover(code.toLower(), QStringLiteral("court"));
        QVERIFY(!f.session.vault()->error().isEmpty()); // a weak new passphrase, refused at once
        QVERIFY(!f.session.isOpen());
        f.session.recover(code.toLower(), next);
        QVERIFY(waitUntil([&] { return f.session.isOpen(); }));
        f.session.lock();
        f.session.unlock(next);
        QVERIFY(waitUntil([&] { return f.session.isOpen(); }));
    }

    void exportsEveryEventAndTheDocuments()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        DiagnosticModel diagnostic;
        diagnostic.setSession(&f.session);
        QVERIFY(diagnostic.answer(0, 3, QStringLiteral("Tous les jours")));
        LivretModel livret;
        livret.setSession(&f.session);
        livret.setDraft(QStringLiteral("CP1"), QStringLiteral("Lors d'un rendez-vous client…"));
        QVERIFY(livret.commit(QStringLiteral("CP1")));

        DataExport exporter;
        exporter.setSession(&f.session);
        const QString folder = exporter.run();
        QVERIFY(!folder.isEmpty());
        QFile events(QDir(folder).filePath(QStringLiteral("events.json")));
        QVERIFY(events.open(QIODevice::ReadOnly));
        const QJsonArray list = QJsonDocument::fromJson(events.readAll()).array();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &event : list) {
            // Each one as signed: it proves itself.
            auto parsed
                = Event::fromJson(QJsonDocument(event.toObject()).toJson(QJsonDocument::Compact));
            QVERIFY(parsed);
            QVERIFY(parsed->hasValidSignature());
        }
        for (const char *name : { "auto-diagnostic.pdf", "livret-vae.pdf", "carnet.pdf" }) {
            QFile pdf(QDir(folder).filePath(QLatin1String(name)));
            QVERIFY2(pdf.open(QIODevice::ReadOnly), name);
            QCOMPARE(pdf.read(4), QByteArray("%PDF"));
        }
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
