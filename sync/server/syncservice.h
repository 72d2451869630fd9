// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "crypto/signingkey.h"
#include "referentiel/referentielcatalog.h"
#include "serverstore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace jalon {

/// What jalon-server does, apart from HTTP: the organisation's changes (each one a
/// server-signed org.* event in the log), enrollment, and checking, logging and serving
/// events. Answers carry the HTTP status they deserve.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    struct Answer
    {
        int status = 200;
        QByteArray json;
    };
    struct NewUser
    {
        QString id;
        QString code; ///< shown once; only its hash is kept
    };

    SyncService(ServerStore &store, SigningKey key, ReferentielCatalog catalog);

    QByteArray publicKey() const { return m_key.publicKey(); }

    // Administration.
    Result<NewUser> addUser(const QString &name, const QString &role);
    Result<void> assign(const QString &candidate, const QString &user, const QString &role);
    Result<void> unassign(const QString &candidate, const QString &user, const QString &role);
    Result<void> revokeDevice(const QByteArray &device);
    Result<void> publishReferentiel(const QByteArray &json);

    // The protocol: each takes the request's parsed parts, the device already authenticated.
    Answer enroll(const QByteArray &body);
    Answer push(const QByteArray &device, const QByteArray &body);
    Answer pull(const QByteArray &device, qint64 after, int limit);
    Answer treeHead();
    Answer proof(const QByteArray &device, const QString &eventId, qint64 size);
    Answer referentiels() const;

    /// A well-formed error answer.
    static Answer error(int status, const QString &message);

private:
    Result<qint64> appendServerEvent(const QString &kind, const QString &subject, const QJsonObject &body);
    QJsonObject judge(const ServerStore::Device &author, const QJsonValue &value);

    ServerStore &m_store;
    SigningKey m_key;
    ReferentielCatalog m_catalog;
};

} // namespace jalon
