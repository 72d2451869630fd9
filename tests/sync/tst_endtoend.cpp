// SPDX-License-Identifier: GPL-3.0-or-later
// The sync, end to end: a real jalon-server process on loopback, real vaults, the real
// client. A tutor and a manager attest offline, sync, and the candidate's device shows
// the competence acquired; and everything that must be refused is.
#include "crypto/base64url.h"
#include "crypto/sha256.h"
#include "crypto/signingkey.h"
#include "cuttingproxy.h"
#include "journal/journal.h"
#include "projections/carnetprojection.h"
#include "referentiel/referentielcatalog.h"
#include "rules/progressengine.h"
#include "serverprocess.h"
#include "sync/autosync.h"
#include "sync/protocol.h"
#include "sync/requestsignature.h"
#include "sync/syncclient.h"
#include "syncdevice.h"
#include "vault/vault.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace jalon;
using jalon::test::Server;
using namespace jalon::test;

namespace {

Journal::Draft answer(const QString &candidate, const QString &activity, int level)
{
    return { QStringLiteral("diagnostic.answer"),
             candidate,
             { { QStringLiteral("referentiel"), ReferentielId },
               { QStringLiteral("version"), 1 },
               { QStringLiteral("activity"), activity },
               { QStringLiteral("level"), level } } };
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    std::unique_ptr<Server> m_server;
    QString m_candidate, m_tutor, m_manager, m_otherTutor;
    QString m_candidateCode, m_tutorCode, m_managerCode, m_otherTutorCode;
    QNetworkAccessManager m_network;

    // A signed request by `key`, as a device would send it; returns status and body.
    std::pair<int, QJsonObject> request(const SigningKey &key, const QByteArray &method,
                                        const QByteArray &path, const QByteArray &body = {},
                                        QByteArray *header = nullptr,
                                        QByteArray *retryAfter = nullptr)
    {
        QNetworkRequest http(m_server->url().resolved(QUrl::fromEncoded(path)));
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray signature = header && !header->isEmpty()
            ? *header
            : RequestSignature::header(key, method, path, body, QDateTime::currentDateTimeUtc());
        if (header)
            *header = signature;
        http.setRawHeader(RequestSignature::Header, signature);
        QNetworkReply *reply = method == "POST" ? m_network.post(http, body) : m_network.get(http);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        reply->deleteLater();
        if (retryAfter)
            *retryAfter = reply->rawHeader("Retry-After");
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QJsonDocument::fromJson(reply->readAll()).object() };
    }

    // A tutor of the suite's candidate, enrolled and assigned.
    std::unique_ptr<Device> assignedTutor(const QString &name)
    {
        auto tutor
            = enrolledDevice(*m_server, m_server->addUser(name, QStringLiteral("tutor")).second);
        m_server->admin({ QStringLiteral("assign"), QStringLiteral("--candidate"), m_candidate,
                          QStringLiteral("--tutor"), tutor->client->user() });
        return tutor;
    }

    QList<Journal::Draft> manyAttestations(int count) const
    {
        QList<Journal::Draft> drafts;
        for (int i = 0; i < count; ++i)
            drafts << attest(m_candidate, QStringLiteral("tutor"),
                             QStringLiteral("CP%1").arg(i % 10 + 1), {});
        return drafts;
    }

    // An admin's device (which reads everything) finds each of `count` events of `device`
    // once, seq 1 to `count`, every signature and chain good, and the log's indexes 0 to
    // its size, each once.
    void verifyHeldOnceInAGapFreeLog(const QByteArray &device, int count)
    {
        auto admin = enrolledDevice(
            *m_server, m_server->addUser(QStringLiteral("Admin"), QStringLiteral("admin")).second);
        QVERIFY2(admin->sync(), qPrintable(admin->client->lastError()));
        auto select = admin->vault->database().prepare(
            "SELECT count(*), count(DISTINCT seq), min(seq), max(seq) FROM events WHERE author = "
            "?");
        select->bind(1, device);
        QVERIFY(select->next());
        QCOMPARE(select->int64(0), count);
        QCOMPARE(select->int64(1), count);
        QCOMPARE(select->int64(2), 1);
        QCOMPARE(select->int64(3), count);
        QVERIFY(admin->journal->verifyAll()->isEmpty());
        QList<qint64> indexes = SyncClient::logIndexes(admin->vault->database()).values();
        std::sort(indexes.begin(), indexes.end());
        for (qsizetype i = 0; i < indexes.size(); ++i)
            QCOMPARE(indexes.at(i), qint64(i));
    }

    QJsonObject pushOne(const SigningKey &key, const QByteArray &canonical,
                        QByteArray *header = nullptr)
    {
        const auto [status, answer]
            = request(key, "POST", Protocol::Events, "{\"events\":[" + canonical + "]}", header);
        if (status != 200)
            return { { QStringLiteral("status"), QStringLiteral("http %1").arg(status) } };
        return answer.value(QStringLiteral("results")).toArray().first().toObject();
    }

    QString m_postgresDatabase; ///< made for this run, dropped at the end

