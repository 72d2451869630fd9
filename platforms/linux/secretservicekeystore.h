// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/keystore.h"

#include <QCoreApplication>

namespace jalon {

/// The desktop keyring over the freedesktop Secret Service (libsecret): GNOME Keyring,
/// KWallet's Secret Service, KeePassXC… Items are stored in the default collection with
/// the schema "org.jalon.Jalon.Vault" and the vault's id as attribute.
class SecretServiceKeyStore final : public KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretServiceKeyStore)

public:
    QString name() const override;
    Result<void> available() override;
    Result<void> store(const QString &account, const SecretBytes &secret) override;
    Result<std::optional<SecretBytes>> load(const QString &account) override;
    Result<void> remove(const QString &account) override;
};

} // namespace jalon
