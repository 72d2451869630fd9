// SPDX-License-Identifier: GPL-3.0-or-later
// Sync against a real jalon-server on loopback: (a) push 10,000 signed events from a vault
// to a fresh server, (b) pull them into a fresh vault, every one verified, (c) a sync with
// nothing to do. Targets on the reference 2-core machine: push ≤ 0.8 s, pull ≤ 1.0 s,
// no-op sync ≤ 10 ms. Prints the figures; tests/bench/sync_vs_pouchdb.sh adds PouchDB's.
#include "../sync/serverprocess.h"
#include "journal/journal.h"
#include "sync/syncclient.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

using namespace jalon;

namespace {

constexpr int Events = 10000;

struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<SyncClient> client;
};

bool wait(SyncClient &client, void (SyncClient::*signal)(bool))
{
    QSignalSpy spy(&client, signal);
    return spy.wait(600000) && spy.first().first().toBool();
}

std::unique_ptr<Device> device(test::Server &server, const QString &code)
{
    auto made = std::make_unique<Device>();
    auto created = Vault::create(made->dir.path(), QStringLiteral("banc d'essai"),
                                 KdfParams::fastForTests());
    if (!created)
        qFatal("%s", qPrintable(created.error().message()));
    made->vault = std::move(created->vault);
    made->client = std::make_unique<SyncClient>(*made->vault);
    made->client->enroll(server.url(), code);
    if (!wait(*made->client, &SyncClient::enrollFinished))
        qFatal("enroll: %s", qPrintable(made->client->lastError()));
    return made;
}

// Milliseconds a sync takes.
double timedSync(Device &device)
{
    QElapsedTimer timer;
    timer.start();
    device.client->sync();
    if (!wait(*device.client, &SyncClient::syncFinished))
        qFatal("sync: %s", qPrintable(device.client->lastError()));
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir data;
    test::Server server(QStringLiteral(JALON_SERVER), data.path());
    const auto [tutorId, tutorCode]
        = server.addUser(QStringLiteral("Paul Durand"), QStringLiteral("tutor"));
    const auto [candidateId, candidateCode]
        = server.addUser(QStringLiteral("Camille Martin"), QStringLiteral("candidate"));
    server.admin({ QStringLiteral("assign"), QStringLiteral("--candidate"), candidateId,
                   QStringLiteral("--tutor"), tutorId });
    if (!server.start())
        qFatal("jalon-server does not start");

    auto tutor = device(server, tutorCode);
    Journal journal(*tutor->vault);
    QList<Journal::Draft> drafts;
    for (int i = 0; i < Events; ++i) {
        drafts << Journal::Draft {
            QStringLiteral("carnet.attest"),
            candidateId,
            { { QStringLiteral("referentiel"), QStringLiteral("cqp-conseiller-entreprise") },
              { QStringLiteral("version"), 1 },
              { QStringLiteral("competence"), QStringLiteral("CP%1").arg(i % 10 + 1) },
              { QStringLiteral("role"), QStringLiteral("tutor") },
              { QStringLiteral("criteria"), QJsonArray() },
              { QStringLiteral("situation"),
                QStringLiteral("Appel d'un employeur sur une DSN rejetée, n° %1").arg(i) },
              { QStringLiteral("observed_on"), QStringLiteral("2026-11-20") } }
        };
    }
    if (!journal.append(drafts))
        qFatal("append failed");

    const double push = timedSync(*tutor);
    out << "push of " << Events << " events, every one then proven in the signed log: " << push
        << " ms (target ≤ 800)\n";
    auto candidate = device(server, candidateCode);
    const double pull = timedSync(*candidate);
    out << "pull of " << Journal(*candidate->vault).count()
        << " events into a fresh vault, each verified: " << pull << " ms (target ≤ 1000)\n";
    double noop = 1e9;
    for (int i = 0; i < 5; ++i)
        noop = qMin(noop, timedSync(*candidate));
    out << "sync with nothing to do (best of 5): " << noop << " ms (target ≤ 10)\n";
    return 0;
}