    // With JALON_E2E_BACKEND=postgres the whole suite runs against a PostgreSQL database
    // made for it on the server named by JALON_TEST_POSTGRES (the README's test command
    // starts a local one).
    QString makePostgresDatabase()
    {
        const QUrl admin(qEnvironmentVariable("JALON_TEST_POSTGRES"));
        if (admin.isEmpty())
            return {};
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("e2e-admin"));
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(admin.path().mid(1));
        if (!db.open()) {
            qWarning("PostgreSQL: %s", qPrintable(db.lastError().text()));
            return {};
        }
        m_postgresDatabase
            = QStringLiteral("jalon_e2e_%1").arg(QRandomGenerator::global()->generate());
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE DATABASE ") + m_postgresDatabase)) {
            qWarning("PostgreSQL: %s", qPrintable(query.lastError().text()));
            return {};
        }
        // The server takes no password on its command line: libpq finds it in PGPASSWORD.
        qputenv("PGPASSWORD", admin.password().toUtf8());
        QUrl url = admin;
        url.setPassword({});
        url.setPath(QLatin1Char('/') + m_postgresDatabase);
        return url.toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString database;
        if (qEnvironmentVariable("JALON_E2E_BACKEND") == QLatin1String("postgres")) {
            database = makePostgresDatabase();
            QVERIFY2(
                !database.isEmpty(),
                "no PostgreSQL to test against: set JALON_TEST_POSTGRES to "
                "postgresql://USER:PASSWORD@HOST:PORT/postgres (a role that may create databases)");
        }
        m_server = std::make_unique<Server>(QStringLiteral(JALON_SERVER), m_data.path(), database);
        std::tie(m_candidate, m_candidateCode)
            = m_server->addUser(QStringLiteral("Camille Martin"), QStringLiteral("candidate"));
        std::tie(m_tutor, m_tutorCode)
            = m_server->addUser(QStringLiteral("Paul Durand"), QStringLiteral("tutor"));
        std::tie(m_manager, m_managerCode)
            = m_server->addUser(QStringLiteral("Inès Petit"), QStringLiteral("manager"));
        std::tie(m_otherTutor, m_otherTutorCode)
            = m_server->addUser(QStringLiteral("Luc Bernard"), QStringLiteral("tutor"));
        QVERIFY(!m_candidate.isEmpty() && !m_candidateCode.isEmpty());
        QVERIFY(m_server
                    ->admin({ QStringLiteral("assign"), QStringLiteral("--candidate"), m_candidate,
                              QStringLiteral("--tutor"), m_tutor })
                    .contains(QStringLiteral("done")));
        QVERIFY(m_server
                    ->admin({ QStringLiteral("assign"), QStringLiteral("--candidate"), m_candidate,
                              QStringLiteral("--manager"), m_manager })
                    .contains(QStringLiteral("done")));
        QVERIFY(m_server->start());
    }

    void attestedOfflineThenAcquiredOnTheCandidatesDevice()
    {
        auto tutor = enrolledDevice(*m_server, m_tutorCode);
        auto manager = enrolledDevice(*m_server, m_managerCode);
        auto candidate = enrolledDevice(*m_server, m_candidateCode);
        QVERIFY(tutor->client->isEnrolled() && manager->client->isEnrolled()
                && candidate->client->isEnrolled());
        QCOMPARE(tutor->client->role(), QStringLiteral("tutor"));

        // Offline: recorded on each device, nothing sent yet.
        QVERIFY(tutor->journal->append(
            attest(m_candidate, QStringLiteral("tutor"), QStringLiteral("CP1"),
                   { QStringLiteral("CP1.1"), QStringLiteral("CP1.2") })));
        QVERIFY(manager->journal->append(
            attest(m_candidate, QStringLiteral("manager"), QStringLiteral("CP1"),
                   { QStringLiteral("CP1.1"), QStringLiteral("CP1.2") })));
        QVERIFY(candidate->journal->append(answer(m_candidate, QStringLiteral("F1.1"), 2)));
        QCOMPARE(tutor->client->pendingCount(), 1);

        for (Device *device : { tutor.get(), manager.get(), candidate.get() }) {
            device->client->sync();
            QVERIFY2(finished(*device->client, &SyncClient::syncFinished),
                     qPrintable(device->client->lastError()));
            QCOMPARE(device->client->pendingCount(), 0);
        }
        QCOMPARE(tutor->client->provenCount(), 1); // its accepted event is in the signed log
        // The candidate's second sync brings the attestations; its device checks and folds them.
        candidate->client->sync();
        QVERIFY2(finished(*candidate->client, &SyncClient::syncFinished),
                 qPrintable(candidate->client->lastError()));
        auto facts = CarnetProjection::facts(candidate->vault->database(), m_candidate);
        QVERIFY(facts);
        QCOMPARE(facts->attestations.size(), 2);
        auto catalog = ReferentielCatalog::bundled();
        const Referentiel *ref = catalog->find(ReferentielId);
        const CandidateProgress progress
            = ProgressEngine(*ref).evaluate(*facts, QDate::currentDate());
        QCOMPARE(progress.competences.first(),
                 CompetenceStatus::Acquired); // CP1: tutor and manager, 2 of 2 criteria
        QCOMPARE(progress.competences.at(1), CompetenceStatus::NotStarted);
        QVERIFY(candidate->journal->verifyAll()->isEmpty());

        // Syncing again changes nothing and duplicates nothing.
        const qint64 before = candidate->journal->count();
        candidate->client->sync();
        QVERIFY(finished(*candidate->client, &SyncClient::syncFinished));
        QCOMPARE(candidate->journal->count(), before);
    }

    // Large livret versions: more than one request's worth, sent in several pushes.
    void largeEventsArePushedInRequestsTheServerTakes()
    {
        auto candidate = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Candidate L"), QStringLiteral("candidate")).second);
        const QString user = candidate->client->user();
        QList<Journal::Draft> edits;
        const QString text
            = QStringLiteral("Lors d'un rendez-vous, j'ai présenté l'offre au dirigeant. ")
                  .repeated(900);
        QVERIFY(text.toUtf8().size() > 50000
                && text.toUtf8().size() < Protocol::MaxEventBytes - 2000);
        for (int i = 0; i < 200; ++i) // ≈ 10 MiB in all, above the 8 MiB a request may carry
            edits << Journal::Draft { QStringLiteral("livret.edit"),
                                      user,
                                      { { QStringLiteral("referentiel"), ReferentielId },
                                        { QStringLiteral("version"), 1 },
                                        { QStringLiteral("section"),
                                          QStringLiteral("CP%1").arg(1 + i % 10) },
                                        { QStringLiteral("base"), QJsonValue() },
                                        { QStringLiteral("text"), text + QString::number(i) } } };
        QVERIFY(candidate->journal->append(edits));
        candidate->client->sync();
        QVERIFY2(finished(*candidate->client, &SyncClient::syncFinished),
                 qPrintable(candidate->client->lastError()));
        QCOMPARE(candidate->client->pendingCount(), 0);
        QCOMPARE(SyncClient::acknowledgedSeq(candidate->vault->database()), 200);
    }

    void pushIsIdempotentAndTamperingIsRefused()
    {
        auto tutor = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Tuteur B"), QStringLiteral("tutor")).second);
        const QString tutorId = tutor->client->user();
        m_server->admin({ QStringLiteral("assign"), QStringLiteral("--candidate"), m_candidate,
                          QStringLiteral("--tutor"), tutorId });
        auto appended
            = tutor->journal->append(attest(m_candidate, QStringLiteral("tutor"),
                                            QStringLiteral("CP2"), { QStringLiteral("CP2.1") }));
        QVERIFY(appended);
        const QByteArray canonical = appended->canonical();
        const SigningKey &key = tutor->vault->deviceKey();

        QCOMPARE(pushOne(key, canonical).value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(pushOne(key, canonical).value(QStringLiteral("status")).toString(),
                 QStringLiteral("known"));

        // Altered after signing.
        QByteArray altered = canonical;
        altered.replace("CP2.1", "CP2.2");
        Event next = *appended;
        QCOMPARE(pushOne(key, altered).value(QStringLiteral("status")).toString(),
                 QStringLiteral("rejected"));
        // The same event signed again by a key that is not this user's enrolled device.
        const SigningKey stranger = SigningKey::generate();
        Event resigned = *appended;
        const QByteArray resignedCanonical = resigned.signWith(stranger);
        auto strangerAnswer = request(stranger, "POST", Protocol::Events,
                                      "{\"events\":[" + resignedCanonical + "]}");
        QCOMPARE(strangerAnswer.first, 403);
        const QJsonObject misattributed = pushOne(key, resignedCanonical);
        QCOMPARE(misattributed.value(QStringLiteral("status")).toString(),
                 QStringLiteral("rejected"));
        // A replayed request: the same signed headers and body again.
        auto second
            = tutor->journal->append(attest(m_candidate, QStringLiteral("tutor"),
                                            QStringLiteral("CP3"), { QStringLiteral("CP3.1") }));
        QByteArray header;
        QCOMPARE(
            pushOne(key, second->canonical(), &header).value(QStringLiteral("status")).toString(),
            QStringLiteral("accepted"));
        QCOMPARE(
            pushOne(key, second->canonical(), &header).value(QStringLiteral("status")).toString(),
            QStringLiteral("http 401"));
        // The client, syncing after all this, finds its events acknowledged.
        tutor->client->sync();
        QVERIFY2(finished(*tutor->client, &SyncClient::syncFinished),
                 qPrintable(tutor->client->lastError()));
        QCOMPARE(tutor->client->pendingCount(), 0);
    }

    // Two events of one device at the same seq (a vault restored from a backup): both kept
    // and logged, flagged on the server and on every device that pulls them, neither
    // counting until the admin says which one does.
    void aForkIsKeptFlaggedAndSettledByTheAdmin()
    {
        auto tutor = assignedTutor(QStringLiteral("Tuteur F"));
        auto first
            = tutor->journal->append(attest(m_candidate, QStringLiteral("tutor"),
                                            QStringLiteral("CP1"), { QStringLiteral("CP1.1") }));
        QVERIFY(first);
        const SigningKey &key = tutor->vault->deviceKey();
        QCOMPARE(pushOne(key, first->canonical()).value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
        Event other = *first;
        other.body.insert(QStringLiteral("situation"), QStringLiteral("another situation"));
        const QByteArray otherCanonical = other.signWith(key);
        const QJsonObject forked = pushOne(key, otherCanonical);
        QCOMPARE(forked.value(QStringLiteral("status")).toString(), QStringLiteral("forked"));
        QVERIFY(forked.value(QStringLiteral("index")).toInteger() > 0);
        QCOMPARE(pushOne(key, otherCanonical).value(QStringLiteral("status")).toString(),
                 QStringLiteral("known"));
        // The chain goes on from either event.
        Event next = other;
        next.seq = 2;
        next.prev = Event::idOf(otherCanonical);
        next.body.insert(QStringLiteral("competence"), QStringLiteral("CP2"));
        next.body.insert(QStringLiteral("criteria"), QJsonArray { QStringLiteral("CP2.1") });
        QCOMPARE(pushOne(key, next.signWith(key)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
        const QString device = QString::fromLatin1(toBase64Url(key.publicKey()));
        const QString listed = m_server->admin({ QStringLiteral("forks") });
        QVERIFY2(listed.contains(device) && listed.contains(first->idText())
                     && listed.contains(toIdText(Event::idOf(otherCanonical))),
                 qPrintable(listed));

        // A reader who sees the tutor's events (the admin sees all).
        auto candidate = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Admin F"), QStringLiteral("admin")).second);
        auto marks = [&] {
            QList<qint64> found;
            auto select = candidate->vault->database().prepare(
                "SELECT forked FROM events WHERE author = ? AND seq = 1 ORDER BY position");
            select->bind(1, key.publicKey());
            while (select->next())
                found << select->int64(0);
            return found;
        };
        candidate->client->sync();
        QVERIFY2(finished(*candidate->client, &SyncClient::syncFinished),
                 qPrintable(candidate->client->lastError()));
        QCOMPARE(marks(), (QList<qint64> { 1, 1 }));

        QVERIFY(m_server
                    ->admin({ QStringLiteral("fork"), QStringLiteral("keep"), QStringLiteral("--"),
                              first->idText() })
                    .contains(QStringLiteral("resolved")));
        QVERIFY(
            m_server->admin({ QStringLiteral("forks") }).contains(QStringLiteral("no open fork")));
        candidate->client->sync();
        QVERIFY2(finished(*candidate->client, &SyncClient::syncFinished),
                 qPrintable(candidate->client->lastError()));
        QCOMPARE(marks(), (QList<qint64> { 0, 2 }));
        QVERIFY(candidate->journal->verifyAll()->isEmpty());
    }

    // The device whose event came back "forked" is told so, the admin drops the fork, the
    // device goes on; a twin the policy refuses is held as evidence, and cannot be kept.
    void aDeviceIsToldItsEventIsForkedAndGoesOnAfterTheAdminDropsIt()
    {
        auto tutor = assignedTutor(QStringLiteral("Tuteur G"));
        auto own
            = tutor->journal->append(attest(m_candidate, QStringLiteral("tutor"),
                                            QStringLiteral("CP1"), { QStringLiteral("CP1.1") }));
        QVERIFY(own);
        // Another copy of the vault (a backup restored elsewhere) got there first.
        const SigningKey &key = tutor->vault->deviceKey();
        Event twin = *own;
        twin.body.insert(QStringLiteral("situation"), QStringLiteral("the backup's situation"));
        const QByteArray twinCanonical = twin.signWith(key);
        QCOMPARE(pushOne(key, twinCanonical).value(QStringLiteral("status")).toString(),
                 QLatin1String(Protocol::Accepted));
        auto held = [&](Journal::Fork state) {
            return tutor->client->ownForkedCount(state).value_or(-1);
        };
        QCOMPARE(held(Journal::Fork::Open), 0);

        tutor->client->sync();
        QVERIFY2(finished(*tutor->client, &SyncClient::syncFinished),
                 qPrintable(tutor->client->lastError()));
        QCOMPARE(tutor->client->pendingCount(), 0);
        QCOMPARE(held(Journal::Fork::Open), 1);

        const QString device = QString::fromLatin1(toBase64Url(key.publicKey()));
        QVERIFY(m_server
                    ->adminRefusal({ QStringLiteral("fork"), QStringLiteral("drop"),
                                     QStringLiteral("--"), device, QStringLiteral("2") })
                    .contains(QStringLiteral("no open fork")));
        QVERIFY(m_server
                    ->admin({ QStringLiteral("fork"), QStringLiteral("drop"), QStringLiteral("--"),
                              device, QStringLiteral("1") })
                    .contains(QStringLiteral("resolved")));
        tutor->client->sync();
        QVERIFY2(finished(*tutor->client, &SyncClient::syncFinished),
                 qPrintable(tutor->client->lastError()));
        QCOMPARE(held(Journal::Fork::Open), 0);
        QCOMPARE(held(Journal::Fork::SetAside), 1);

        // The device's next event follows its own: accepted, counted, nothing held back.
        auto next
            = tutor->journal->append(attest(m_candidate, QStringLiteral("tutor"),
                                            QStringLiteral("CP2"), { QStringLiteral("CP2.1") }));
        QVERIFY(next);
        QCOMPARE(next->seq, 2);
        tutor->client->sync();
        QVERIFY2(finished(*tutor->client, &SyncClient::syncFinished),
                 qPrintable(tutor->client->lastError()));
        QCOMPARE(tutor->client->pendingCount(), 0);
        QVERIFY(SyncClient::logIndexes(tutor->vault->database()).contains(next->id()));
        QCOMPARE(held(Journal::Fork::Open), 0);
        QVERIFY(tutor->journal->verifyAll()->isEmpty());

        // A twin of seq 2 the policy refuses (a competence the référentiel lacks): held
        // with its refusal, listed in the fork, and only a logged event may be kept.
        Event refusedTwin = *next;
        refusedTwin.body.insert(QStringLiteral("competence"), QStringLiteral("CP99"));
        refusedTwin.body.insert(QStringLiteral("criteria"),
                                QJsonArray { QStringLiteral("CP99.1") });
        const QByteArray refusedCanonical = refusedTwin.signWith(key);
        QCOMPARE(pushOne(key, refusedCanonical).value(QStringLiteral("status")).toString(),
                 QLatin1String(Protocol::Refused));
        const QString listed = m_server->admin({ QStringLiteral("forks") });
        QVERIFY2(listed.contains(next->idText())
                     && listed.contains(toIdText(Event::idOf(refusedCanonical)))
                     && listed.contains(QStringLiteral("CP99")),
                 qPrintable(listed));
        const QString notKept = m_server->adminRefusal(
            { QStringLiteral("fork"), QStringLiteral("keep"), QStringLiteral("--"),
              toIdText(Event::idOf(refusedCanonical)) });
        QVERIFY2(notKept.contains(QStringLiteral("must be one of the fork's events in the log")),
                 qPrintable(notKept));
        QVERIFY(m_server
                    ->admin({ QStringLiteral("fork"), QStringLiteral("keep"), QStringLiteral("--"),
                              next->idText() })
                    .contains(QStringLiteral("resolved")));
        QVERIFY(
            m_server->admin({ QStringLiteral("forks") }).contains(QStringLiteral("no open fork")));
        QVERIFY(
            m_server->admin({ QStringLiteral("forks"), QStringLiteral("--all") }).contains(device));
        tutor->client->sync();
        QVERIFY2(finished(*tutor->client, &SyncClient::syncFinished),
                 qPrintable(tutor->client->lastError()));
        QCOMPARE(held(Journal::Fork::Open), 0);
        QCOMPARE(held(Journal::Fork::SetAside), 1);
    }

    void rolesAreEnforced()
    {
        auto other = enrolledDevice(*m_server, m_otherTutorCode);
        QVERIFY(other->journal->append(attest(m_candidate, QStringLiteral("tutor"),
                                              QStringLiteral("CP1"), { QStringLiteral("CP1.1") })));
        const QJsonObject unassigned
            = pushOne(other->vault->deviceKey(), other->journal->events()->first().canonical());
        QCOMPARE(unassigned.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QVERIFY(unassigned.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("not assigned")));

        auto self = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Candidat B"), QStringLiteral("candidate")).second);
        auto selfAttest
            = self->journal->append(attest(self->client->user(), QStringLiteral("tutor"),
                                           QStringLiteral("CP1"), { QStringLiteral("CP1.1") }));
        const QJsonObject refused = pushOne(self->vault->deviceKey(), selfAttest->canonical());
        QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        // The refusal holds the event's place: the device's next event is accepted.
        auto fine = self->journal->append(answer(self->client->user(), QStringLiteral("F2.1"), 1));
        QCOMPARE(pushOne(self->vault->deviceKey(), fine->canonical())
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("accepted"));
        // Unknown référentiel ids are refused too.
        auto unknown
            = self->journal->append(answer(self->client->user(), QStringLiteral("F9.9"), 1));
        QVERIFY(pushOne(self->vault->deviceKey(), unknown->canonical())
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("F9.9")));

        // A manager's bilan names blocs of the référentiel, or it is refused.
        auto manager = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Manager B"), QStringLiteral("manager")).second);
        m_server->admin({ QStringLiteral("assign"), QStringLiteral("--candidate"), m_candidate,
                          QStringLiteral("--manager"), manager->client->user() });
        auto bilan = [&](const QStringList &blocs) {
            return manager->journal->append(Journal::Draft {
                QStringLiteral("bilan.record"),
                m_candidate,
                { { QStringLiteral("referentiel"), ReferentielId },
                  { QStringLiteral("version"), 1 },
                  { QStringLiteral("ratings"), QJsonObject { { QStringLiteral("F1.1"), 2 } } },
                  { QStringLiteral("path"), QStringLiteral("epreuves") },
                  { QStringLiteral("blocs"), QJsonArray::fromStringList(blocs) },
                  { QStringLiteral("training_needs"), QStringLiteral("DSN") },
                  { QStringLiteral("next_review"), QStringLiteral("2027-01-15") } } });
        };
        auto wrongBloc = bilan({ QStringLiteral("B1"), QStringLiteral("B9") });
        QVERIFY(wrongBloc);
        const QJsonObject bilanRefused
            = pushOne(manager->vault->deviceKey(), wrongBloc->canonical());
        QCOMPARE(bilanRefused.value(QStringLiteral("status")).toString(),
                 QStringLiteral("refused"));
        QVERIFY(
            bilanRefused.value(QStringLiteral("reason")).toString().contains(QStringLiteral("B9")));
        auto rightBlocs = bilan({ QStringLiteral("B1"), QStringLiteral("B2") });
        QCOMPARE(pushOne(manager->vault->deviceKey(), rightBlocs->canonical())
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("accepted"));

        // A revoked device is turned away.
        const QString key = QString::fromLatin1(toBase64Url(self->vault->deviceKey().publicKey()));
        QVERIFY(m_server
                    ->admin({ QStringLiteral("device"), QStringLiteral("revoke"),
                              QStringLiteral("--"), key })
                    .contains(QStringLiteral("revoked")));
        auto after = self->journal->append(answer(self->client->user(), QStringLiteral("F2.2"), 1));
        QCOMPARE(pushOne(self->vault->deviceKey(), after->canonical())
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("http 403"));
        self->client->sync();
        QVERIFY(!finished(*self->client, &SyncClient::syncFinished));
        QVERIFY(self->client->lastError().contains(QStringLiteral("403")));
    }

    // Withdrawing is the signer's own act: not another's attestation, not one that is not
    // in the log; and no event is dated ahead of the centre's clock.
    void withdrawalsOfWhatIsNotOnesOwnAndFutureDatesAreRefused()
    {
        auto tutor = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Tuteur W"), QStringLiteral("tutor")).second);
        auto manager = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Manager W"), QStringLiteral("manager")).second);
        for (const auto &[role, device] :
             { std::pair { QStringLiteral("--tutor"), tutor.get() },
               std::pair { QStringLiteral("--manager"), manager.get() } })
            QVERIFY(m_server
                        ->admin({ QStringLiteral("assign"), QStringLiteral("--candidate"),
                                  m_candidate, role, device->client->user() })
                        .contains(QStringLiteral("done")));
        auto managers
            = manager->journal->append(attest(m_candidate, QStringLiteral("manager"),
                                              QStringLiteral("CP2"), { QStringLiteral("CP2.1") }));
        QCOMPARE(pushOne(manager->vault->deviceKey(), managers->canonical())
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("accepted"));
        auto revoke = [&](const QString &attestation) {
            auto event = tutor->journal->append(
                { QStringLiteral("carnet.revoke"),
                  m_candidate,
                  { { QStringLiteral("attestation"), attestation },
                    { QStringLiteral("reason"), QStringLiteral("Erreur") } } });
            return pushOne(tutor->vault->deviceKey(), event->canonical());
        };
        const QJsonObject others = revoke(managers->idText());
        QCOMPARE(others.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QVERIFY2(others.value(QStringLiteral("reason"))
                     .toString()
                     .contains(QStringLiteral("only the device that signed")),
                 qPrintable(others.value(QStringLiteral("reason")).toString()));
        const QJsonObject nothing = revoke(QString::fromLatin1(toBase64Url(QByteArray(32, 'x'))));
        QCOMPARE(nothing.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QVERIFY(nothing.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("no attestation")));
        // Its own, in the log: withdrawn.
        auto own
            = tutor->journal->append(attest(m_candidate, QStringLiteral("tutor"),
                                            QStringLiteral("CP2"), { QStringLiteral("CP2.1") }));
        QCOMPARE(pushOne(tutor->vault->deviceKey(), own->canonical())
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(revoke(own->idText()).value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));

        // Dated in year 9999: refused, its place kept; a few minutes of drift: accepted.
        tutor->journal->setClock([] { return QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC); });
        auto future
            = tutor->journal->append(attest(m_candidate, QStringLiteral("tutor"),
                                            QStringLiteral("CP3"), { QStringLiteral("CP3.1") }));
        const QJsonObject ahead = pushOne(tutor->vault->deviceKey(), future->canonical());
        QCOMPARE(ahead.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QVERIFY2(ahead.value(QStringLiteral("reason"))
                     .toString()
                     .contains(QStringLiteral("ahead of the server's clock")),
                 qPrintable(ahead.value(QStringLiteral("reason")).toString()));
        tutor->journal->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(120); });
        auto drift
            = tutor->journal->append(attest(m_candidate, QStringLiteral("tutor"),
                                            QStringLiteral("CP3"), { QStringLiteral("CP3.1") }));
        QCOMPARE(pushOne(tutor->vault->deviceKey(), drift->canonical())
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("accepted"));
    }

    void serverKilledMidPushLosesAndDoublesNothing()
    {
        auto tutor = assignedTutor(QStringLiteral("Tuteur C"));
        QVERIFY(tutor->journal->append(manyAttestations(3000)));
        QCOMPARE(tutor->client->pendingCount(), 3000);

        // Kill the server as soon as the first batch is acknowledged.
        QObject::connect(tutor->client.get(), &SyncClient::stateChanged, tutor->client.get(), [&] {
            if (tutor->client->pendingCount() < 3000)
                m_server->kill();
        });
        tutor->client->sync();
        QVERIFY(!finished(*tutor->client, &SyncClient::syncFinished));
        QObject::disconnect(tutor->client.get(), &SyncClient::stateChanged, nullptr, nullptr);
        const int left = tutor->client->pendingCount();
        QVERIFY2(left > 0 && left < 3000, qPrintable(QString::number(left)));

        QVERIFY(m_server->start());
        tutor->client->sync();
        QVERIFY2(finished(*tutor->client, &SyncClient::syncFinished),
                 qPrintable(tutor->client->lastError()));
        QCOMPARE(tutor->client->pendingCount(), 0);
        QCOMPARE(tutor->client->provenCount(), left); // every event of this sync, proven in the log
        verifyHeldOnceInAGapFreeLog(tutor->vault->deviceKey().publicKey(), 3000);
    }

    // The server killed with SIGKILL at random moments of a push of 5,000 events, 20 times,
    // and started again each time: the syncs that follow leave each event on the server
    // exactly once and the log's indexes gap-free.
    void serverKilledTwentyTimesMidPush()
    {
        auto tutor = assignedTutor(QStringLiteral("Tuteur K"));
        QVERIFY(tutor->journal->append(manyAttestations(5000)));
        QRandomGenerator random(17);
        for (int kill = 0; kill < 20; ++kill) {
            QSignalSpy done(tutor->client.get(), &SyncClient::syncFinished);
            tutor->client->sync();
            QTest::qWait(20 + int(random.bounded(400)));
            m_server->kill();
            const bool ended = !done.isEmpty() || done.wait(60000); // it may have ended first
            QVERIFY(m_server->start());
            QVERIFY(ended);
        }
        const int left = tutor->client->pendingCount();
        QVERIFY2(tutor->sync(), qPrintable(tutor->client->lastError()));
        QCOMPARE(tutor->client->pendingCount(), 0);
        qInfo("%d of 5000 events were still to send after the 20 kills", left);
        verifyHeldOnceInAGapFreeLog(tutor->vault->deviceKey().publicKey(), 5000);
    }

    // The network cut in the middle of the server's answers (a proxy drops each connection
    // after a random number of bytes) while 5,000 events are pushed: once the network is
    // whole again, each event is on the server exactly once and the log is gap-free.
    void networkCutMidAnswerLosesAndDoublesNothing()
    {
        CuttingProxy proxy(quint16(m_server->url().port()), 23);
        auto tutor = enrolledDevice(
            proxy.url(),
            m_server->addUser(QStringLiteral("Tuteur N"), QStringLiteral("tutor")).second);
        QVERIFY(tutor->client->isEnrolled());
        m_server->admin({ QStringLiteral("assign"), QStringLiteral("--candidate"), m_candidate,
                          QStringLiteral("--tutor"), tutor->client->user() });
        QVERIFY(tutor->journal->append(manyAttestations(5000)));
        proxy.cutAfterAtMost(4000);
        for (int attempt = 0; attempt < 200 && proxy.cuts() < 20; ++attempt)
            (void)tutor->sync();
        QVERIFY2(proxy.cuts() >= 20, qPrintable(QString::number(proxy.cuts())));
        proxy.cutAfterAtMost(0);
        QVERIFY2(tutor->sync(), qPrintable(tutor->client->lastError()));
        QCOMPARE(tutor->client->pendingCount(), 0);
        verifyHeldOnceInAGapFreeLog(tutor->vault->deviceKey().publicKey(), 5000);
    }

    // AutoSync's delays cut to a test's scale; `period` between two syncs that went well.
    static AutoSync::Timing quickTiming(std::chrono::milliseconds period)
    {
        AutoSync::Timing timing;
        timing.period = period;
        timing.afterChange = std::chrono::milliseconds(20);
        timing.firstRetry = std::chrono::milliseconds(50);
        timing.longestRetry = std::chrono::milliseconds(400);
        return timing;
    }

    void autoSyncRetriesUntilTheServerIsBack()
    {
        auto tutor = assignedTutor(QStringLiteral("Tuteur D"));
        AutoSync autoSync(*tutor->client, quickTiming(std::chrono::seconds(30)));

        m_server->kill();
        QVERIFY(tutor->journal->append(attest(m_candidate, QStringLiteral("tutor"),
                                              QStringLiteral("CP1"), { QStringLiteral("CP1.1") })));
        autoSync.changed();
        QTRY_VERIFY_WITH_TIMEOUT(autoSync.failures() >= 2, 10000); // tried, failed, tried again
        QCOMPARE(autoSync.isOnline(), false);
        QCOMPARE(tutor->client->pendingCount(), 1);
        QVERIFY(tutor->client->lastError().contains(QStringLiteral("cannot be reached")));

        QVERIFY(m_server->start());
        QTRY_COMPARE_WITH_TIMEOUT(tutor->client->pendingCount(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(autoSync.isOnline(), 5000);
        QCOMPARE(autoSync.failures(), 0);
        QVERIFY(tutor->client->lastError().isEmpty());
    }

    // A device that records nothing still receives: AutoSync syncs on its period, so a
    // tutor's attestation reaches an idle device without anyone pressing "Sync now".
    void autoSyncReceivesOnItsPeriodWithoutALocalChange()
    {
        auto tutor = assignedTutor(QStringLiteral("Tuteur F"));
        auto watcher = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Admin F"), QStringLiteral("admin")).second);
        AutoSync autoSync(*watcher->client, quickTiming(std::chrono::milliseconds(300)));
        autoSync.start();
        QTRY_VERIFY_WITH_TIMEOUT(autoSync.isOnline(), 5000);
        const auto fromTheTutor = [&] {
            auto count = watcher->vault->database().prepare(
                "SELECT count(*) FROM events WHERE author = ?");
            count->bind(1, tutor->vault->deviceKey().publicKey());
            return count->next() ? count->int64(0) : -1;
        };
        QCOMPARE(fromTheTutor(), 0);

        QVERIFY(tutor->journal->append(attest(m_candidate, QStringLiteral("tutor"),
                                              QStringLiteral("CP1"), { QStringLiteral("CP1.1") })));
        tutor->client->sync();
        QVERIFY2(finished(*tutor->client, &SyncClient::syncFinished),
                 qPrintable(tutor->client->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(fromTheTutor(), 1, 5000);
        QCOMPARE(watcher->client->pendingCount(), 0);
        QVERIFY(watcher->client->lastError().isEmpty());
    }

    // Several server processes on one store: every accepted event gets its own index, and
    // the indexes run 0, 1, 2… with no gap and no repeat.
    void twoServersShareOneGapFreeLog()
    {
        Server second(QStringLiteral(JALON_SERVER), m_data.path(),
                      m_postgresDatabase.isEmpty() ? QString() : m_server->database());
        QVERIFY(second.start());
        auto first = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Tuteur E"), QStringLiteral("tutor")).second);
        auto other = enrolledDevice(
            second, m_server->addUser(QStringLiteral("Tuteur F"), QStringLiteral("tutor")).second);
        for (Device *device : { first.get(), other.get() }) {
            m_server->admin({ QStringLiteral("assign"), QStringLiteral("--candidate"), m_candidate,
                              QStringLiteral("--tutor"), device->client->user() });
            QList<Journal::Draft> drafts;
            for (int i = 0; i < 1500; ++i)
                drafts << attest(m_candidate, QStringLiteral("tutor"),
                                 QStringLiteral("CP%1").arg(i % 10 + 1), {});
            QVERIFY(device->journal->append(drafts));
        }
        QSignalSpy firstDone(first->client.get(), &SyncClient::syncFinished);
        QSignalSpy otherDone(other->client.get(), &SyncClient::syncFinished);
        first->client->sync();
        other->client->sync();
        QTRY_VERIFY_WITH_TIMEOUT(firstDone.size() == 1 && otherDone.size() == 1, 60000);
        QVERIFY2(firstDone.first().first().toBool(), qPrintable(first->client->lastError()));
        QVERIFY2(otherDone.first().first().toBool(), qPrintable(other->client->lastError()));

        // An administrator reads the whole log: indexes must be exactly 0 … size-1.
        auto admin = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Admin B"), QStringLiteral("admin")).second);
        qint64 expected = 0;
        qint64 size = -1;
        while (size < 0 || expected < size) {
            const auto [status, page]
                = request(admin->vault->deviceKey(), "GET",
                          QByteArray(Protocol::Events)
                              + "?after=" + QByteArray::number(expected - 1) + "&limit=2000");
            QCOMPARE(status, 200);
            size = page.value(QStringLiteral("size")).toInteger();
            const QJsonArray entries = page.value(QStringLiteral("events")).toArray();
            QVERIFY(!entries.isEmpty());
            for (const QJsonValue &entry : entries)
                QCOMPARE(entry.toObject().value(QStringLiteral("index")).toInteger(), expected++);
        }
        QVERIFY(expected >= 3000);

        // On PostgreSQL, where several processes serve one database, a request replayed to
        // the other process is refused too.
        if (!m_postgresDatabase.isEmpty()) {
            const QByteArray path = QByteArray(Protocol::Events) + "?after=0&limit=1";
            QByteArray header;
            QCOMPARE(request(admin->vault->deviceKey(), "GET", path, {}, &header).first, 200);
            QNetworkRequest replay(second.url().resolved(QUrl::fromEncoded(path)));
            replay.setRawHeader(RequestSignature::Header, header);
            QNetworkReply *reply = m_network.get(replay);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait());
            reply->deleteLater();
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        }
    }

    void cleanupTestCase()
    {
        m_server.reset();
        if (m_postgresDatabase.isEmpty())
            return;
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("e2e-admin"));
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("DROP DATABASE ") + m_postgresDatabase),
                 qPrintable(query.lastError().text()));
    }

    // Text the canonical form keeps as it is (a leading byte-order mark, keys on both sides of
    // the BMP) goes through the server and back to another device, signature intact.
    void unusualButCanonicalTextSyncs()
    {
        auto [candidate, candidateCode]
            = m_server->addUser(QStringLiteral("Candidat U"), QStringLiteral("candidate"));
        auto [manager, managerCode]
            = m_server->addUser(QStringLiteral("Manager U"), QStringLiteral("manager"));
        QVERIFY(m_server
                    ->admin({ QStringLiteral("assign"), QStringLiteral("--candidate"), candidate,
                              QStringLiteral("--manager"), manager })
                    .contains(QStringLiteral("done")));
        auto candidateDevice = enrolledDevice(*m_server, candidateCode);
        auto managerDevice = enrolledDevice(*m_server, managerCode);
        QVERIFY(candidateDevice->journal->append(
            { QStringLiteral("diagnostic.answer"),
              candidate,
              { { QStringLiteral("referentiel"), ReferentielId },
                { QStringLiteral("version"), 1 },
                { QStringLiteral("activity"), QStringLiteral("F1.1") },
                { QStringLiteral("level"), 2 },
                { QStringLiteral("comment"), QStringLiteral("\uFEFFDébut \U0001F600") } } }));
        QVERIFY2(candidateDevice->sync(), qPrintable(candidateDevice->client->lastError()));
        QVERIFY2(managerDevice->sync(), qPrintable(managerDevice->client->lastError()));
        bool found = false;
        const auto received = managerDevice->journal->events();
        QVERIFY(received);
        for (const Event &event : *received)
            found = found
                || event.body.value(QStringLiteral("comment")).toString()
                    == QStringLiteral("\uFEFFDébut \U0001F600");
        QVERIFY(found);
    }

    // Unassigned, a tutor keeps what was visible before and sees nothing new; the proof of
    // an event by its id answers only those who may see it.
    void nothingNewIsReadAfterUnassignment()
    {
        auto [candidate, candidateCode]
            = m_server->addUser(QStringLiteral("Candidat V"), QStringLiteral("candidate"));
        auto [tutor, tutorCode]
            = m_server->addUser(QStringLiteral("Tuteur V"), QStringLiteral("tutor"));
        QVERIFY(m_server
                    ->admin({ QStringLiteral("assign"), QStringLiteral("--candidate"), candidate,
                              QStringLiteral("--tutor"), tutor })
                    .contains(QStringLiteral("done")));
        auto candidateDevice = enrolledDevice(*m_server, candidateCode);
        auto tutorDevice = enrolledDevice(*m_server, tutorCode);
        auto stranger = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Tuteur X"), QStringLiteral("tutor")).second);
        auto edit = [&](const QString &text) {
            return candidateDevice->journal->append(
                { QStringLiteral("livret.edit"),
                  candidate,
                  { { QStringLiteral("referentiel"), ReferentielId },
                    { QStringLiteral("version"), 1 },
                    { QStringLiteral("section"), QStringLiteral("B1") },
                    { QStringLiteral("base"), QJsonValue() },
                    { QStringLiteral("text"), text } } });
        };
        auto before = edit(QStringLiteral("Avant"));
        QVERIFY(candidateDevice->sync());
        QVERIFY(tutorDevice->sync());
        QVERIFY(m_server
                    ->admin({ QStringLiteral("unassign"), QStringLiteral("--candidate"), candidate,
                              QStringLiteral("--tutor"), tutor })
                    .contains(QStringLiteral("done")));
        auto after = edit(QStringLiteral("Après"));
        QVERIFY(candidateDevice->sync());
        QVERIFY(tutorDevice->sync());
        QStringList texts;
        const auto received = tutorDevice->journal->events();
        QVERIFY(received);
        for (const Event &event : *received) {
            if (event.kind == QLatin1String("livret.edit"))
                texts << event.body.value(QStringLiteral("text")).toString();
        }
        QCOMPARE(texts, QStringList { QStringLiteral("Avant") });
        auto proofOf = [&](Device &device, const Event &event) {
            return request(device.vault->deviceKey(), "GET",
                           QByteArray(Protocol::Proof) + event.idText().toLatin1())
                .first;
        };
        QCOMPARE(proofOf(*tutorDevice, *before), 200);
        QCOMPARE(proofOf(*tutorDevice, *after), 404);
        QCOMPARE(proofOf(*stranger, *before), 404);
        QCOMPARE(proofOf(*candidateDevice, *after), 200);
    }

    // A refusal never stops a device's outbox: the refused event keeps its place in the
    // device's chain (the next names it as prev), its reason is kept, and what follows goes.
    void aRefusalNeverStopsTheOutbox()
    {
        auto [candidate, candidateCode]
            = m_server->addUser(QStringLiteral("Candidat O"), QStringLiteral("candidate"));
        auto [tutor, tutorCode]
            = m_server->addUser(QStringLiteral("Tuteur O"), QStringLiteral("tutor"));
        QVERIFY(m_server
                    ->admin({ QStringLiteral("assign"), QStringLiteral("--candidate"), candidate,
                              QStringLiteral("--tutor"), tutor })
                    .contains(QStringLiteral("done")));
        auto device = enrolledDevice(*m_server, tutorCode);
        auto wrong
            = device->journal->append(attest(candidate, QStringLiteral("tutor"),
                                             QStringLiteral("CP99"), { QStringLiteral("CP99.1") }));
        auto corrected
            = device->journal->append(attest(candidate, QStringLiteral("tutor"),
                                             QStringLiteral("CP1"), { QStringLiteral("CP1.1") }));
        QVERIFY(wrong && corrected);
        QCOMPARE(corrected->prev, wrong->id());
        QVERIFY2(device->sync(), qPrintable(device->client->lastError()));
        QCOMPARE(device->client->pendingCount(), 0);
        QCOMPARE(device->client->provenCount(), 1); // the corrected one, in the log
        const QHash<QByteArray, QString> refusals = SyncClient::refusals(device->vault->database());
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.value(wrong->id()).contains(QStringLiteral("CP99")),
                 qPrintable(refusals.value(wrong->id())));
        // Once more: nothing is sent again, nothing changes.
        QVERIFY(device->sync());
        QCOMPARE(SyncClient::refusals(device->vault->database()).size(), 1);
    }

    // A request captured before a restart is not accepted again after it.
    void aReplayedRequestIsRefusedAfterARestart()
    {
        auto device = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Candidat R"), QStringLiteral("candidate")).second);
        const SigningKey &key = device->vault->deviceKey();
        QByteArray header;
        const QByteArray path = QByteArray(Protocol::Events) + "?after=-1";
        QCOMPARE(request(key, "GET", path, {}, &header).first, 200);
        m_server->kill();
        QVERIFY(m_server->start());
        const auto replayed = request(key, "GET", path, {}, &header);
        QCOMPARE(replayed.first, 401);
        QVERIFY(replayed.second.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("replay")));
        QCOMPARE(request(key, "GET", path).first, 200); // signed anew: served
    }

    // A good signature by a key no one enrolled reads nothing; the public log stays public.
    void keysNoOneEnrolledReadNothing()
    {
        const SigningKey stranger = SigningKey::generate();
        for (const QByteArray &path :
             { QByteArray(Protocol::Referentiels), QByteArray(Protocol::Events) + "?after=-1",
               QByteArray(Protocol::Proof) + toBase64Url(QByteArray(32, 'x')) }) {
            const auto answer = request(stranger, "GET", path);
            QCOMPARE(answer.first, 403);
            QVERIFY(answer.second.value(QStringLiteral("error"))
                        .toString()
                        .contains(QStringLiteral("not enrolled")));
        }
        QNetworkReply *reply = m_network.get(
            QNetworkRequest(m_server->url().resolved(QUrl(QLatin1String(Protocol::Checkpoint)))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    // The query as another client spells it (%2D for "-"), signed as sent, on a raw socket.
    void aPercentEncodedQueryIsSignedAsSent()
    {
        auto device = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Candidat P"), QStringLiteral("candidate")).second);
        const QByteArray target = QByteArray(Protocol::Events) + "?after=%2D1&limit=%35";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                     + RequestSignature::Header + ": "
                     + RequestSignature::header(device->vault->deviceKey(), "GET", target, {},
                                                QDateTime::currentDateTimeUtc())
                     + "\r\n\r\n");
        QByteArray response;
        while (socket.waitForReadyRead(5000))
            response += socket.readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 200"), response.left(300).constData());
    }

    // A client that announces more than it may send, trickles, or holds many connections
    // does not hold the server: 413 at once, 408 once the request is too slow, 503 past the
    // connections one address may hold, and another client is served all along.
    void slowAndLyingClientsDoNotHoldTheServer()
    {
        QTemporaryDir data;
        Server server(QStringLiteral(JALON_SERVER), data.path());
        QVERIFY(
            server.start({ QStringLiteral("--idle-timeout"), QStringLiteral("2"),
                           QStringLiteral("--connections-per-address"), QStringLiteral("20") }));
        const quint16 port = quint16(server.url().port());
        auto open
            = [&](const QByteArray &sent, const QHostAddress &from = QHostAddress::LocalHost) {
                  auto socket = std::make_unique<QTcpSocket>();
                  if (from != QHostAddress::LocalHost)
                      socket->bind(from);
                  socket->connectToHost(QHostAddress::LocalHost, port);
                  socket->waitForConnected(5000);
                  socket->write(sent);
                  socket->flush();
                  return socket;
              };
        auto answer = [](QTcpSocket &socket, int milliseconds) {
            QByteArray response;
            QElapsedTimer clock;
            clock.start();
            while (!response.contains("\r\n\r\n") && clock.elapsed() < milliseconds
                   && socket.state() != QAbstractSocket::UnconnectedState) {
                socket.waitForReadyRead(100);
                response += socket.readAll();
            }
            return response + socket.readAll();
        };
        auto healthy = [&] {
            auto client
                = open("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            return answer(*client, 2000).startsWith("HTTP/1.1 200");
        };

        QElapsedTimer clock;
        clock.start();
        auto lying = open("POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                          "104857600\r\n\r\n0123456789");
        const QByteArray tooLarge = answer(*lying, 5000);
        QVERIFY2(tooLarge.startsWith("HTTP/1.1 413"), tooLarge.constData());
        QVERIFY(clock.elapsed() < 1500);

        // A large body from no one enrolled, or a chunked one past the limit: refused before
        // the server holds it.
        auto unknown = open(
            "POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4000000\r\n\r\n{");
        const QByteArray unsignedLarge = answer(*unknown, 5000);
        QVERIFY2(unsignedLarge.startsWith("HTTP/1.1 401"), unsignedLarge.constData());
        auto device = enrolledDevice(
            server,
            server.addUser(QStringLiteral("Candidat L"), QStringLiteral("candidate")).second);
        const QByteArray signature
            = RequestSignature::header(device->vault->deviceKey(), "POST", Protocol::Events, {},
                                       QDateTime::currentDateTimeUtc());
        auto chunked = open("POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: "
                            "chunked\r\nAuthorization: "
                            + signature + "\r\n\r\n");
        const QByteArray chunk = "100000\r\n" + QByteArray(0x100000, 'x') + "\r\n";
        for (int i = 0; i < 10 && chunked->state() == QAbstractSocket::ConnectedState; ++i) {
            chunked->write(chunk);
            chunked->waitForBytesWritten(2000);
        }
        const QByteArray chunkedLarge = answer(*chunked, 5000);
        QVERIFY2(chunkedLarge.startsWith("HTTP/1.1 413"), chunkedLarge.left(200).constData());

        auto trickling = open("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QVERIFY(healthy()); // served while the other one trickles
        const QByteArray slow = answer(*trickling, 8000);
        QVERIFY2(slow.startsWith("HTTP/1.1 408"), slow.constData());

        // Another address of the loopback holds many half-sent requests.
        std::vector<std::unique_ptr<QTcpSocket>> crowd;
        for (int i = 0; i < 30; ++i)
            crowd.push_back(open("GET /heal", QHostAddress(QStringLiteral("127.0.0.2"))));
        const QByteArray turnedAway = answer(*crowd.back(), 2000);
        QVERIFY2(turnedAway.startsWith("HTTP/1.1 503"), turnedAway.constData());
        QVERIFY(healthy());
        QTest::qWait(3500); // past the idle timeout: the server closed the crowd's connections
        int closed = 0;
        for (auto &socket : crowd) {
            socket->waitForReadyRead(10);
            closed += socket->state() == QAbstractSocket::UnconnectedState
                || !socket->readAll().isEmpty();
        }
        QCOMPARE(closed, 30);
        QVERIFY(healthy());
    }

    void malformedRequestsGetClearAnswers()
    {
        const SigningKey key = SigningKey::generate();
        QCOMPARE(request(key, "GET", "/healthz").first, 200);
        QNetworkRequest unsignedRequest(
            m_server->url().resolved(QUrl(QStringLiteral("/v1/events?after=0"))));
        QNetworkReply *reply = m_network.get(unsignedRequest);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();
        auto deep
            = request(key, "POST", Protocol::Events, QByteArray(100, '[') + QByteArray(100, ']'));
        QCOMPARE(deep.first, 400);
        QVERIFY(deep.second.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("nested")));

        // The limits, each with its own answer, for an enrolled device.
        auto device = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Candidat C"), QStringLiteral("candidate")).second);
        const SigningKey &enrolled = device->vault->deviceKey();
        auto huge = request(enrolled, "POST", Protocol::Events,
                            "{\"events\":[],\"pad\":\"" + QByteArray(Protocol::MaxBodyBytes, 'x')
                                + "\"}");
        QCOMPARE(huge.first, 413);
        QByteArray many = "{\"events\":[";
        for (int i = 0; i <= Protocol::MaxBatch; ++i)
            many += i ? ",{}" : "{}";
        auto tooMany = request(enrolled, "POST", Protocol::Events, many + "]}");
        QCOMPARE(tooMany.first, 413);
        QVERIFY(tooMany.second.value(QStringLiteral("error"))
                    .toString()
                    .contains(QString::number(Protocol::MaxBatch)));
        auto big
            = device->journal->append(answer(device->client->user(), QStringLiteral("F1.1"), 1));
        QByteArray bigEvent = big->canonical();
        bigEvent.insert(bigEvent.indexOf("\"level\""),
                        "\"comment\":\"" + QByteArray(Protocol::MaxEventBytes, 'y') + "\",");
        auto tooBig
            = request(enrolled, "POST", Protocol::Events, "{\"events\":[" + bigEvent + "]}");
        QCOMPARE(tooBig.first, 413);
        auto notJson = request(enrolled, "POST", Protocol::Events, "{\"events\": [");
        QCOMPARE(notJson.first, 400);
        auto badQuery = request(enrolled, "GET", QByteArray(Protocol::Events) + "?after=abc");
        QCOMPARE(badQuery.first, 400);
        auto enrollBad = request(key, "POST", Protocol::Enroll, R"({"code":"AAAA","device":"x"})");
        QCOMPARE(enrollBad.first, 400);
        QVERIFY(!enrollBad.second.value(QStringLiteral("error")).toString().isEmpty());
        const QString code
            = m_server->addUser(QStringLiteral("Candidat D"), QStringLiteral("candidate")).second;
        QVERIFY(enrolledDevice(*m_server, code)->client->isEnrolled());
        auto reused = request(
            key, "POST", Protocol::Enroll,
            QJsonDocument(QJsonObject { { QStringLiteral("code"), code },
                                        { QStringLiteral("device"),
                                          QString::fromLatin1(toBase64Url(key.publicKey())) } })
                .toJson(QJsonDocument::Compact));
        QCOMPARE(reused.first, 403); // a code enrolls one device, once
    }

    // One jalon.http line per request, with the signing device's fingerprint; no code, no
    // signature, no body.
    void theServerLogsEachRequestAndNoSecret()
    {
        QVERIFY2(!qEnvironmentVariableIsSet("JALON_SERVER_LOG"),
                 "this case reads the server's log: unset JALON_SERVER_LOG");
        const auto [id, code]
            = m_server->addUser(QStringLiteral("Candidat L"), QStringLiteral("candidate"));
        auto device = enrolledDevice(*m_server, code);
        QVERIFY(device->client->isEnrolled());
        QVERIFY(device->journal->append(answer(id, QStringLiteral("F1.1"), 2)));
        QVERIFY2(device->sync(), qPrintable(device->client->lastError()));
        QTRY_VERIFY(m_server->log().contains("jalon.http: POST /v1/events 200"));
        const QByteArray log = m_server->log();
        const QByteArray fingerprint
            = fingerprintOf(device->vault->deviceKey().publicKey()).toLatin1();
        QVERIFY(log.contains("jalon.http: POST /v1/enroll 200"));
        QVERIFY(log.contains(" ms device " + fingerprint));
        QVERIFY(log.contains("jalon.http: GET /v1/events?after="));
        QVERIFY(!log.contains(code.toLatin1()));
        QVERIFY(!log.contains("sig="));
        QVERIFY(!log.contains("diagnostic.answer"));
    }

    // One device past its allowance of requests gets 429 with when to come back; another
    // device is served all along; the first is served again once it waited.
    void aDeviceThatAsksTooOftenIsToldToWait()
    {
        m_server->kill();
        QVERIFY(m_server->start({ QStringLiteral("--requests-per-minute"), QStringLiteral("20") }));
        auto busy = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Candidat T"), QStringLiteral("candidate")).second);
        auto other = enrolledDevice(
            *m_server,
            m_server->addUser(QStringLiteral("Candidat U"), QStringLiteral("candidate")).second);
        const QByteArray path = QByteArray(Protocol::Events) + "?after=-1";
        auto get = [&](const SigningKey &key) {
            QByteArray retryAfter;
            const auto [status, answer] = request(key, "GET", path, {}, nullptr, &retryAfter);
            return std::tuple { status, retryAfter.toInt(), answer };
        };
        int served = 0;
        int waitFor = 0;
        QString said;
        for (int i = 0; i < 30 && waitFor == 0; ++i) {
            const auto [status, retryAfter, answer] = get(busy->vault->deviceKey());
            if (status == 200) {
                ++served;
            } else {
                QCOMPARE(status, 429);
                waitFor = retryAfter;
                said = answer.value(QStringLiteral("error")).toString();
            }
        }
        // Enrollment and the syncs above took some of the 20.
        QVERIFY2(served >= 15 && served <= 21, qPrintable(QString::number(served)));
        QVERIFY2(waitFor >= 1 && waitFor <= 3, qPrintable(QString::number(waitFor)));
        QVERIFY2(said.contains(QStringLiteral("too many requests")), qPrintable(said));
        QCOMPARE(std::get<0>(get(other->vault->deviceKey())), 200);
        QTest::qWait(waitFor * 1000 + 100);
        QCOMPARE(std::get<0>(get(busy->vault->deviceKey())), 200);
        m_server->kill();
        QVERIFY(m_server->start());
    }

    // A database password on the command line is refused before anything is opened, with
    // where to put it instead, and is not echoed.
    void noDatabasePasswordOnTheCommandLine()
    {
        QTemporaryDir data;
        QProcess server;
        server.start(QStringLiteral(JALON_SERVER),
                     { QStringLiteral("info"), QStringLiteral("--data"), data.path(),
                       QStringLiteral("--database"),
                       QStringLiteral("postgresql://jalon:s3cr3t-word@127.0.0.1:5432/jalon") });
        QVERIFY(server.waitForFinished(30000));
        QVERIFY(server.exitCode() != 0);
        const QString said = QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("PGPASSFILE"))
                     && said.contains(QStringLiteral("postgresql://jalon@127.0.0.1:5432/jalon")),
                 qPrintable(said));
        QVERIFY(!said.contains(QStringLiteral("s3cr3t-word")));
        QVERIFY2(QDir(data.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty(),
                 "the server made files before refusing");
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
