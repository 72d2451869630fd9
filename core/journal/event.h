// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace jalon {

class SigningKey;

/// One signed event (DESIGN.md §3): the unit of every change and of sync.
///   { "v": 1, "author", "seq", "prev", "at", "kind", "subject", "body", "sig" }
/// sig = Ed25519(JCS(event without sig)); id = SHA-256(JCS(event with sig)).
struct Event
{
    Q_DECLARE_TR_FUNCTIONS(Event)

public:
    static constexpr int Version = 1;

    QByteArray author; ///< Ed25519 public key of the device (32 bytes)
    qint64 seq = 0; ///< 1, 2, 3… per author
    QByteArray prev; ///< id of the author's event seq-1; empty for seq 1
    QDateTime at; ///< UTC, millisecond precision
    QString kind;
    QString subject; ///< the candidate (user id) the event is about, or the org object
    QJsonObject body;
    QByteArray sig; ///< 64 bytes

    /// The bytes the signature covers.
    QByteArray signingBytes() const;
    /// The event as stored and sent: canonical JSON with the signature.
    QByteArray canonical() const;
    /// SHA-256 of canonical() (32 bytes).
    QByteArray id() const;
    QString idText() const;

    /// Sets author and sig; returns canonical(), which signing had to build anyway.
    QByteArray signWith(const SigningKey &key);
    bool hasValidSignature() const;

    /// A text field of the body (EventFields), empty when absent.
    QString bodyText(QLatin1String field) const;
    /// An id field of the body, decoded (32 bytes); empty when absent, null or not an id.
    QByteArray bodyId(QLatin1String field) const;

    /// Reads an event from JSON (any spelling of it: it is canonicalised first).
    /// Checks the envelope only (types, sizes, formats); signature, chain and body are
    /// the verifier's job.
    static Result<Event> fromJson(const QByteArray &json);
    /// Reads an event the journal stored (already checked when it came in) without the
    /// canonical round trip: the fast path for rebuilding projections.
    static Result<Event> fromStored(const QByteArray &canonical);
    /// SHA-256 of canonical bytes: the id of the event they spell.
    static QByteArray idOf(const QByteArray &canonical);

    /// "2026-11-22T10:15:00.123Z"
    static QString formatTime(const QDateTime &at);
    /// The inverse of formatTime; invalid for any other spelling.
    static QDateTime parseTime(const QString &text);

private:
    QByteArray assemble(const QByteArray &canonicalBody, bool withSignature) const;
    static Result<Event> fromObject(const QJsonObject &object);
};

/// Event ids and keys as text: base64url without padding.
QString toIdText(const QByteArray &id);

} // namespace jalon
