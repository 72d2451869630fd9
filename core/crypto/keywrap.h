// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "crypto/secretbytes.h"

#include <QByteArray>
#include <optional>

namespace jalon {

/// Argon2id cost and salt. Stored beside each wrapped key so that unlocking always uses
/// the parameters the key was wrapped with, whatever the defaults have become since.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; ///< bytes
    QByteArray salt; ///< crypto_pwhash_SALTBYTES

    /// The cost used for passphrases: ≈0.3 s and 128 MiB on a 2020s laptop core.
    static KdfParams recommended();
    /// libsodium's minimum cost: for tests only, where thousands of unlocks run.
    static KdfParams fastForTests();
    /// For a secret of 256 random bits (a device secret in a platform key store): a slow
    /// derivation adds nothing against guessing it, so the minimum cost.
    static KdfParams forRandomSecret() { return fastForTests(); }
    /// Whether these parameters are inside libsodium's accepted range.
    bool isValid() const;
};

/// A 256-bit key sealed with XChaCha20-Poly1305 under a key derived from a secret.
struct WrappedKey
{
    KdfParams kdf;
    QByteArray nonce; ///< crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
    QByteArray ciphertext; ///< key + tag
};

namespace KeyWrap {

    /// Derives the wrapping key (Argon2id). Fails only when memory cannot be had.
    Result<SecretBytes> deriveKey(const QByteArray &secret, const KdfParams &params);

    /// Seals `key` under `secret`; `context` is bound as associated data, so a wrap cannot be
    /// moved to another vault or slot.
    Result<WrappedKey> wrap(const SecretBytes &key, const QByteArray &secret,
                            const KdfParams &params, const QByteArray &context);

    /// Opens a wrap. nullopt when the secret is wrong or the wrap was altered: the AEAD
    /// cannot tell the two apart, which is why the key file carries its own checksum.
    Result<std::optional<SecretBytes>> unwrap(const WrappedKey &wrapped, const QByteArray &secret,
                                              const QByteArray &context);

} // namespace KeyWrap
} // namespace jalon
