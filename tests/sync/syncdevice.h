// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journal.h"
#include "serverprocess.h"
#include "sync/syncclient.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace jalon::test {

inline const QString ReferentielId = QStringLiteral("cqp-conseiller-entreprise");

/// Waits for the client's `signal` (enrollFinished, syncFinished) and returns what it carried.
inline bool finished(SyncClient &client, void (SyncClient::*signal)(bool))
{
    QSignalSpy spy(&client, signal);
    if (!spy.wait(60000))
        return false;
    return spy.first().first().toBool();
}

/// One person's device: a real vault in a folder of its own and its sync client.
struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<SyncClient> client;
    std::unique_ptr<Journal> journal;

    bool sync()
    {
        QSignalSpy done(client.get(), &SyncClient::syncFinished);
        client->sync();
        return done.wait(60000) && done.first().first().toBool();
    }
};

/// A new vault enrolled by `code` with the server at `url` (the one it syncs with then).
inline std::unique_ptr<Device> enrolledDevice(const QUrl &url, const QString &code)
{
    auto device = std::make_unique<Device>();
    auto created = Vault::create(device->dir.path(), QStringLiteral("phrase de passe de test"),
                                 KdfParams::fastForTests());
    if (!created)
        qFatal("%s", qPrintable(created.error().message()));
    device->vault = std::move(created->vault);
    device->client = std::make_unique<SyncClient>(*device->vault);
    device->journal = std::make_unique<Journal>(*device->vault);
    device->client->enroll(url, code);
    if (!finished(*device->client, &SyncClient::enrollFinished))
        qWarning("enroll: %s", qPrintable(device->client->lastError()));
    return device;
}

/// A new vault enrolled with `server` by `code`.
inline std::unique_ptr<Device> enrolledDevice(Server &server, const QString &code)
{
    return enrolledDevice(server.url(), code);
}

/// A carnet.attest of `competence` (of ReferentielId) with the criteria observed.
inline Journal::Draft attest(const QString &candidate, const QString &role,
                             const QString &competence, const QStringList &criteria,
                             const QString &situation
                             = QStringLiteral("Appel d'un employeur sur une DSN rejetée"))
{
    return { QStringLiteral("carnet.attest"),
             candidate,
             { { QStringLiteral("referentiel"), ReferentielId },
               { QStringLiteral("version"), 1 },
               { QStringLiteral("competence"), competence },
               { QStringLiteral("role"), role },
               { QStringLiteral("criteria"), QJsonArray::fromStringList(criteria) },
               { QStringLiteral("situation"), situation },
               { QStringLiteral("observed_on"), QStringLiteral("2026-11-20") } } };
}

} // namespace jalon::test
