// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/requestsignature.h"
#include "syncservice.h"

#include <QHostAddress>
#include <QHttpServer>

namespace jalon {

/// The HTTP side of jalon-server, kept thin: limits, request signatures, routing to
/// SyncService. (Qt HTTP Server's API changes after 6.4; only this file knows it.)
class HttpFront
{
    Q_DECLARE_TR_FUNCTIONS(HttpFront)

public:
    explicit HttpFront(SyncService &service);
    /// Keeps request nonces in `store` rather than in this process's memory: needed
    /// when several server processes share one database.
    void shareReplayCache(ServerStore &store);
    /// The port listened on, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    using Signed = std::function<SyncService::Answer(const QByteArray &device,
                                                     const QHttpServerRequest &request)>;
    QHttpServerResponse answer(const QHttpServerRequest &request, const Signed &handler);

    SyncService &m_service;
    RequestVerifier m_verifier;
    QHttpServer m_server;
};

} // namespace jalon
