// SPDX-License-Identifier: GPL-3.0-or-later
// jalon-server when its database fails. Every statement an enrollment, a push, a pull or
// the checkpoint runs is failed in turn (ServerStore::failStatement), over real HTTP on
// loopback: each failure answers 503 and changes nothing in the database, and the same
// request, signed again, is then served as if nothing had happened.
#include "checkpointer.h"
#include "crypto/base64url.h"
#include "crypto/signingkey.h"
#include "httpfront.h"
#include "journal/event.h"
#include "journal/eventkinds.h"
#include "referentiel/referentielcatalog.h"
#include "serverstore.h"
#include "sync/protocol.h"
#include "sync/requestsignature.h"
#include "syncservice.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace jalon;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A centre of its own: a store in a fresh folder, served on a loopback port, with a
// candidate and the tutor assigned to them.
struct Centre
{
    QTemporaryDir dir;
    std::unique_ptr<ServerStore> store;
    std::unique_ptr<SyncService> service;
    std::unique_ptr<Checkpointer> checkpoints;
    std::unique_ptr<HttpFront> front;
    quint16 port = 0;
    Referentiel referentiel; ///< the candidate's
    QString candidate;
    QString candidateCode;
    QString tutorCode;
};

std::unique_ptr<Centre> openCentre()
{
    auto centre = std::make_unique<Centre>();
    auto store = ServerStore::openSqlite(centre->dir.path());
    auto catalog = ReferentielCatalog::bundled();
    if (!store || !catalog)
        qFatal("cannot open the centre");
    centre->store = std::move(*store);
    centre->referentiel = catalog->all().first();
    centre->service = std::make_unique<SyncService>(*centre->store, SigningKey::generate(),
                                                    std::move(*catalog));
    auto candidate = centre->service->addUser(QStringLiteral("Camille Martin"),
                                              QStringLiteral("candidate"), centre->referentiel.id);
    auto tutor = centre->service->addUser(QStringLiteral("Paul Durand"), QStringLiteral("tutor"));
    if (!candidate || !tutor
        || !centre->service->assign(candidate->id, tutor->id, QStringLiteral("tutor")))
        qFatal("cannot set the centre up");
    centre->candidate = candidate->id;
    centre->candidateCode = candidate->code;
    centre->tutorCode = tutor->code;
    centre->checkpoints
        = std::make_unique<Checkpointer>(*centre->service, QList<Checkpointer::WitnessEndpoint>());
    centre->front = std::make_unique<HttpFront>(*centre->service, *centre->checkpoints);
    centre->front->shareReplayCache(*centre->store);
    centre->port = centre->front->listen(QHostAddress::LocalHost, 0);
    if (centre->port == 0)
        qFatal("cannot listen on loopback");
    return centre;
}

