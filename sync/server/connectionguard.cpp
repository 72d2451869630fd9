// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace jalon {

namespace {

    constexpr int MaxHeaderBytes = 16 * 1024;
    constexpr int LingerMilliseconds = 2000;

    // The Content-Length a request's header announces, -1 when it has none.
    qint64 announcedLength(const QByteArray &header)
    {
        for (const QByteArray &line : header.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
                bool ok = false;
                const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
                return ok ? length : std::numeric_limits<qint64>::max();
            }
        }
        return -1;
    }

} // namespace

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    m_sweep.setInterval(qBound(250, limits.idleSeconds * 1000 / 4, 5000));
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweep.start();
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString address = socket->peerAddress().toString();
    if (m_open.value(address) >= m_limits.perAddress) {
        refuse(socket, 503, "Service Unavailable",
               tr("too many connections from this address: close some and try again"));
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    ++m_open[address];
    m_states.insert(socket, State { address, QDateTime::currentDateTimeUtc(), {}, false, 0, {} });
    connect(socket, &QObject::destroyed, this, [this, socket, address] {
        m_states.remove(socket);
        if (--m_open[address] <= 0)
            m_open.remove(address);
    });
    // Answers go out at once: with Nagle's algorithm on, each answer of a push waited for
    // the client's delayed acknowledgement (≈40 ms a request). And requests are
    // acknowledged at once: Qt's HTTP client keeps Nagle's algorithm on, so the last piece
    // of a large body waited for this side's delayed acknowledgement. (Linux clears
    // quick-ack mode by itself, hence setting it again as data comes.)
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Connected before Qt HTTP Server's own handler: it sees a request only once it passed.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        State &state = m_states[socket];
        state.lastActivity = QDateTime::currentDateTimeUtc();
        state.requestStart = QDateTime();
        state.headerChecked = false;
        state.received = 0;
    });
    addPendingConnection(socket);
}

void GuardedTcpServer::onReadyRead(QTcpSocket *socket)
{
    m_lastRead.start();
#ifdef TCP_QUICKACK
    const int on = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
    auto found = m_states.find(socket);
    if (found == m_states.end())
        return;
    State &state = *found;
    if (state.drainingSince.isValid()) {
        (void)socket->readAll();
        return;
    }
    state.lastActivity = QDateTime::currentDateTimeUtc();
    if (!state.requestStart.isValid())
        state.requestStart = state.lastActivity;
    // Counted before the HTTP server reads it: a chunked body, or one longer than it said,
    // stops at the limit too.
    state.received += socket->bytesAvailable();
    if (state.received > m_limits.maxBody + MaxHeaderBytes) {
        refuse(socket, 413, "Payload Too Large",
               tr("the request is larger than %1 bytes").arg(m_limits.maxBody));
        return;
    }
    if (state.headerChecked)
        return;
    const QByteArray start = socket->peek(MaxHeaderBytes);
    const qsizetype end = start.indexOf("\r\n\r\n");
    if (end < 0) {
        if (start.size() >= MaxHeaderBytes)
            refuse(socket, 431, "Request Header Fields Too Large",
                   tr("the request's header is too large"));
        return;
    }
    state.headerChecked = true;
    const QByteArray header = start.left(end);
    const qint64 length = announcedLength(header);
    const bool chunked = header.toLower().contains("transfer-encoding: chunked");
    if (length > m_limits.maxBody)
        refuse(socket, 413, "Payload Too Large",
               tr("the request is larger than %1 bytes").arg(m_limits.maxBody));
    else if ((length > m_limits.largeBody || chunked) && m_limits.mayUpload
             && !m_limits.mayUpload(header))
        refuse(socket, 401, "Unauthorized",
               tr("a large request must be signed by an enrolled device"));
}

void GuardedTcpServer::refuse(QTcpSocket *socket, int status, const QByteArray &reason,
                              const QString &message)
{
    // What was sent is dropped unread, so that the HTTP server never sees this request.
    (void)socket->readAll();
    const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("error"), message } })
                                .toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // Closed at once, a socket with unread data resets the connection, and a client still
    // sending its body may never read the answer: what it still sends is dropped for a
    // moment (the sweep closes it), as web servers do.
    const auto state = m_states.find(socket);
    if (state == m_states.end()) {
        socket->disconnectFromHost();
        return;
    }
    state->drainingSince = QDateTime::currentDateTimeUtc();
}

void GuardedTcpServer::sweep()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QTcpSocket *> idle;
    QList<QTcpSocket *> slow;
    QList<QTcpSocket *> drained;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (it->drainingSince.isValid()) {
            if (it->drainingSince.msecsTo(now) >= LingerMilliseconds)
                drained << it.key();
        } else if (it->requestStart.isValid()) {
            if (it->requestStart.secsTo(now) >= m_limits.requestSeconds)
                slow << it.key();
        } else if (it->lastActivity.secsTo(now) >= m_limits.idleSeconds) {
            idle << it.key();
        }
    }
    for (QTcpSocket *socket : std::as_const(drained)) {
        m_states.remove(socket);
        socket->disconnectFromHost();
    }
    for (QTcpSocket *socket : std::as_const(idle)) {
        m_states.remove(socket);
        socket->disconnectFromHost();
    }
    for (QTcpSocket *socket : std::as_const(slow))
        refuse(socket, 408, "Request Timeout", tr("the request took too long to arrive"));
}

} // namespace jalon
