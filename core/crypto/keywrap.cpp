// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/keywrap.h"

#include "crypto/sodium.h"

#include <QCoreApplication>
#include <sodium.h>

namespace jalon {

namespace {

    constexpr std::size_t KeyBytes = 32;

    Error cryptoError(const QString &problem)
    {
        return { QCoreApplication::translate("KeyWrap", "key protection"), {}, problem, {} };
    }

} // namespace

KdfParams KdfParams::recommended()
{
    ensureSodium();
    KdfParams params;
    // Measured on the reference machine (README): 3 passes over 128 MiB ≈ 0.3 s, inside
    // the 0.2–0.5 s an unlock may take, and costly enough per guess for an attacker.
    params.opsLimit = 3;
    params.memLimit = 128ull * 1024 * 1024;
    params.salt = QByteArray(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(params.salt.data(), std::size_t(params.salt.size()));
    return params;
}

KdfParams KdfParams::fastForTests()
{
    KdfParams params = recommended();
    params.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
    params.memLimit = crypto_pwhash_MEMLIMIT_MIN;
    return params;
}

bool KdfParams::isValid() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= crypto_pwhash_OPSLIMIT_MAX
        && memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= 4ull * 1024 * 1024 * 1024
        && salt.size() == crypto_pwhash_SALTBYTES;
}

namespace KeyWrap {

    Result<SecretBytes> deriveKey(const QByteArray &secret, const KdfParams &params)
    {
        if (!ensureSodium())
            return std::unexpected(cryptoError(QCoreApplication::translate(
                "KeyWrap", "libsodium cannot start on this processor")));
        if (!params.isValid())
            return std::unexpected(cryptoError(QCoreApplication::translate(
                "KeyWrap", "the key derivation parameters are out of range")));
        SecretBytes key(KeyBytes);
        if (crypto_pwhash(key.data(), key.size(), secret.constData(), std::size_t(secret.size()),
                          reinterpret_cast<const unsigned char *>(params.salt.constData()),
                          params.opsLimit, std::size_t(params.memLimit),
                          crypto_pwhash_ALG_ARGON2ID13)
            != 0) {
            return std::unexpected(
                cryptoError(QCoreApplication::translate(
                                "KeyWrap", "not enough memory to derive the key (%1 MiB needed)")
                                .arg(params.memLimit / (1024 * 1024))));
        }
        return key;
    }

    Result<WrappedKey> wrap(const SecretBytes &key, const QByteArray &secret,
                            const KdfParams &params, const QByteArray &context)
    {
        auto wrappingKey = deriveKey(secret, params);
        if (!wrappingKey)
            return std::unexpected(wrappingKey.error());
        WrappedKey wrapped;
        wrapped.kdf = params;
        wrapped.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
        randombytes_buf(wrapped.nonce.data(), std::size_t(wrapped.nonce.size()));
        wrapped.ciphertext
            = QByteArray(qsizetype(key.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES), '\0');
        unsigned long long length = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char *>(wrapped.ciphertext.data()), &length, key.data(),
            key.size(), reinterpret_cast<const unsigned char *>(context.constData()),
            std::size_t(context.size()), nullptr,
            reinterpret_cast<const unsigned char *>(wrapped.nonce.constData()),
            wrappingKey->data());
        wrapped.ciphertext.truncate(qsizetype(length));
        return wrapped;
    }

    Result<std::optional<SecretBytes>> unwrap(const WrappedKey &wrapped, const QByteArray &secret,
                                              const QByteArray &context)
    {
        if (wrapped.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
            || wrapped.ciphertext.size()
                != qsizetype(KeyBytes) + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES)) {
            return std::optional<SecretBytes>();
        }
        auto wrappingKey = deriveKey(secret, wrapped.kdf);
        if (!wrappingKey)
            return std::unexpected(wrappingKey.error());
        SecretBytes key(KeyBytes);
        unsigned long long length = 0;
        const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &length, nullptr,
            reinterpret_cast<const unsigned char *>(wrapped.ciphertext.constData()),
            std::size_t(wrapped.ciphertext.size()),
            reinterpret_cast<const unsigned char *>(context.constData()),
            std::size_t(context.size()),
            reinterpret_cast<const unsigned char *>(wrapped.nonce.constData()),
            wrappingKey->data());
        if (rc != 0 || length != KeyBytes)
            return std::optional<SecretBytes>();
        return std::optional<SecretBytes>(std::move(key));
    }

} // namespace KeyWrap
} // namespace jalon
