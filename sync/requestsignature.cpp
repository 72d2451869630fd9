// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestsignature.h"

#include "crypto/base64url.h"
#include "crypto/sha256.h"
#include "crypto/signingkey.h"

#include <QList>
#include <sodium.h>

namespace jalon {

namespace RequestSignature {

    QByteArray normalizedTarget(const QByteArray &pathAndQuery)
    {
        auto hexValue = [](char c) {
            return c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f'  ? c - 'a' + 10
                : c >= 'A' && c <= 'F'  ? c - 'A' + 10
                                        : -1;
        };
        QByteArray result;
        result.reserve(pathAndQuery.size());
        for (qsizetype i = 0; i < pathAndQuery.size(); ++i) {
            const char c = pathAndQuery[i];
            const int high
                = c == '%' && i + 2 < pathAndQuery.size() ? hexValue(pathAndQuery[i + 1]) : -1;
            const int low = high >= 0 ? hexValue(pathAndQuery[i + 2]) : -1;
            if (low < 0) {
                result += c;
                continue;
            }
            const char decoded = char(high * 16 + low);
            const bool unreserved = (decoded >= 'A' && decoded <= 'Z')
                || (decoded >= 'a' && decoded <= 'z') || (decoded >= '0' && decoded <= '9')
                || decoded == '-' || decoded == '.' || decoded == '_' || decoded == '~';
            if (unreserved)
                result += decoded;
            else
                result += '%' + QByteArray(1, pathAndQuery[i + 1]).toUpper()
                    + QByteArray(1, pathAndQuery[i + 2]).toUpper();
            i += 2;
        }
        return result;
    }

    QByteArray message(const QByteArray &method, const QByteArray &pathAndQuery, qint64 timestamp,
                       const QByteArray &nonce, const QByteArray &body)
    {
        // A fixed prefix keeps these signatures from ever being taken for an event's. The
        // target is signed in its RFC 3986 §6.2.2 normal form, so that client and server
        // agree however each side's library percent-encodes it.
        return "jalon-request-v1\n" + method + '\n' + normalizedTarget(pathAndQuery) + '\n'
            + QByteArray::number(timestamp) + '\n' + toBase64Url(nonce) + '\n'
            + toBase64Url(sha256(body));
    }

    QByteArray header(const SigningKey &key, const QByteArray &method,
                      const QByteArray &pathAndQuery, const QByteArray &body, const QDateTime &now)
    {
        const qint64 timestamp = now.toSecsSinceEpoch();
        QByteArray nonce(16, '\0');
        randombytes_buf(nonce.data(), std::size_t(nonce.size()));
        const QByteArray signature
            = key.sign(message(method, pathAndQuery, timestamp, nonce, body));
        return "Jalon-Ed25519 key=" + toBase64Url(key.publicKey())
            + ", ts=" + QByteArray::number(timestamp) + ", nonce=" + toBase64Url(nonce)
            + ", sig=" + toBase64Url(signature);
    }

    Result<Parsed> parse(const QByteArray &value)
    {
        auto malformed = [](const QString &problem) {
            return std::unexpected(Error { RequestVerifier::tr("request"),
                                           QString::fromLatin1(Header), problem,
                                           QStringLiteral("Jalon-Ed25519 key=…, ts=…, sig=…") });
        };
        constexpr QByteArrayView Scheme = "Jalon-Ed25519 ";
        if (!value.startsWith(Scheme))
            return malformed(RequestVerifier::tr("the request is not signed"));
        Parsed parsed;
        bool haveTimestamp = false;
        for (const QByteArray &part : value.mid(Scheme.size()).split(',')) {
            const QByteArray field = part.trimmed();
            const qsizetype equals = field.indexOf('=');
            const QByteArray name = field.left(equals);
            const QByteArray text = field.mid(equals + 1);
            if (equals <= 0)
                return malformed(RequestVerifier::tr("the signature header is malformed"));
            if (name == "key") {
                const auto key = fromBase64Url(text);
                if (!key || key->size() != 32)
                    return malformed(RequestVerifier::tr("the key is not an Ed25519 public key"));
                parsed.publicKey = *key;
            } else if (name == "ts") {
                parsed.timestamp = text.toLongLong(&haveTimestamp);
            } else if (name == "nonce") {
                const auto nonce = fromBase64Url(text);
                if (!nonce || nonce->size() != 16)
                    return malformed(RequestVerifier::tr("the nonce is not 16 bytes"));
                parsed.nonce = *nonce;
            } else if (name == "sig") {
                const auto signature = fromBase64Url(text);
                if (!signature || signature->size() != 64)
                    return malformed(
                        RequestVerifier::tr("the signature is not an Ed25519 signature"));
                parsed.signature = *signature;
            } else {
                return malformed(RequestVerifier::tr("unknown field \"%1\" in the signature header")
                                     .arg(QString::fromLatin1(name)));
            }
        }
        if (parsed.publicKey.isEmpty() || parsed.nonce.isEmpty() || parsed.signature.isEmpty()
            || !haveTimestamp)
            return malformed(
                RequestVerifier::tr("the signature header lacks key, ts, nonce or sig"));
        return parsed;
    }

} // namespace RequestSignature

std::expected<QByteArray, RequestVerifier::Refusal>
RequestVerifier::verify(const QByteArray &headerValue, const QByteArray &method,
                        const QByteArray &pathAndQuery, const QByteArray &body,
                        const QDateTime &now)
{
    auto parsed = RequestSignature::parse(headerValue);
    if (!parsed)
        return std::unexpected(Refusal { parsed.error() });
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    auto refused = [](const QString &problem) {
        return std::unexpected(Refusal {
            Error { tr("request"), QString::fromLatin1(RequestSignature::Header), problem, {} } });
    };
    if (qAbs(nowSeconds - parsed->timestamp) > RequestSignature::WindowSeconds)
        return refused(tr("the request's time is more than 5 minutes away from the server's: check "
                          "the device's clock"));
    const QByteArray signed_
        = RequestSignature::message(method, pathAndQuery, parsed->timestamp, parsed->nonce, body);
    if (!verifySignature(parsed->publicKey, signed_, parsed->signature))
        return refused(tr("the request's signature does not match"));
    bool first = true;
    if (m_store) {
        auto remembered = m_store(parsed->nonce, parsed->timestamp);
        if (!remembered)
            return std::unexpected(Refusal { remembered.error(), true });
        first = *remembered;
    } else {
        forgetOlderThan(nowSeconds - RequestSignature::WindowSeconds);
        first = !m_seen.contains(parsed->nonce);
        m_seen.insert(parsed->nonce, parsed->timestamp);
    }
    if (!first)
        return refused(tr("this request was already received (replay)"));
    return parsed->publicKey;
}

void RequestVerifier::forgetOlderThan(qint64 timestamp)
{
    // Outside the window a replay is refused by its time already.
    m_seen.removeIf([timestamp](const auto &entry) { return entry.value() < timestamp; });
}

} // namespace jalon
