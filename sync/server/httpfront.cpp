// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfront.h"

#include "connectionguard.h"
#include "crypto/sha256.h"
#include "serverlog.h"
#include "sync/protocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace jalon {

namespace {

    // A checkpoint and a consistency proof: a few kilobytes.
    constexpr qint64 MaxWitnessBody = 64 * 1024;

    QHttpServerResponse respond(const SyncService::Answer &answer)
    {
        return QHttpServerResponse(QByteArrayLiteral("application/json"), answer.json,
                                   QHttpServerResponse::StatusCode(answer.status));
    }

    // Nesting depth of a JSON text, strings skipped: refused before any parser sees it.
    int depthOf(const QByteArray &json)
    {
        int depth = 0;
        int deepest = 0;
        bool inString = false;
        for (qsizetype i = 0; i < json.size(); ++i) {
            const char c = json[i];
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = qMax(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                --depth;
            }
        }
        return deepest;
    }

    QByteArray pathAndQuery(const QUrl &url)
    {
        QByteArray result = url.path(QUrl::FullyEncoded).toUtf8();
        if (url.hasQuery())
            result += '?' + url.query(QUrl::FullyEncoded).toUtf8();
        return result;
    }

    QByteArray methodName(QHttpServerRequest::Method method)
    {
        using Method = QHttpServerRequest::Method;
        switch (method) {
        case Method::Get:
            return QByteArrayLiteral("GET");
        case Method::Post:
            return QByteArrayLiteral("POST");
        case Method::Put:
            return QByteArrayLiteral("PUT");
        case Method::Delete:
            return QByteArrayLiteral("DELETE");
        case Method::Head:
            return QByteArrayLiteral("HEAD");
        case Method::Options:
            return QByteArrayLiteral("OPTIONS");
        case Method::Patch:
            return QByteArrayLiteral("PATCH");
        default:
            return QByteArrayLiteral("OTHER");
        }
    }

} // namespace

HttpFront::HttpFront(SyncService &service, Checkpointer &checkpoints)
    : m_service(service)
    , m_checkpoints(checkpoints)
{
    m_server.afterRequest(
        [this](QHttpServerResponse &&response, const QHttpServerRequest &request) {
            logRequest(request, response);
            return std::move(response);
        });
    // Not routed: answered here rather than by Qt, so that it is logged like the rest.
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QHttpServerResponse response
                = respond(SyncService::error(404, tr("there is nothing at this address")));
            logRequest(request, response);
            response.write(std::move(responder));
        });
    // Before /v1/proof/<id>, which would take "inclusion" for an event id.
    routePublicLog();
    using Method = QHttpServerRequest::Method;
    m_server.route(QLatin1String(Protocol::Health), Method::Get, [] {
        return respond({ 200, QByteArrayLiteral("{\"ok\":true}") });
    });
    m_server.route(
        QLatin1String(Protocol::Enroll), Method::Post, [this](const QHttpServerRequest &request) {
            if (request.body().size() > 4096 || depthOf(request.body()) > 2)
                return respond(
                    SyncService::error(400, tr("an enrollment request is a small JSON object")));
            SyncService::Answer enrolled = m_service.enroll(request.body());
            m_checkpoints.logChanged();
            return respond(enrolled);
        });
    m_server.route(
        QLatin1String(Protocol::Events), Method::Post, [this](const QHttpServerRequest &request) {
            return answer(request, [this](const QByteArray &device, const QHttpServerRequest &r) {
                SyncService::Answer pushed = m_service.push(device, r.body());
                m_checkpoints.logChanged();
                return pushed;
            });
        });
    m_server.route(
        QLatin1String(Protocol::Events), Method::Get, [this](const QHttpServerRequest &request) {
            return answer(request, [this](const QByteArray &device, const QHttpServerRequest &r) {
                const QUrlQuery query(r.url());
                bool afterOk = true;
                bool limitOk = true;
                const qint64 after = query.hasQueryItem(QStringLiteral("after"))
                    ? query.queryItemValue(QStringLiteral("after")).toLongLong(&afterOk)
                    : -1;
                const int limit = query.hasQueryItem(QStringLiteral("limit"))
                    ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                    : Protocol::MaxPull;
                if (!afterOk || !limitOk || after < -1 || limit < 1)
                    return SyncService::error(
                        400, tr("after must be a log index (or -1) and limit a positive number"));
                return m_service.pull(device, after, limit);
            });
        });
    m_server.route(
        QLatin1String(Protocol::Proof) + QLatin1String("<arg>"), Method::Get,
        [this](const QString &eventId, const QHttpServerRequest &request) {
            return answer(
                request, [this, eventId](const QByteArray &device, const QHttpServerRequest &r) {
                    const QUrlQuery query(r.url());
                    const qint64 size = query.queryItemValue(QStringLiteral("size")).toLongLong();
                    const QString count = query.queryItemValue(QStringLiteral("count"));
                    return m_service.proof(device, eventId, size,
                                           count.isEmpty() ? 1 : count.toLongLong());
                });
        });
    m_server.route(QLatin1String(Protocol::Referentiels), Method::Get,
                   [this](const QHttpServerRequest &request) {
                       return answer(request,
                                     [this](const QByteArray &, const QHttpServerRequest &) {
                                         return m_service.referentiels();
                                     });
                   });
}

