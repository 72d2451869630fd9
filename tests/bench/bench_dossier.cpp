// SPDX-License-Identifier: GPL-3.0-or-later
// The jury bundle and the log check against a real jalon-server on loopback: (a) export of
// a full carnet, 150 attestations by a tutor and a manager and 1,000 org events, with a
// sync that has nothing to do, and the part that is not the sync; (b) DossierVerifier on
// that bundle, and its size; (c) what the log check adds to a sync: the checkpoint request
// and its verification alone, and a sync right after the log grew by one event
// (checkpoint + consistency proof). Targets on the reference 2-core machine: export
// ≤ 200 ms, verify ≤ 150 ms, log check ≤ 5 ms. Prints the figures.
//
// The 1,000 org events are the candidate's assignment history (people assigned for a
// while then unassigned: leave, cover, an evaluator per session). They are written before
// `serve` starts, in this process, by the SyncService the admin commands run, so signed
// by the centre's key as `jalon-server assign` would: one launch each would take ~45 s.
#include "../sync/serverprocess.h"
#include "crypto/sodium.h"
#include "journal/event.h"
#include "journal/journal.h"
#include "referentiel/referentielcatalog.h"
#include "serverkey.h"
#include "serverstore.h"
#include "sync/checkpoint.h"
#include "sync/dossier/dossierexporter.h"
#include "sync/dossier/dossierverifier.h"
#include "sync/merkletree.h"
#include "sync/protocol.h"
#include "sync/syncclient.h"
#include "syncservice.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

using namespace jalon;

namespace {

constexpr int Attestations = 150; // half by the tutor, half by the manager
constexpr int Passers = 16; // people assigned then unassigned, again and again
constexpr int Cycles = 31; // 16 × 31 × 2 = 992 org.assign / org.unassign
constexpr int Runs = 11;
constexpr int SyncRuns = 50;
constexpr int GrowthRuns = 15;
const QString ReferentielId = QStringLiteral("cqp-conseiller-entreprise");

struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<SyncClient> client;
};

struct Centre
{
    QString candidate;
    QString candidateCode;
    QString tutorCode;
    QString managerCode;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

template<typename T> T orDie(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message()));
    return std::move(*result);
}

void orDie(const Result<void> &result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message()));
}

// The centre's store before it serves: the candidate, the two who attest, and the
// assignment history; the store is closed on return.
Centre populate(const QString &dataDir)
{
    auto store = orDie(ServerStore::open(dataDir, {}), "server store");
    SyncService service(*store, orDie(ServerKey::loadOrCreate(dataDir), "server key"),
                        orDie(ReferentielCatalog::bundled(), "référentiels"));
    auto add = [&](const QString &name, const QString &role, const QString &referentiel = {}) {
        return orDie(service.addUser(name, role, referentiel), "user add");
    };
    const auto candidate
        = add(QStringLiteral("Camille Martin"), QStringLiteral("candidate"), ReferentielId);
    const auto tutor = add(QStringLiteral("Paul Durand"), QStringLiteral("tutor"));
    const auto manager = add(QStringLiteral("Inès Petit"), QStringLiteral("manager"));
    orDie(service.assign(candidate.id, tutor.id, QStringLiteral("tutor")), "assign");
    orDie(service.assign(candidate.id, manager.id, QStringLiteral("manager")), "assign");
    const QStringList roles { QStringLiteral("tutor"), QStringLiteral("manager"),
                              QStringLiteral("accompanist"), QStringLiteral("evaluator") };
    QStringList passers;
    for (int i = 0; i < Passers; ++i)
        passers << add(QStringLiteral("Remplaçant %1").arg(i), roles[i % roles.size()]).id;
    for (int cycle = 0; cycle < Cycles; ++cycle) {
        for (int i = 0; i < Passers; ++i) {
            orDie(service.assign(candidate.id, passers[i], roles[i % roles.size()]), "assign");
            orDie(service.unassign(candidate.id, passers[i], roles[i % roles.size()]), "unassign");
        }
    }
    return { candidate.id, candidate.code, tutor.code, manager.code };
}

