// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkpointer.h"
#include "connectionguard.h"
#include "requestrate.h"
#include "sync/requestsignature.h"
#include "syncservice.h"
#include "witness.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>

namespace jalon {

/// The HTTP side of jalon-server, kept thin: limits, request signatures, routing to
/// SyncService. (Qt HTTP Server's API changes after 6.4; only this file knows it.)
class HttpFront
{
    Q_DECLARE_TR_FUNCTIONS(HttpFront)

public:
    HttpFront(SyncService &service, Checkpointer &checkpoints);
    /// Keeps request nonces in `store` rather than in this process's memory: needed
    /// when several server processes share one database.
    void shareReplayCache(ServerStore &store);
    /// The port listened on, 0 on failure. (The body limit is the protocol's.)
    quint16 listen(const QHostAddress &address, quint16 port, ConnectionLimits limits = {});

private:
    using Signed = std::function<SyncService::Answer(const QByteArray &device,
                                                     const QHttpServerRequest &request)>;
    QHttpServerResponse answer(const QHttpServerRequest &request, const Signed &handler);
    void routePublicLog();
    /// One jalon.http line: request line, status, time, the signing device's fingerprint.
    void logRequest(const QHttpServerRequest &request, const QHttpServerResponse &response) const;

    SyncService &m_service;
    Checkpointer &m_checkpoints;
    RequestVerifier m_verifier;
    RequestRate m_rate;
    QElapsedTimer m_clock; ///< for m_rate
    QHttpServer m_server;
    const GuardedTcpServer *m_tcp = nullptr; ///< owned by m_server
};

/// The HTTP side of `jalon-server witness`: POST /add-checkpoint (C2SP tlog-witness).
class WitnessFront
{
public:
    explicit WitnessFront(Witness &witness);
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    Witness &m_witness;
    QHttpServer m_server;
};

} // namespace jalon