namespace {

    // A whole number ≥ 0 from the query, or nullopt.
    std::optional<qint64> sizeParameter(const QUrlQuery &query, const QString &name)
    {
        bool ok = false;
        const QString text = query.queryItemValue(name);
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < 0)
            return std::nullopt;
        return value;
    }

} // namespace

// What anyone may read with no account: the checkpoint and proofs, hashes only.
void HttpFront::routePublicLog()
{
    using Method = QHttpServerRequest::Method;
    m_server.route(QLatin1String(Protocol::Checkpoint), Method::Get, [this] {
        const auto checkpoint = m_checkpoints.current();
        if (!checkpoint)
            return respond(SyncService::unavailable(checkpoint.error()));
        return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), *checkpoint);
    });
    m_server.route(QLatin1String(Protocol::InclusionProof), Method::Get,
                   [this](const QHttpServerRequest &request) {
                       const QUrlQuery query(request.url());
                       const auto index = sizeParameter(query, QStringLiteral("index"));
                       const auto size = sizeParameter(query, QStringLiteral("size"));
                       if (!index || !size)
                           return respond(SyncService::error(
                               400, tr("give index=I and size=N, whole numbers")));
                       return respond(m_service.inclusionProofs({ *index }, *size));
                   });
    // Many proofs at once (a jury bundle): {"size": N, "indexes": [I, …]}.
    m_server.route(QLatin1String(Protocol::InclusionProof), Method::Post,
                   [this](const QHttpServerRequest &request) {
                       if (request.body().size() > Protocol::MaxBodyBytes
                           || depthOf(request.body()) > 2)
                           return respond(SyncService::error(413, tr("the request is too large")));
                       const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                       QList<qint64> indexes;
                       for (const auto &index : body.value(QStringLiteral("indexes")).toArray())
                           indexes << (index.isDouble() ? index.toInteger(-1) : -1);
                       if (indexes.isEmpty() || indexes.size() > Protocol::MaxProofs)
                           return respond(SyncService::error(
                               400, tr("give between 1 and %1 indexes").arg(Protocol::MaxProofs)));
                       return respond(m_service.inclusionProofs(
                           indexes, body.value(QStringLiteral("size")).toInteger(-1)));
                   });
    m_server.route(QLatin1String(Protocol::ConsistencyProof), Method::Get,
                   [this](const QHttpServerRequest &request) {
                       const QUrlQuery query(request.url());
                       const auto from = sizeParameter(query, QStringLiteral("from"));
                       const auto to = sizeParameter(query, QStringLiteral("to"));
                       if (!from || !to)
                           return respond(
                               SyncService::error(400, tr("give from=M and to=N, whole numbers")));
                       return respond(m_service.consistencyProof(*from, *to));
                   });
}

void HttpFront::shareReplayCache(ServerStore &store)
{
    m_verifier.setNonceStore([&store](const QByteArray &nonce, qint64 timestamp) {
        return store.rememberNonce(nonce, timestamp);
    });
}