bool wait(SyncClient &client, void (SyncClient::*signal)(bool))
{
    QSignalSpy spy(&client, signal);
    return spy.wait(600000) && spy.first().first().toBool();
}

std::unique_ptr<Device> device(test::Server &server, const QString &code)
{
    auto made = std::make_unique<Device>();
    auto created = orDie(
        Vault::create(made->dir.path(), QStringLiteral("banc d'essai"), KdfParams::fastForTests()),
        "vault");
    made->vault = std::move(created.vault);
    made->client = std::make_unique<SyncClient>(*made->vault);
    made->client->enroll(server.url(), code);
    if (!wait(*made->client, &SyncClient::enrollFinished))
        qFatal("enroll: %s", qPrintable(made->client->lastError()));
    return made;
}

double timedSync(Device &device)
{
    QElapsedTimer timer;
    timer.start();
    device.client->sync();
    if (!wait(*device.client, &SyncClient::syncFinished))
        qFatal("sync: %s", qPrintable(device.client->lastError()));
    return msSince(timer);
}

// Attestations of every competence that has criteria, in turn, with all its criteria.
QList<Journal::Draft> attestations(const Referentiel &referentiel, const QString &candidate,
                                   const QString &role, int count)
{
    QList<const Competence *> competences;
    for (const Bloc &bloc : referentiel.blocs)
        for (const Competence &competence : bloc.competences)
            if (!competence.criteria.isEmpty())
                competences << &competence;
    QList<Journal::Draft> drafts;
    for (int i = 0; i < count; ++i) {
        const Competence &competence = *competences[i % competences.size()];
        QJsonArray criteria;
        for (const Criterion &criterion : competence.criteria)
            criteria.append(criterion.id);
        drafts << Journal::Draft {
            QStringLiteral("carnet.attest"),
            candidate,
            { { QStringLiteral("referentiel"), ReferentielId },
              { QStringLiteral("version"), referentiel.version },
              { QStringLiteral("competence"), competence.id },
              { QStringLiteral("role"), role },
              { QStringLiteral("criteria"), criteria },
              { QStringLiteral("situation"),
                QStringLiteral("Appel d'un employeur sur une DSN rejetée, n° %1").arg(i) },
              { QStringLiteral("observed_on"), QStringLiteral("2026-11-20") } }
        };
    }
    return drafts;
}

// A public GET on the centre's log: the body of a 200.
QByteArray get(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(30000) || reply->error() != QNetworkReply::NoError)
        qFatal("GET %s: %s", qPrintable(url.toString()), qPrintable(reply->errorString()));
    reply->deleteLater();
    return reply->readAll();
}

// The checkpoint and the consistency proof from `held` to it, both verified: the log check
// of a sync after the log grew. Milliseconds.
double timedConsistencyCheck(QNetworkAccessManager &network, const QUrl &server,
                             const CheckpointPolicy &policy, const Checkpoint &held)
{
    QElapsedTimer timer;
    timer.start();
    const auto offered = orDie(
        policy.open(get(network, server.resolved(QUrl(QLatin1String(Protocol::Checkpoint))))),
        "checkpoint");
    const QString path = QStringLiteral("%1?from=%2&to=%3")
                             .arg(QLatin1String(Protocol::ConsistencyProof))
                             .arg(held.size)
                             .arg(offered.size);
    const QJsonObject answer
        = QJsonDocument::fromJson(get(network, server.resolved(QUrl(path)))).object();
    QList<QByteArray> proof;
    for (const QJsonValue &hash : answer.value(QStringLiteral("consistency")).toArray())
        proof << QByteArray::fromBase64(hash.toString().toLatin1());
    if (offered.size != held.size + 1
        || !MerkleTree::verifyConsistency(held.size, offered.size, held.root, offered.root, proof))
        qFatal("the log did not grow by one consistent event");
    return msSince(timer);
}

