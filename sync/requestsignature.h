// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <functional>

namespace jalon {

class SigningKey;

/// The signature every sync request carries (DESIGN.md §5):
/// `Authorization: Jalon-Ed25519 key=<public key>, ts=<unix seconds>, nonce=<16 random
/// bytes>, sig=<signature>`, all base64url, the signature covering the method, the path
/// with its query, the time, the nonce and the SHA-256 of the body. The nonce lets the
/// same request be sent twice in one second without looking like a replay. No password
/// ever reaches the server.
namespace RequestSignature {

    constexpr auto Header = "Authorization";
    constexpr qint64 WindowSeconds = 5 * 60;

    /// The path and query in their RFC 3986 §6.2.2 normal form: percent-encoded unreserved
    /// characters (letters, digits, "-", ".", "_", "~") decoded, the hex digits of every
    /// other percent-encoding upper-cased, nothing else changed. What the signature covers.
    QByteArray normalizedTarget(const QByteArray &pathAndQuery);
    /// The bytes that are signed.
    QByteArray message(const QByteArray &method, const QByteArray &pathAndQuery, qint64 timestamp,
                       const QByteArray &nonce, const QByteArray &body);
    /// The header value for a request signed now by `key`.
    QByteArray header(const SigningKey &key, const QByteArray &method,
                      const QByteArray &pathAndQuery, const QByteArray &body, const QDateTime &now);

    struct Parsed
    {
        QByteArray publicKey;
        qint64 timestamp = 0;
        QByteArray nonce;
        QByteArray signature;
    };
    /// Reads a header value; an Error says what is malformed.
    Result<Parsed> parse(const QByteArray &value);

} // namespace RequestSignature

/// Checks signed requests on the server: well-formed header, signature, time within the
/// window, and never the same nonce twice (a replayed request is refused even
/// inside the window). Who the key belongs to is the caller's business.
class RequestVerifier
{
    Q_DECLARE_TR_FUNCTIONS(RequestVerifier)

public:
    /// Records a nonce; false when it was already recorded, an error when the store
    /// failed. Several server processes share one so that a request replayed to another
    /// process is refused too.
    using NonceStore = std::function<Result<bool>(const QByteArray &nonce, qint64 timestamp)>;
    void setNonceStore(NonceStore store) { m_store = std::move(store); }

    /// Why a request was not verified: the request itself (HTTP 401), or, when
    /// `unavailable`, the nonce store that failed (503: the request may be sent again).
    struct Refusal : Error
    {
        bool unavailable = false;
    };
    /// The public key that signed the request.
    std::expected<QByteArray, Refusal> verify(const QByteArray &headerValue,
                                              const QByteArray &method,
                                              const QByteArray &pathAndQuery,
                                              const QByteArray &body, const QDateTime &now);

private:
    void forgetOlderThan(qint64 timestamp);

    QHash<QByteArray, qint64> m_seen; ///< nonce → its timestamp, for the window
    NonceStore m_store;
};

} // namespace jalon
