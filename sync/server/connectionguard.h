// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QTcpServer>
#include <QTimer>
#include <functional>

class QTcpSocket;

namespace jalon {

/// What one client may hold of the server: connections from one address, seconds a
/// connection may sit idle, seconds a request may take to arrive, and the body a request
/// may announce.
struct ConnectionLimits
{
    int perAddress = 128;
    int idleSeconds = 30;
    int requestSeconds = 30;
    qint64 maxBody = 0; ///< a larger Content-Length is answered 413 before anything is read
    /// Above this announced length, a request's header must pass `mayUpload` before its
    /// body is read: no one unknown fills the server's memory.
    qint64 largeBody = 1024 * 1024;
    std::function<bool(const QByteArray &header)> mayUpload;
    /// Signed requests one device may make a minute (and at once); 0: no limit. Past it,
    /// 429 with Retry-After.
    int requestsPerMinute = 0;
};

/// The listening socket under Qt HTTP Server, which has no limits of its own (6.4): it
/// turns away an address holding too many connections (503), closes connections idle too
/// long and requests that trickle in too slowly, and answers 413 to a request announcing
/// more than the limit before buffering any of it. Answers go out with low delay.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const ConnectionLimits &limits, QObject *parent = nullptr);

    /// Milliseconds since bytes last arrived. Qt HTTP Server reads a socket right after this
    /// class does and answers a request in the same turn, so while a request is answered
    /// this is the time taken to answer it once its last bytes were in.
    double millisecondsSinceLastRead() const { return m_lastRead.nsecsElapsed() / 1e6; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct State
    {
        QString address;
        QDateTime lastActivity;
        QDateTime requestStart; ///< invalid between requests
        bool headerChecked = false;
        qint64 received = 0; ///< bytes of the request so far, whatever its framing (chunked too)
        QDateTime drainingSince; ///< refused, the answer sent: what still comes is dropped
    };

    void onReadyRead(QTcpSocket *socket);
    void sweep();
    void refuse(QTcpSocket *socket, int status, const QByteArray &reason, const QString &message);

    ConnectionLimits m_limits;
    QHash<QTcpSocket *, State> m_states;
    QHash<QString, int> m_open; ///< address → connections open
    QTimer m_sweep;
    QElapsedTimer m_lastRead;
};

} // namespace jalon