// (a) and (b): the export, after a sync so that the export's own has nothing to do, then
// the verifier on what it wrote.
void exportAndVerify(QTextStream &out, Device &candidate, const QString &candidateId,
                     const ReferentielCatalog &catalog, const NoteKey &centre)
{
    QTemporaryDir bundles;
    const QString path = QDir(bundles.path()).filePath(QStringLiteral("carnet.jalon-dossier.json"));
    DossierExporter exporter(*candidate.vault, *candidate.client);
    QElapsedTimer timer;
    double syncedAt = 0;
    // Connected before the exporter connects at each export: sees the sync end first.
    const auto connection = QObject::connect(candidate.client.get(), &SyncClient::syncFinished,
                                             [&] { syncedAt = msSince(timer); });
    auto timedExport = [&] {
        QSignalSpy done(&exporter, &DossierExporter::finished);
        timer.start();
        exporter.exportTo(candidateId, path);
        if (!done.wait(60000) || !done.first().first().toBool())
            qFatal("export: %s",
                   done.isEmpty() ? "no answer" : qPrintable(done.first().at(1).toString()));
        return msSince(timer);
    };
    timedSync(candidate);
    timedExport(); // the exporter's connection to the server is made here
    QList<double> exports, withoutSync, collects;
    for (int i = 0; i < Runs; ++i) {
        exports << timedExport();
        withoutSync << exports.last() - syncedAt;
        timer.start();
        orDie(DossierExporter::collect(candidate.vault->database(), candidateId, catalog),
              "collect");
        collects << msSince(timer);
    }
    QObject::disconnect(connection);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the bundle");
    const QByteArray bundle = file.readAll();
    DossierVerifier::Options options;
    options.centre = centre;
    QList<double> verifies;
    DossierReport report;
    for (int i = 0; i < Runs; ++i) {
        timer.start();
        report = DossierVerifier::verify(bundle, options);
        verifies << msSince(timer);
    }
    if (!report.valid())
        qFatal("the bundle does not verify:\n%s", qPrintable(report.toText()));
    // The share of the verifier that grows with the events: reading each, checking its signature.
    const DossierBundle read = orDie(DossierBundle::fromJson(bundle), "bundle");
    QList<double> signatures;
    for (int i = 0; i < Runs; ++i) {
        timer.start();
        for (const DossierBundle::Entry &entry : read.entries)
            if (!orDie(Event::fromJson(entry.event), "event").hasValidSignature())
                qFatal("a signature does not hold");
        signatures << msSince(timer);
    }
    int attested = 0, org = 0;
    for (const DossierReport::Item &item : std::as_const(report.items)) {
        attested += item.kind == QLatin1String("carnet.attest");
        org += item.kind.startsWith(QLatin1String("org."));
    }
    out << "export of a carnet of " << attested << " attestations and " << org
        << " org events, its sync with nothing to do (median of " << Runs
        << "): " << median(exports) << " ms (target ≤ 200)\n";
    out << "  the export without its sync (collect, " << report.items.size()
        << " inclusion proofs fetched and checked, write; median of " << Runs
        << "): " << median(withoutSync) << " ms (target ≤ 200 with the sync)\n";
    out << "  of which collect from the vault alone (median of " << Runs
        << "): " << median(collects) << " ms (part of the 200)\n";
    out << "verify of that bundle, " << report.items.size() << " items (median of " << Runs
        << "): " << median(verifies) << " ms (target ≤ 150)\n";
    out << "  of which reading the events and checking their signatures, one by one (median of "
        << Runs << "): " << median(signatures) << " ms (part of the 150)\n";
    out << "bundle size: " << bundle.size() << " bytes (" << bundle.size() / 1024
        << " KiB; no target)\n";
}