QHttpServerResponse HttpFront::answer(const QHttpServerRequest &request, const Signed &handler)
{
    const QByteArray body = request.body();
    if (body.size() > Protocol::MaxBodyBytes)
        return respond(SyncService::error(
            413, tr("the request is larger than %1 bytes").arg(Protocol::MaxBodyBytes)));
    if (depthOf(body) > Protocol::MaxDepth)
        return respond(SyncService::error(
            400, tr("the JSON is nested more than %1 levels deep").arg(Protocol::MaxDepth)));
    auto device
        = m_verifier.verify(request.value(RequestSignature::Header), methodName(request.method()),
                            pathAndQuery(request.url()), body, QDateTime::currentDateTimeUtc());
    if (!device && device.error().unavailable)
        return respond(SyncService::unavailable(device.error()));
    if (!device)
        return respond(SyncService::error(401, device.error().problem));
    // A good signature by a key no one enrolled reads nothing: only the public log is public.
    const auto enrolled = m_service.isEnrolled(*device);
    if (!enrolled)
        return respond(SyncService::unavailable(enrolled.error()));
    if (!*enrolled)
        return respond(SyncService::error(403, tr("this device is not enrolled, or was revoked")));
    if (const int wait = m_rate.take(*device, m_clock.elapsed()); wait > 0) {
        QHttpServerResponse busy = respond(SyncService::error(
            429,
            tr("too many requests from this device: try again in %n second(s)", nullptr, wait)));
        busy.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
        return busy;
    }
    return respond(handler(*device, request));
}

namespace {

    // The socket `server` listens on (it owns it), nullptr on failure.
    GuardedTcpServer *listenGuarded(QHttpServer &server, const ConnectionLimits &limits,
                                    const QHostAddress &address, quint16 port)
    {
        auto *tcp = new GuardedTcpServer(limits, &server);
        if (!tcp->listen(address, port)) {
            delete tcp;
            return nullptr;
        }
        server.bind(tcp);
        return tcp;
    }

} // namespace

quint16 HttpFront::listen(const QHostAddress &address, quint16 port, ConnectionLimits limits)
{
    limits.maxBody = Protocol::MaxBodyBytes;
    // A large body is read only for an enrolled device whose signature header is well formed
    // and current (the signature itself covers the body, so it is checked once read).
    limits.mayUpload = [this](const QByteArray &header) {
        for (const QByteArray &line : header.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0 || line.left(colon).trimmed().toLower() != "authorization")
                continue;
            const auto parsed = RequestSignature::parse(line.mid(colon + 1).trimmed());
            return parsed
                && qAbs(QDateTime::currentSecsSinceEpoch() - parsed->timestamp)
                <= RequestSignature::WindowSeconds
                && m_service.isEnrolled(parsed->publicKey).value_or(false); // unknown: not now
        }
        return false;
    };
    m_rate = RequestRate(limits.requestsPerMinute);
    m_clock.start();
    m_tcp = listenGuarded(m_server, limits, address, port);
    return m_tcp ? m_tcp->serverPort() : 0;
}

void HttpFront::logRequest(const QHttpServerRequest &request,
                           const QHttpServerResponse &response) const
{
    if (!lcHttp().isInfoEnabled())
        return;
    // Who signed it, by the fingerprint of the key in the header (its signature is not shown).
    const auto signedBy = RequestSignature::parse(request.value(RequestSignature::Header));
    const QString device = signedBy ? fingerprintOf(signedBy->publicKey) : QStringLiteral("-");
    qCInfo(lcHttp, "%s %s %d %.1f ms device %s", methodName(request.method()).constData(),
           pathAndQuery(request.url()).constData(), int(response.statusCode()),
           m_tcp ? m_tcp->millisecondsSinceLastRead() : 0.0, qPrintable(device));
}

WitnessFront::WitnessFront(Witness &witness)
    : m_witness(witness)
{
    m_server.route(QStringLiteral("/add-checkpoint"), QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) {
                       if (request.body().size() > MaxWitnessBody)
                           return QHttpServerResponse(QByteArrayLiteral("text/plain"),
                                                      QByteArrayLiteral("too large\n"),
                                                      QHttpServerResponse::StatusCode(413));
                       const Witness::Answer answer = m_witness.addCheckpoint(request.body());
                       return QHttpServerResponse(answer.contentType, answer.body,
                                                  QHttpServerResponse::StatusCode(answer.status));
                   });
}

quint16 WitnessFront::listen(const QHostAddress &address, quint16 port)
{
    ConnectionLimits limits;
    limits.maxBody = MaxWitnessBody;
    const GuardedTcpServer *tcp = listenGuarded(m_server, limits, address, port);
    return tcp ? tcp->serverPort() : 0;
}

} // namespace jalon
