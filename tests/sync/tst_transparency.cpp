// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence a jury can check offline, end to end against real jalon-server and witness
// processes: the public checkpoint and proofs, a device that refuses a rolled-back or
// forked log, witnesses that cosign and refuse, and the jury bundle with its verifier.
#include "crypto/sha256.h"
#include "crypto/signingkey.h"
#include "jcs/canonicaljson.h"
#include "journal/journal.h"
#include "serverprocess.h"
#include "sync/checkpoint.h"
#include "sync/dossier/dossierexporter.h"
#include "sync/dossier/dossierverifier.h"
#include "sync/merkletree.h"
#include "sync/protocol.h"
#include "sync/syncclient.h"
#include "syncdevice.h"
#include "vault/sqlitedatabase.h"
#include "vault/vault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jalon;
using jalon::test::Server;
using jalon::test::WitnessProcess;
using namespace jalon::test;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

Reply fetch(QNetworkAccessManager &network, const QUrl &url, const QByteArray &post = {},
            bool isPost = false)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = isPost ? network.post(request, post) : network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(30000);
    reply->deleteLater();
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
             reply->header(QNetworkRequest::ContentTypeHeader).toByteArray() };
}

QList<QByteArray> hashes(const QJsonValue &list)
{
    QList<QByteArray> result;
    for (const QJsonValue &hash : list.toArray())
        result << QByteArray::fromBase64(hash.toString().toLatin1());
    return result;
}

// A copy of a server's data folder, to roll it back to later.
void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(to).entryList(QDir::Files))
        QFile::remove(QDir(to).filePath(name));
    for (const QString &name : QDir(from).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
}

int conflicts(Device &device)
{
    return SyncClient::logConflictCount(device.vault->database());
}

} // namespace

class TestTransparency : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    std::pair<QString, QString> user(Server &server, const QString &name, const QString &role)
    {
        return server.addUser(name, role);
    }

    bool assign(Server &server, const QString &candidate, const QString &role, const QString &user,
                bool undo = false)
    {
        return server
            .admin({ undo ? QStringLiteral("unassign") : QStringLiteral("assign"),
                     QStringLiteral("--candidate"), candidate, QStringLiteral("--") + role, user })
            .contains(QStringLiteral("done"));
    }

