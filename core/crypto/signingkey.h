// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/secretbytes.h"

#include <QByteArray>
#include <optional>

namespace jalon {

/// An Ed25519 key pair: a device's identity, or the server's. The secret half stays in
/// guarded memory and is wiped with the object.
class SigningKey
{
public:
    static SigningKey generate();
    /// From a stored 64-byte libsodium secret key; nullopt if it is not one (its public
    /// half must match the one derived from its seed).
    static std::optional<SigningKey> fromSecretKey(const SecretBytes &secretKey);

    QByteArray publicKey() const { return m_publicKey; }
    const SecretBytes &secretKey() const { return m_secretKey; }
    /// Detached signature (64 bytes).
    QByteArray sign(const QByteArray &message) const;

private:
    SigningKey() = default;
    QByteArray m_publicKey;
    SecretBytes m_secretKey;
};

/// Checks a detached Ed25519 signature with libsodium (whose rules both client and server
/// apply, so both accept exactly the same signatures).
bool verifySignature(const QByteArray &publicKey, const QByteArray &message,
                     const QByteArray &signature);

} // namespace jalon
