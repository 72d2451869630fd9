// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "crypto/secretbytes.h"

#include <QString>
#include <memory>
#include <optional>

namespace jalon {

/// A platform's store for the device secret of a vault's quick unlock (the Secret
/// Service on Linux; the Android Keystore, the Keychain or DPAPI elsewhere). It holds only
/// that random secret, never the passphrase nor the data key; `account` names the vault
/// (Vault::id()). Every call may block briefly on the platform's service: callers keep it
/// off the UI thread.
class KeyStore
{
public:
    virtual ~KeyStore() = default;

    /// What the person knows it as ("the desktop keyring").
    virtual QString name() const = 0;
    /// Whether the store answers now; the reason in words when it does not.
    virtual Result<void> available() = 0;
    virtual Result<void> store(const QString &account, const SecretBytes &secret) = 0;
    /// The secret, or nullopt when the store has none for `account`.
    virtual Result<std::optional<SecretBytes>> load(const QString &account) = 0;
    /// Forgets `account`'s secret (no error when there was none).
    virtual Result<void> remove(const QString &account) = 0;
};

/// This platform's key store (platforms/<os>/); nullptr where there is none yet.
std::unique_ptr<KeyStore> platformKeyStore();

} // namespace jalon
