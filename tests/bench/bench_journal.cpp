// SPDX-License-Identifier: GPL-3.0-or-later
// Signed appends per second (one transaction per event, and batches of 1,000), and the
// rebuild of every projection from 100,000 events. Targets: ≥ 20,000 batched appends/s;
// rebuild of 100k events ≤ 3 s.
#include "journal/journal.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>

using namespace jalon;

namespace {

constexpr int Events = 100000;
constexpr int Batch = 1000;
constexpr int OneByOne = 2000;

// A realistic mix: diagnostic answers, livret edits, attestations, VAE sessions.
Journal::Draft draft(int i)
{
    const QString candidate = QStringLiteral("candidate-%1").arg(i % 50);
    const QJsonObject common { { QStringLiteral("referentiel"),
                                 QStringLiteral("cqp-conseiller-entreprise") },
                               { QStringLiteral("version"), 1 } };
    switch (i % 4) {
    case 0: {
        QJsonObject body = common;
        body.insert(QStringLiteral("activity"),
                    QStringLiteral("F%1.%2").arg(i % 7 + 1).arg(i % 8 + 1));
        body.insert(QStringLiteral("level"), i % 4);
        return { QStringLiteral("diagnostic.answer"), candidate, body };
    }
    case 1: {
        QJsonObject body = common;
        body.insert(QStringLiteral("section"), QStringLiteral("CP%1").arg(i % 10 + 1));
        body.insert(QStringLiteral("base"), QJsonValue::Null);
        body.insert(QStringLiteral("text"),
                    QStringLiteral("J'ai accueilli et orienté les adhérents, séance %1. ")
                        .arg(i)
                        .repeated(6));
        return { QStringLiteral("livret.edit"), candidate, body };
    }
    case 2: {
        QJsonObject body = common;
        body.insert(QStringLiteral("competence"), QStringLiteral("CP%1").arg(i % 10 + 1));
        body.insert(QStringLiteral("role"),
                    i % 8 == 2 ? QStringLiteral("tutor") : QStringLiteral("manager"));
        body.insert(QStringLiteral("criteria"),
                    QJsonArray { QStringLiteral("CP1.1"), QStringLiteral("CP1.2"),
                                 QStringLiteral("CP1.3") });
        body.insert(QStringLiteral("situation"),
                    QStringLiteral("Entretien téléphonique avec un adhérent"));
        body.insert(QStringLiteral("observed_on"), QStringLiteral("2026-11-20"));
        return { QStringLiteral("carnet.attest"), candidate, body };
    }
    default:
        return { QStringLiteral("vae.session"),
                 candidate,
                 { { QStringLiteral("number"), i % 11 + 1 },
                   { QStringLiteral("status"), QStringLiteral("held") },
                   { QStringLiteral("date"), QStringLiteral("2026-11-20") },
                   { QStringLiteral("notes"), QStringLiteral("Travail sur le bloc 1") } } };
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto created
        = Vault::create(dir.path(), QStringLiteral("banc d'essai"), KdfParams::fastForTests());
    if (!created) {
        out << created.error().message() << '\n';
        return 1;
    }
    Journal journal(*created->vault);

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < OneByOne; ++i) {
        if (!journal.append(draft(i)))
            return 1;
    }
    out << "one by one (a transaction each, synchronous=FULL): "
        << qRound(OneByOne / (timer.nsecsElapsed() / 1e9)) << " appends/s over " << OneByOne
        << '\n';
    out.flush();

    // Only append() is timed: the drafts are the caller's, built beforehand.
    qint64 batchedNs = 0;
    for (int done = OneByOne; done < Events; done += Batch) {
        QList<Journal::Draft> drafts;
        for (int i = done; i < done + Batch && i < Events; ++i)
            drafts << draft(i);
        timer.restart();
        if (!journal.append(drafts))
            return 1;
        batchedNs += timer.nsecsElapsed();
    }
    out << "batched (" << Batch
        << " a transaction): " << qRound((Events - OneByOne) / (batchedNs / 1e9))
        << " appends/s over " << Events - OneByOne << " (target ≥ 20000)\n";
    out.flush();

    timer.restart();
    if (auto rebuilt = journal.rebuildProjections(); !rebuilt) {
        out << rebuilt.error().message() << '\n';
        return 1;
    }
    out << "rebuild of every projection from " << journal.count() << " events: " << timer.elapsed()
        << " ms (target ≤ 3000)\n";
    return 0;
}
