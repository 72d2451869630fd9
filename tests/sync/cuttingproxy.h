// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <memory>

namespace jalon {

/// A TCP proxy on loopback in front of a server that, while cutting, drops each connection
/// after a random number of the server's bytes: the network failing in the middle of an
/// answer, after the server did its work. Requests always get through whole.
class CuttingProxy : public QObject
{
public:
    CuttingProxy(quint16 upstream, quint32 seed)
        : m_upstream(upstream)
        , m_random(seed)
    {
        QObject::connect(&m_listener, &QTcpServer::newConnection, this, [this] { accept(); });
        m_listener.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_listener.serverPort()));
    }
    /// Cuts each connection after 0 to `mostBytes` of the answer; 0: passes everything.
    void cutAfterAtMost(int mostBytes) { m_mostBytes = mostBytes; }
    int cuts() const { return m_cuts; }

private:
    // How much of the server's bytes one connection still passes: decided when it first
    // carries an answer while cutting is on (a kept-alive connection made before, too).
    struct Allowance
    {
        bool decided = false;
        qint64 left = 0;
    };

    void accept()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            auto *server = new QTcpSocket(client);
            auto allowance = std::make_shared<Allowance>();
            QObject::connect(client, &QTcpSocket::readyRead, server,
                             [client, server] { server->write(client->readAll()); });
            QObject::connect(server, &QTcpSocket::readyRead, client,
                             [this, client, server, allowance] {
                                 forward(*client, server->readAll(), *allowance);
                             });
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(server, &QTcpSocket::disconnected, client,
                             [client] { client->disconnectFromHost(); });
            server->connectToHost(QHostAddress::LocalHost, m_upstream);
        }
    }

    void forward(QTcpSocket &client, const QByteArray &bytes, Allowance &allowance)
    {
        if (!allowance.decided && m_mostBytes > 0)
            allowance = { true, qint64(m_random.bounded(m_mostBytes + 1)) };
        if (!allowance.decided || m_mostBytes == 0 || bytes.size() <= allowance.left) {
            allowance.left -= bytes.size();
            client.write(bytes);
            return;
        }
        client.write(bytes.left(allowance.left));
        client.flush();
        ++m_cuts;
        client.abort();
        client.deleteLater();
    }

    QTcpServer m_listener;
    quint16 m_upstream;
    QRandomGenerator m_random;
    int m_mostBytes = 0;
    int m_cuts = 0;
};

} // namespace jalon
