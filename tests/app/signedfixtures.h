// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/signingkey.h"
#include "journal/event.h"
#include "journal/journal.h"
#include "session/session.h"
#include "vault/vault.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <map>

namespace jalon {

/// One author's log as a device (or the server) keeps it: its own key, and the chain its
/// next event continues.
struct FixtureSigner
{
    SigningKey key = SigningKey::generate();
    qint64 seq = 0;
    QByteArray prev;

    Event sign(const QString &kind, const QString &subject, const QJsonObject &body,
               const QDateTime &at)
    {
        Event event;
        event.seq = ++seq;
        event.prev = prev;
        event.at = at.toUTC();
        event.kind = kind;
        event.subject = subject;
        event.body = body;
        prev = Event::idOf(event.signWith(key));
        return event;
    }
};

/// The organisation around a session, for model tests: a certification centre's server
/// declaring users, devices and assignments (server-signed org.* events), and the other
/// people's own devices signing their work. Events are queued, then delivered as a sync
/// delivers them: received out of the server's partial view, then told to the pages
/// (Session::tellWhatMoved).
class SignedFixtures
{
public:
    explicit SignedFixtures(Session &session)
        : m_session(session)
    {
    }

    /// The session trusts this server's key, as its enrollment makes it (open it first).
    bool trustServer() { return bool(m_session.journal()->setServerKey(m_server.key.publicKey())); }

    /// org.user and org.device: a person with one device, whose signer is returned; a
    /// candidate's certification when the centre sets it.
    FixtureSigner &person(const QString &user, const QString &name, const QString &role,
                          const QDateTime &at, const QString &referentiel = {})
    {
        FixtureSigner &device = m_devices[user];
        QJsonObject declared { { QStringLiteral("user"), user },
                               { QStringLiteral("name"), name },
                               { QStringLiteral("role"), role } };
        if (!referentiel.isEmpty())
            declared.insert(QStringLiteral("referentiel"), referentiel);
        organise(QStringLiteral("org.user"), user, declared, at);
        organise(QStringLiteral("org.device"), user,
                 { { QStringLiteral("user"), user },
                   { QStringLiteral("device"), toIdText(device.key.publicKey()) } },
                 at);
        return device;
    }

    /// org.user and org.device for the session's own person and device (joined as `user`).
    void declareSelf(const QString &user, const QString &name, const QString &role,
                     const QDateTime &at)
    {
        organise(QStringLiteral("org.user"), user,
                 { { QStringLiteral("user"), user },
                   { QStringLiteral("name"), name },
                   { QStringLiteral("role"), role } },
                 at);
        organise(QStringLiteral("org.device"), user,
                 { { QStringLiteral("user"), user },
                   { QStringLiteral("device"),
                     toIdText(m_session.openVault()->deviceKey().publicKey()) } },
                 at);
    }

    void assign(const QString &candidate, const QString &user, const QString &role,
                const QDateTime &at)
    {
        organise(QStringLiteral("org.assign"), candidate,
                 { { QStringLiteral("candidate"), candidate },
                   { QStringLiteral("user"), user },
                   { QStringLiteral("role"), role } },
                 at);
    }

    void unassign(const QString &candidate, const QString &user, const QString &role,
                  const QDateTime &at)
    {
        organise(QStringLiteral("org.unassign"), candidate,
                 { { QStringLiteral("candidate"), candidate },
                   { QStringLiteral("user"), user },
                   { QStringLiteral("role"), role } },
                 at);
    }

    /// An event of `device`'s, queued for delivery.
    Event sign(FixtureSigner &device, const QString &kind, const QString &subject,
               const QJsonObject &body, const QDateTime &at)
    {
        m_pending << device.sign(kind, subject, body, at);
        return m_pending.last();
    }

    /// Receives the queued events and tells the models, as the end of a sync does.
    bool deliver()
    {
        auto received = m_session.journal()->receive(m_pending, Journal::Order::Partial);
        if (!received) {
            qWarning("%s", qPrintable(received.error().message()));
            return false;
        }
        m_pending.clear();
        m_session.tellWhatMoved();
        return true;
    }

private:
    void organise(const QString &kind, const QString &subject, const QJsonObject &body,
                  const QDateTime &at)
    {
        m_pending << m_server.sign(kind, subject, body, at);
    }

    Session &m_session;
    FixtureSigner m_server;
    std::map<QString, FixtureSigner> m_devices; ///< by user id
    QList<Event> m_pending;
};

} // namespace jalon