// (c) The log check: a no-op sync, its checkpoint request alone, and after the log grew
// by one event the candidate does not see (a user nobody assigned), checkpoint +
// consistency proof, alone and within a sync.
void logCheck(QTextStream &out, test::Server &server, Device &candidate)
{
    QList<double> noops;
    for (int i = 0; i < SyncRuns; ++i)
        noops << timedSync(candidate);
    QNetworkAccessManager network;
    SqliteDatabase &database = candidate.vault->database();
    const CheckpointPolicy policy
        = SyncClient::checkpointPolicy(database, Journal(*candidate.vault).serverKey());
    const QUrl checkpointUrl = server.url().resolved(QUrl(QLatin1String(Protocol::Checkpoint)));
    get(network, checkpointUrl); // the connection is made here
    QList<double> checkpoints;
    for (int i = 0; i < SyncRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        orDie(policy.open(get(network, checkpointUrl)), "checkpoint");
        checkpoints << msSince(timer);
    }
    QList<double> consistencies, grownSyncs, added;
    for (int i = 0; i < GrowthRuns; ++i) {
        server.addUser(QStringLiteral("Nouveau tuteur %1").arg(i), QStringLiteral("tutor"));
        const auto held = orDie(
            Checkpoint::fromBody(SignedNote::parse(SyncClient::verifiedCheckpoint(database))->text),
            "held checkpoint");
        consistencies << timedConsistencyCheck(network, server.url(), policy, held);
        grownSyncs << timedSync(candidate);
        // Against the no-op sync right after it: the machine's load drifts over a run.
        added << grownSyncs.last() - timedSync(candidate);
    }
    out << "sync with nothing to do (median of " << SyncRuns << "): " << median(noops)
        << " ms (target ≤ 10)\n";
    out << "  its log check, GET /v1/checkpoint + CheckpointPolicy::open (median of " << SyncRuns
        << "): " << median(checkpoints) << " ms (target ≤ 5)\n";
    out << "log check after the log grew by one event, checkpoint + consistency proof, verified "
           "(median of "
        << GrowthRuns << "): " << median(consistencies) << " ms (target ≤ 5)\n";
    out << "sync right after the log grew by one event (median of " << GrowthRuns
        << "): " << median(grownSyncs) << " ms, " << median(added)
        << " ms more than the no-op sync after it (target: the check adds ≤ 5)\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!ensureSodium())
        qFatal("libsodium cannot start");
    QTextStream out(stdout);
    QElapsedTimer run;
    run.start();
    QTemporaryDir data;
    const Centre centre = populate(data.path());
    test::Server server(QStringLiteral(JALON_SERVER), data.path());
    if (!server.start())
        qFatal("jalon-server does not start");
    const auto catalog = orDie(ReferentielCatalog::bundled(), "référentiels");
    const Referentiel &referentiel = *catalog.find(ReferentielId, 1);
    auto tutor = device(server, centre.tutorCode);
    auto manager = device(server, centre.managerCode);
    auto candidate = device(server, centre.candidateCode);
    orDie(Journal(*tutor->vault)
              .append(attestations(referentiel, centre.candidate, QStringLiteral("tutor"),
                                   Attestations / 2)),
          "append");
    orDie(Journal(*manager->vault)
              .append(attestations(referentiel, centre.candidate, QStringLiteral("manager"),
                                   Attestations / 2)),
          "append");
    timedSync(*tutor);
    timedSync(*manager);
    timedSync(*candidate);
    out << "setup (centre store, 3 enrolled devices, " << Attestations
        << " attestations pushed, the candidate's device pulled): " << msSince(run) / 1000
        << " s\n";

    exportAndVerify(out, *candidate, centre.candidate, catalog,
                    orDie(NoteKey::fromVkey(server.logKey()), "log key"));
    logCheck(out, server, *candidate);
    out << "whole run: " << msSince(run) / 1000 << " s\n";
    return 0;
}