private Q_SLOTS:
    void checkpointAndProofsArePublicAndContentsAreNot()
    {
        QTemporaryDir data;
        Server server(QStringLiteral(JALON_SERVER), data.path());
        for (int i = 0; i < 6; ++i)
            user(server, QStringLiteral("Personne %1").arg(i), QStringLiteral("tutor"));
        const auto logKey = NoteKey::fromVkey(server.logKey());
        QVERIFY2(logKey,
                 qPrintable(server.logKey() + (logKey ? QString() : logKey.error().message())));
        QVERIFY(server.start());

        const Reply note
            = fetch(m_network, server.url().resolved(QUrl(QLatin1String(Protocol::Checkpoint))));
        QCOMPARE(note.status, 200);
        QVERIFY(note.contentType.startsWith("text/plain"));
        const auto checkpoint = CheckpointPolicy { *logKey, {}, 0 }.open(note.body);
        QVERIFY2(checkpoint, qPrintable(checkpoint ? QString() : checkpoint.error().message()));
        QCOMPARE(checkpoint->size, 6);
        QVERIFY(note.body.startsWith(logKey->name.toUtf8() + "\n6\n"));

        for (qint64 index = 0; index < checkpoint->size; ++index) {
            const Reply proof
                = fetch(m_network,
                        server.url().resolved(QUrl(
                            QStringLiteral("/v1/proof/inclusion?index=%1&size=6").arg(index))));
            QCOMPARE(proof.status, 200);
            const QByteArray leaf = QByteArray::fromBase64(
                proof.json().value(QStringLiteral("leaf_hash")).toString().toLatin1());
            QVERIFY(MerkleTree::verifyInclusion(
                leaf, index, 6, hashes(proof.json().value(QStringLiteral("inclusion"))),
                checkpoint->root));
            QVERIFY(!proof.body.contains("\"event\"") && !proof.body.contains("Personne"));
        }
        // The checkpoint of size 3, rebuilt from the public leaves, is extended by the one of 6.
        QList<QByteArray> leaves;
        for (qint64 index = 0; index < 3; ++index)
            leaves << QByteArray::fromBase64(
                fetch(m_network,
                      server.url().resolved(
                          QUrl(QStringLiteral("/v1/proof/inclusion?index=%1&size=6").arg(index))))
                    .json()
                    .value(QStringLiteral("leaf_hash"))
                    .toString()
                    .toLatin1());
        const Reply consistency = fetch(
            m_network,
            server.url().resolved(QUrl(QStringLiteral("/v1/proof/consistency?from=3&to=6"))));
        QCOMPARE(consistency.status, 200);
        QVERIFY(MerkleTree::verifyConsistency(
            3, 6, MerkleTree::root(leaves), checkpoint->root,
            hashes(consistency.json().value(QStringLiteral("consistency")))));
        // Many proofs in one request.
        const Reply batch
            = fetch(m_network, server.url().resolved(QUrl(QLatin1String(Protocol::InclusionProof))),
                    "{\"size\":6,\"indexes\":[0,5]}", true);
        QCOMPARE(batch.status, 200);
        QCOMPARE(batch.json().value(QStringLiteral("proofs")).toArray().size(), 2);

        // Wrong questions get clear answers; contents stay behind signed requests.
        QCOMPARE(
            fetch(m_network,
                  server.url().resolved(QUrl(QStringLiteral("/v1/proof/inclusion?index=6&size=6"))))
                .status,
            400);
        QCOMPARE(
            fetch(m_network,
                  server.url().resolved(QUrl(QStringLiteral("/v1/proof/consistency?from=4&to=3"))))
                .status,
            400);
        QCOMPARE(fetch(m_network,
                       server.url().resolved(QUrl(QStringLiteral("/v1/proof/inclusion?index=x"))))
                     .status,
                 400);
        QCOMPARE(
            fetch(m_network, server.url().resolved(QUrl(QStringLiteral("/v1/events?after=-1"))))
                .status,
            401);
    }

    void aRolledBackOrForkedLogIsRefusedWithItsEvidence()
    {
        QTemporaryDir data;
        QTemporaryDir saved;
        Server server(QStringLiteral(JALON_SERVER), data.path());
        const auto [candidate, code]
            = user(server, QStringLiteral("Camille Martin"), QStringLiteral("candidate"));
        QVERIFY(server.start());
        auto device = enrolledDevice(server, code);
        QVERIFY2(device->sync(), qPrintable(device->client->lastError()));

        // The centre's store as it was, then the log grows and the device sees it.
        server.kill();
        copyFolder(data.path(), saved.path());
        QVERIFY(server.start());
        user(server, QStringLiteral("Paul Durand"), QStringLiteral("tutor"));
        user(server, QStringLiteral("Inès Petit"), QStringLiteral("manager"));
        QVERIFY2(device->sync(), qPrintable(device->client->lastError()));
        const QByteArray verified = SyncClient::verifiedCheckpoint(device->vault->database());

        // Rolled back: the device refuses, sends nothing, keeps the evidence.
        server.kill();
        copyFolder(saved.path(), data.path());
        QVERIFY(server.start());
        QVERIFY(device->journal->append({ QStringLiteral("diagnostic.answer"),
                                          candidate,
                                          { { QStringLiteral("referentiel"), ReferentielId },
                                            { QStringLiteral("version"), 1 },
                                            { QStringLiteral("activity"), QStringLiteral("F1.1") },
                                            { QStringLiteral("level"), 2 } } }));
        QVERIFY(!device->sync());
        QVERIFY2(device->client->lastError().contains(QStringLiteral("does not extend")),
                 qPrintable(device->client->lastError()));
        QVERIFY(device->client->lastError().contains(QStringLiteral("rolled back")));
        QCOMPARE(device->client->pendingCount(), 1); // nothing was sent
        QCOMPARE(conflicts(*device), 1);
        QVERIFY(!device->sync()); // refused again, the evidence kept once
        QCOMPARE(conflicts(*device), 1);
        QCOMPARE(SyncClient::verifiedCheckpoint(device->vault->database()),
                 verified); // kept as it was
        auto evidence
            = device->vault->database().prepare("SELECT verified, offered FROM log_conflicts");
        QVERIFY(evidence && evidence->next());
        QCOMPARE(evidence->text(0).toUtf8(), verified);
        QVERIFY(evidence->text(1).contains(QStringLiteral("jalon.centre/")));

        // Forked: the same start, another history past it, longer than what the device saw.
        for (int i = 0; i < 4; ++i)
            user(server, QStringLiteral("Autre %1").arg(i), QStringLiteral("tutor"));
        QVERIFY(!device->sync());
        QVERIFY2(
            device->client->lastError().contains(QStringLiteral("consistency proof does not hold")),
            qPrintable(device->client->lastError()));
        QCOMPARE(device->client->pendingCount(), 1);
        QCOMPARE(conflicts(*device), 2);
    }

    void witnessesCosignAndADeviceRequiresItsQuorum()
    {
        QTemporaryDir data;
        QTemporaryDir witnessData1;
        QTemporaryDir witnessData2;
        Server server(QStringLiteral(JALON_SERVER), data.path());
        const auto [candidate, candidateCode]
            = user(server, QStringLiteral("Camille Martin"), QStringLiteral("candidate"));
        const auto [tutor, tutorCode]
            = user(server, QStringLiteral("Paul Durand"), QStringLiteral("tutor"));
        WitnessProcess first(QStringLiteral(JALON_SERVER), witnessData1.path(), server.logKey());
        WitnessProcess second(QStringLiteral(JALON_SERVER), witnessData2.path(), server.logKey());
        QVERIFY(first.start());
        QVERIFY(second.start());
        QVERIFY(server.start(
            first.serveOption() + second.serveOption()
            + QStringList { QStringLiteral("--witness-quorum"), QStringLiteral("1") }));

        auto device = enrolledDevice(server, candidateCode);
        QVERIFY2(device->sync(), qPrintable(device->client->lastError()));
        const CheckpointPolicy policy
            = SyncClient::checkpointPolicy(device->vault->database(), device->journal->serverKey());
        QCOMPARE(policy.witnesses.size(), 2);
        QCOMPARE(policy.quorum, 1);
        auto note = SignedNote::parse(SyncClient::verifiedCheckpoint(device->vault->database()));
        QVERIFY(note);
        QCOMPARE(policy.cosigners(*note).size(), 2);

        // One witness stopped: one cosignature, which is what this centre requires.
        second.stop();
        user(server, QStringLiteral("Inès Petit"), QStringLiteral("manager"));
        QVERIFY2(device->sync(), qPrintable(device->client->lastError()));
        note = SignedNote::parse(SyncClient::verifiedCheckpoint(device->vault->database()));
        QCOMPARE(policy.cosigners(*note).size(), 1);

        // A centre that requires both: the device refuses a checkpoint with one, until the
        // second witness is back.
        server.kill();
        QVERIFY(server.start(first.serveOption() + second.serveOption()));
        auto strict = enrolledDevice(server, tutorCode);
        QVERIFY(!strict->sync());
        QVERIFY2(strict->client->lastError().contains(QStringLiteral("cosigned by 1")),
                 qPrintable(strict->client->lastError()));
        QVERIFY(second.start());
        bool synced = false;
        for (int attempt = 0; attempt < 10 && !synced; ++attempt) {
            QTest::qWait(500);
            synced = strict->sync();
        }
        QVERIFY2(synced, qPrintable(strict->client->lastError()));

        // The witness refuses a stale view (409 with the size it holds), from its kept state.
        const Reply stale
            = fetch(m_network, first.url().resolved(QUrl(QStringLiteral("add-checkpoint"))),
                    "old 0\n\n" + SyncClient::verifiedCheckpoint(strict->vault->database()), true);
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.contentType, QByteArray("text/x.tlog.size"));
        QVERIFY(stale.body.trimmed().toLongLong() > 0);
        // Not its log: 404; not signed by the log: 403.
        QByteArray other = SyncClient::verifiedCheckpoint(strict->vault->database());
        const qsizetype line = other.indexOf("\n\n");
        const QByteArray forged = other.left(line + 2)
            + SignedNote::sign(other.left(line + 1), policy.log.name, SigningKey::generate())
                  .line();
        QCOMPARE(fetch(m_network, first.url().resolved(QUrl(QStringLiteral("add-checkpoint"))),
                       "old " + stale.body.trimmed() + "\n\n" + forged, true)
                     .status,
                 403);
    }

    void juryBundleVerifiesOfflineAndTamperingIsNamed()
    {
        QTemporaryDir data;
        Server server(QStringLiteral(JALON_SERVER), data.path());
        const auto [candidate, candidateCode]
            = user(server, QStringLiteral("Camille Martin"), QStringLiteral("candidate"));
        const auto [tutor, tutorCode]
            = user(server, QStringLiteral("Paul Durand"), QStringLiteral("tutor"));
        const auto [manager, managerCode]
            = user(server, QStringLiteral("Inès Petit"), QStringLiteral("manager"));
        const auto [late, lateCode]
            = user(server, QStringLiteral("Luc Bernard"), QStringLiteral("tutor"));
        const auto [evaluator, evaluatorCode]
            = user(server, QStringLiteral("Marc Blanc"), QStringLiteral("evaluator"));
        QVERIFY(assign(server, candidate, QStringLiteral("evaluator"), evaluator));
        QVERIFY(assign(server, candidate, QStringLiteral("tutor"), tutor));
        QVERIFY(assign(server, candidate, QStringLiteral("manager"), manager));
        QVERIFY(assign(server, candidate, QStringLiteral("tutor"), late));
        QVERIFY(server.start());
        auto tutorDevice = enrolledDevice(server, tutorCode);
        auto managerDevice = enrolledDevice(server, managerCode);
        auto lateDevice = enrolledDevice(server, lateCode);
        auto candidateDevice = enrolledDevice(server, candidateCode);
        auto evaluatorDevice = enrolledDevice(server, evaluatorCode);
        QVERIFY(evaluatorDevice->journal->append(
            { QStringLiteral("bloc.evaluate"),
              candidate,
              { { QStringLiteral("referentiel"), ReferentielId },
                { QStringLiteral("version"), 1 },
                { QStringLiteral("bloc"), QStringLiteral("B2") },
                { QStringLiteral("validated"), true },
                { QStringLiteral("date"), QStringLiteral("2026-11-25") } } }));
        const QStringList criteria { QStringLiteral("CP1.1"), QStringLiteral("CP1.2") };
        QVERIFY(tutorDevice->journal->append(
            attest(candidate, QStringLiteral("tutor"), QStringLiteral("CP1"), criteria,
                   QStringLiteral("Accueil d'un client en agence"))));
        QVERIFY(managerDevice->journal->append(
            attest(candidate, QStringLiteral("manager"), QStringLiteral("CP1"), criteria)));
        auto withdrawn = tutorDevice->journal->append(attest(candidate, QStringLiteral("tutor"),
                                                             QStringLiteral("CP2"),
                                                             { QStringLiteral("CP2.1") }));
        QVERIFY(withdrawn);
        QVERIFY(tutorDevice->journal->append(
            { QStringLiteral("carnet.revoke"),
              candidate,
              { { QStringLiteral("attestation"), withdrawn->idText() },
                { QStringLiteral("reason"), QStringLiteral("Saisie sur le mauvais critère") } } }));
        // This tutor's device claims a signing time three minutes ahead (within the drift the
        // centre allows); then the tutor is unassigned.
        lateDevice->journal->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(180); });
        QVERIFY(lateDevice->journal->append(attest(candidate, QStringLiteral("tutor"),
                                                   QStringLiteral("CP3"),
                                                   { QStringLiteral("CP3.1") })));
        for (Device *device : { tutorDevice.get(), managerDevice.get(), lateDevice.get(),
                                evaluatorDevice.get(), candidateDevice.get() })
            QVERIFY2(device->sync(), qPrintable(device->client->lastError()));

        const QString bundles = QDir(QStringLiteral(JALON_BUNDLES_DIR)).absolutePath();
        QDir().mkpath(bundles);
        const QString goodPath
            = QDir(bundles).filePath(QStringLiteral("good-carnet.jalon-dossier.json"));
        QFile::remove(goodPath);
        DossierExporter exporter(*candidateDevice->vault, *candidateDevice->client);
        QSignalSpy exported(&exporter, &DossierExporter::finished);
        exporter.exportTo(candidate, goodPath);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.first().first().toBool(), qPrintable(exported.first().at(1).toString()));
        QVERIFY(QFile::exists(QDir(bundles).filePath(QStringLiteral("verify.html"))));
        QFile goodFile(goodPath);
        QVERIFY(goodFile.open(QIODevice::ReadOnly));
        const QByteArray good = goodFile.readAll();
        QCOMPARE(exporter.sha256().size(), 64);
        QCOMPARE(DossierExporter::lastExport(candidateDevice->vault->database()).second,
                 exporter.sha256());

        const auto centreKey = NoteKey::fromVkey(server.logKey());
        DossierVerifier::Options options;
        options.centre = *centreKey;
        const DossierReport report = DossierVerifier::verify(good, options);
        QVERIFY2(report.valid(), qPrintable(report.toText()));
        QCOMPARE(report.candidateName, QStringLiteral("Camille Martin"));
        QVERIFY(report.centreKeyGiven);
        int attestations = 0;
        for (const DossierReport::Item &item : report.items)
            attestations += item.kind == QLatin1String("carnet.attest");
        QCOMPARE(attestations, 4);
        QCOMPARE(report.competences.first().id, QStringLiteral("CP1"));
        QCOMPARE(report.competences.first().status, CompetenceStatus::Acquired);
        QVERIFY(report.competences.at(1).status != CompetenceStatus::Acquired); // CP2 withdrawn
        QVERIFY(report.toText().contains(QStringLiteral("VALID")));
        QCOMPARE(report.blocs.at(1).id, QStringLiteral("B2"));
        QCOMPARE(report.blocs.at(1).progress.status,
                 BlocStatus::Validated); // the evaluator's result

        // The command line says the same, with the exit status.
        QProcess tool;
        tool.start(QStringLiteral(JALON_TOOL),
                   { QStringLiteral("dossier"), QStringLiteral("verify"), goodPath,
                     QStringLiteral("--key"), server.logKey() });
        QVERIFY(tool.waitForFinished(30000));
        QVERIFY2(tool.exitCode() == 0, tool.readAllStandardOutput().constData());

        // Each tampering is caught and named; each bad bundle is kept for the browser's test too.
        auto expectBad = [&](const QString &name, const QByteArray &bundle, const QString &reason) {
            const DossierReport bad = DossierVerifier::verify(bundle, options);
            QVERIFY2(!bad.valid(), qPrintable(name));
            QVERIFY2(bad.toText().contains(reason),
                     qPrintable(name + QLatin1String(": ") + bad.toText()));
            QFile file(
                QDir(bundles).filePath(QStringLiteral("bad-%1.jalon-dossier.json").arg(name)));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bundle);
            QFile expect(QDir(bundles).filePath(QStringLiteral("bad-%1.expect").arg(name)));
            QVERIFY(expect.open(QIODevice::WriteOnly | QIODevice::Truncate));
            expect.write(reason.toUtf8());
        };
        QByteArray changed = good;
        const qsizetype at = changed.indexOf("Accueil d'un client");
        QVERIFY(at > 0);
        changed[at] = 'a';
        expectBad(QStringLiteral("changed-byte"), changed,
                  QStringLiteral("signature does not match"));

        QJsonObject document = QJsonDocument::fromJson(good).object();
        QJsonArray events = document.value(QStringLiteral("events")).toArray();
        const QByteArray tutorKey = tutorDevice->vault->deviceKey().publicKey();
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject event
                = events[i].toObject().value(QStringLiteral("event")).toObject();
            if (event.value(QStringLiteral("kind")).toString() == QLatin1String("org.device")
                && event.value(QStringLiteral("body"))
                        .toObject()
                        .value(QStringLiteral("user"))
                        .toString()
                    == tutor) {
                QJsonObject dropped = document;
                QJsonArray fewer = events;
                fewer.removeAt(i);
                dropped.insert(QStringLiteral("events"), fewer);
                expectBad(QStringLiteral("dropped-device"), QJsonDocument(dropped).toJson(),
                          QStringLiteral("not one the centre enrolled"));
                break;
            }
        }
        QJsonObject swapped = document;
        QJsonArray swappedEvents = events;
        QJsonObject a = swappedEvents[1].toObject(), b = swappedEvents[2].toObject();
        const QJsonValue proof = a.value(QStringLiteral("inclusion"));
        a.insert(QStringLiteral("inclusion"), b.value(QStringLiteral("inclusion")));
        b.insert(QStringLiteral("inclusion"), proof);
        swappedEvents[1] = a;
        swappedEvents[2] = b;
        swapped.insert(QStringLiteral("events"), swappedEvents);
        expectBad(QStringLiteral("swapped-proof"), QJsonDocument(swapped).toJson(),
                  QStringLiteral("inclusion proof does not lead"));

        QJsonObject resigned = document;
        const QByteArray note = document.value(QStringLiteral("checkpoint")).toString().toUtf8();
        const QByteArray text = note.left(note.indexOf("\n\n") + 1);
        resigned.insert(
            QStringLiteral("checkpoint"),
            QString::fromUtf8(
                text + '\n'
                + SignedNote::sign(text, centreKey->name, SigningKey::generate()).line()));
        expectBad(QStringLiteral("resigned-checkpoint"), QJsonDocument(resigned).toJson(),
                  QStringLiteral("not signed by the centre's key"));

        // Rules eased by whoever made the bundle, its hash made to match: not the shipped text.
        QJsonObject eased = document;
        QJsonArray referentiels = document.value(QStringLiteral("referentiels")).toArray();
        QJsonObject referentiel = referentiels.first().toObject();
        QJsonObject rulesText = referentiel.value(QStringLiteral("document")).toObject();
        QJsonObject rules = rulesText.value(QStringLiteral("rules")).toObject();
        rules.insert(QStringLiteral("attester_roles"), QJsonArray { QStringLiteral("tutor") });
        rulesText.insert(QStringLiteral("rules"), rules);
        referentiel.insert(QStringLiteral("document"), rulesText);
        referentiel.insert(
            QStringLiteral("sha256"),
            QString::fromLatin1(sha256(CanonicalJson::serialize(rulesText)).toHex()));
        referentiels[0] = referentiel;
        eased.insert(QStringLiteral("referentiels"), referentiels);
        expectBad(QStringLiteral("eased-rules"), QJsonDocument(eased).toJson(),
                  QStringLiteral("neither the one Jalon ships"));

        // Any changed letter or digit makes the bundle fail, or not even read; but for the
        // export's own date, which nothing signs or depends on, and the names of the empty
        // witness list and zero quorum, whose absence means the same.
        auto lineOf = [&](const char *key) {
            const qsizetype begin = good.indexOf(key);
            return std::pair { begin, good.indexOf('\n', begin) };
        };
        const auto [dateAt, dateEnd] = lineOf("\"exported_at\"");
        const auto [witnessesAt, witnessesEnd] = lineOf("\"witnesses\"");
        QRandomGenerator random(20261202);
        int tried = 0;
        while (tried < 300) {
            const qsizetype at = qsizetype(random.bounded(quint32(good.size())));
            const char c = good[at];
            if (!QChar::fromLatin1(c).isLetterOrNumber() || (at >= dateAt && at < dateEnd)
                || (at >= witnessesAt && at < witnessesEnd && !QChar::fromLatin1(c).isDigit()))
                continue;
            ++tried;
            QByteArray mutated = good;
            mutated[at] = QChar::fromLatin1(c).isDigit() ? (c == '9' ? '0' : char(c + 1))
                                                         : (c == 'z'       ? 'a'
                                                                : c == 'Z' ? 'A'
                                                                           : char(c + 1));
            QVERIFY2(!DossierVerifier::verify(mutated, options).valid(),
                     qPrintable(QStringLiteral("byte %1 changed, still valid: …%2…")
                                    .arg(at)
                                    .arg(QString::fromUtf8(good.mid(qMax(0, at - 30), 60)))));
        }

        // Unassigned before the time its attestation claims: that attestation fails, by name.
        QVERIFY(assign(server, candidate, QStringLiteral("tutor"), late, true));
        QVERIFY(candidateDevice->sync());
        const QString latePath
            = QDir(bundles).filePath(QStringLiteral("bad-unassigned-tutor.jalon-dossier.json"));
        exporter.exportTo(candidate, latePath);
        QVERIFY(exported.wait(30000));
        QVERIFY(exported.last().first().toBool());
        QFile lateFile(latePath);
        QVERIFY(lateFile.open(QIODevice::ReadOnly));
        const DossierReport unassigned = DossierVerifier::verify(lateFile.readAll(), options);
        QVERIFY(!unassigned.valid());
        QCOMPARE(unassigned.failures(), 1);
        QVERIFY2(unassigned.toText().contains(
                     QStringLiteral("Luc Bernard was not assigned to the candidate as tutor")),
                 qPrintable(unassigned.toText()));
        QFile expect(QDir(bundles).filePath(QStringLiteral("bad-unassigned-tutor.expect")));
        QVERIFY(expect.open(QIODevice::WriteOnly | QIODevice::Truncate));
        expect.write("was not assigned");
        tool.start(QStringLiteral(JALON_TOOL),
                   { QStringLiteral("dossier"), QStringLiteral("verify"), latePath });
        QVERIFY(tool.waitForFinished(30000));
        QCOMPARE(tool.exitCode(), 1);
        QVERIFY(tool.readAllStandardOutput().contains("Luc Bernard"));
    }
};

QTEST_GUILESS_MAIN(TestTransparency)
#include "tst_transparency.moc"