// Every row of every table but the request nonces (each request adds one, by design),
// read through a connection of the test's own.
QStringList contents(const Centre &centre)
{
    QStringList rows;
    const QString name = QStringLiteral("contents");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(centre.dir.filePath(QStringLiteral("server.db")));
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        for (const QString &table : db.tables()) {
            if (table == QLatin1String("request_nonces"))
                continue;
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
                qFatal("%s", qPrintable(query.lastError().text()));
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << query.value(i).toString();
                rows << table + QLatin1Char(':') + values.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

class Client
{
public:
    explicit Client(quint16 port)
        : m_base(QStringLiteral("http://127.0.0.1:%1").arg(port))
    {
    }

    // Signed by `key` when one is given, as each attempt of a real device is.
    Reply send(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
               const SigningKey *key = nullptr)
    {
        QNetworkRequest request(QUrl(m_base + QString::fromLatin1(target)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (key)
            request.setRawHeader(RequestSignature::Header,
                                 RequestSignature::header(*key, method, target, body,
                                                          QDateTime::currentDateTimeUtc()));
        QNetworkReply *reply
            = method == "POST" ? m_network.post(request, body) : m_network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                       reply->readAll() };
        reply->deleteLater();
        return answer;
    }

    Reply enroll(const QString &code, const SigningKey &device)
    {
        const QJsonObject body { { QStringLiteral("code"), code },
                                 { QStringLiteral("device"),
                                   QString::fromLatin1(toBase64Url(device.publicKey())) } };
        return send("POST", Protocol::Enroll, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

private:
    QString m_base;
    QNetworkAccessManager m_network;
};

// The candidate's first `count` answers to the auto-diagnostic, as one push body.
QByteArray diagnosticPush(const Centre &centre, const SigningKey &device, int count)
{
    const Referentiel &ref = centre.referentiel;
    QJsonArray events;
    QByteArray prev;
    qint64 seq = 0;
    for (const Function &function : ref.functions) {
        for (const Activity &activity : function.activities) {
            if (seq == count)
                break;
            Event event;
            event.seq = ++seq;
            event.prev = prev;
            event.at = QDateTime::currentDateTimeUtc();
            event.kind = QLatin1String(EventKinds::DiagnosticAnswer);
            event.subject = centre.candidate;
            event.body = { { QStringLiteral("referentiel"), ref.id },
                           { QStringLiteral("version"), ref.version },
                           { QStringLiteral("activity"), activity.id },
                           { QStringLiteral("level"), 1 } };
            const QByteArray canonical = event.signWith(device);
            prev = Event::idOf(canonical);
            events.append(QJsonDocument::fromJson(canonical).object());
        }
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("events"), events } })
        .toJson(QJsonDocument::Compact);
}

QStringList statuses(const Reply &reply)
{
    QStringList list;
    for (const QJsonValue &result : reply.json().value(QStringLiteral("results")).toArray())
        list << result.toObject().value(QStringLiteral("status")).toString();
    return list;
}

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

    // Fails statement 1, 2, 3… of `request` until it runs out of statements. Each failure
    // must answer 503, leave the database as it was, and let `retry` succeed after it.
    // Returns how many statements were failed.
    int failEachStatement(const std::function<Centre &()> &prepare,
                          const std::function<Reply(Centre &)> &request,
                          const std::function<void(Centre &)> &retry)
    {
        for (int n = 1;; ++n) {
            Centre *centre = &prepare();
            const QStringList before = contents(*centre);
            centre->store->failStatement(n);
            const Reply failed = request(*centre);
            if (centre->store->faultArmed()) {
                centre->store->failStatement(0);
                return n - 1;
            }
            if (failed.status != 503)
                qWarning("statement %d: %d %s", n, failed.status, failed.body.constData());
            [&] {
                QCOMPARE(failed.status, 503);
                QVERIFY(failed.json()
                            .value(QStringLiteral("error"))
                            .toString()
                            .contains(QLatin1String("the database did not answer")));
                QVERIFY(!failed.json().contains(QStringLiteral("last")));
                QCOMPARE(contents(*centre), before);
            }();
            if (QTest::currentTestFailed()) {
                qWarning("when statement %d failed", n);
                return n;
            }
            retry(*centre);
            if (QTest::currentTestFailed()) {
                qWarning("retrying after statement %d failed", n);
                return n;
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("jalon.http.info=false"));
    }

    void anEnrollmentThatFailsUsesNoCode()
    {
        const SigningKey device = SigningKey::generate();
        std::unique_ptr<Centre> centre;
        const int failed = failEachStatement(
            [&]() -> Centre & { return *(centre = openCentre()); },
            [&](Centre &centre) {
                return Client(centre.port).enroll(centre.candidateCode, device);
            },
            [&](Centre &centre) {
                const Reply enrolled = Client(centre.port).enroll(centre.candidateCode, device);
                QCOMPARE(enrolled.status, 200);
                QCOMPARE(enrolled.json().value(QStringLiteral("user")).toString(),
                         centre.candidate);
                QCOMPARE(enrolled.json().value(QStringLiteral("role")).toString(),
                         QStringLiteral("candidate"));
            });
        QVERIFY(failed >= 5);
    }

    void aPushThatFailsKeepsNothingAndIsSentAgain()
    {
        const SigningKey device = SigningKey::generate();
        std::unique_ptr<Centre> centre;
        auto prepare = [&]() -> Centre & {
            centre = openCentre();
            if (Client(centre->port).enroll(centre->candidateCode, device).status != 200)
                qFatal("cannot enroll");
            return *centre;
        };
        const int failed = failEachStatement(
            prepare,
            [&](Centre &centre) {
                return Client(centre.port)
                    .send("POST", Protocol::Events, diagnosticPush(centre, device, 3), &device);
            },
            [&](Centre &centre) {
                const qint64 size = centre.store->size().value_or(-1);
                const QByteArray body = diagnosticPush(centre, device, 3);
                Client client(centre.port);
                const Reply pushed = client.send("POST", Protocol::Events, body, &device);
                QCOMPARE(pushed.status, 200);
                QCOMPARE(statuses(pushed), QStringList(3, QLatin1String(Protocol::Accepted)));
                QCOMPARE(centre.store->size().value_or(-1), size + 3);
                // Sent once more, each is known: every event is in the log exactly once.
                const Reply again = client.send("POST", Protocol::Events, body, &device);
                QCOMPARE(statuses(again), QStringList(3, QLatin1String(Protocol::Known)));
                QCOMPARE(centre.store->size().value_or(-1), size + 3);
            });
        QVERIFY(failed >= 10);
    }

    void aPullThatFailsMovesNoCursor_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("the whole log (the answer covers the log)") << int(Protocol::MaxPull);
        QTest::newRow("part of it") << 2;
    }

    void aPullThatFailsMovesNoCursor()
    {
        QFETCH(int, limit);
        const SigningKey candidateDevice = SigningKey::generate();
        const SigningKey tutorDevice = SigningKey::generate();
        auto centre = openCentre();
        Client client(centre->port);
        QCOMPARE(client.enroll(centre->candidateCode, candidateDevice).status, 200);
        QCOMPARE(client.enroll(centre->tutorCode, tutorDevice).status, 200);
        QCOMPARE(client
                     .send("POST", Protocol::Events, diagnosticPush(*centre, candidateDevice, 3),
                           &candidateDevice)
                     .status,
                 200);
        const QByteArray target
            = QByteArray(Protocol::Events) + "?after=-1&limit=" + QByteArray::number(limit);
        const Reply expected = client.send("GET", target, {}, &tutorDevice);
        QCOMPARE(expected.status, 200);
        QVERIFY(expected.json().value(QStringLiteral("events")).toArray().size() >= 2);
        // One centre for every step: a pull writes nothing but its nonce.
        const int failed = failEachStatement(
            [&]() -> Centre & { return *centre; },
            [&](Centre &at) { return Client(at.port).send("GET", target, {}, &tutorDevice); },
            [&](Centre &at) {
                const Reply served = Client(at.port).send("GET", target, {}, &tutorDevice);
                QCOMPARE(served.status, 200);
                QCOMPARE(served.body, expected.body);
            });
        QVERIFY(failed >= 3);
    }

    void theCheckpointAnswers503WhenTheLogCannotBeRead()
    {
        auto centre = openCentre();
        Client client(centre->port);
        const Reply expected = client.send("GET", Protocol::Checkpoint);
        QCOMPARE(expected.status, 200);
        centre->store->failStatement(1);
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("answered 503, the store failed: .*injected fault")));
        const Reply failed = client.send("GET", Protocol::Checkpoint);
        QVERIFY(!centre->store->faultArmed());
        QCOMPARE(failed.status, 503);
        QCOMPARE(client.send("GET", Protocol::Checkpoint).body, expected.body);
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
