// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/signingkey.h"

#include "crypto/sodium.h"

#include <sodium.h>

namespace jalon {

SigningKey SigningKey::generate()
{
    ensureSodium();
    SigningKey key;
    key.m_publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    key.m_secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.m_publicKey.data()),
                        key.m_secretKey.data());
    return key;
}

std::optional<SigningKey> SigningKey::fromSecretKey(const SecretBytes &secretKey)
{
    ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return std::nullopt;
    SigningKey key;
    key.m_publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    key.m_secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    // Rebuild the pair from the seed so a damaged public half cannot slip through.
    SecretBytes seed(crypto_sign_SEEDBYTES);
    crypto_sign_ed25519_sk_to_seed(seed.data(), secretKey.data());
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(key.m_publicKey.data()),
                             key.m_secretKey.data(), seed.data());
    if (!(key.m_secretKey == secretKey))
        return std::nullopt;
    return key;
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         std::size_t(message.size()), m_secretKey.data());
    return signature;
}

bool verifySignature(const QByteArray &publicKey, const QByteArray &message,
                     const QByteArray &signature)
{
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               std::size_t(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

} // namespace jalon
