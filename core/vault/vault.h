// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "crypto/keywrap.h"
#include "crypto/signingkey.h"
#include "vault/keyfile.h"
#include "vault/sqlitedatabase.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

namespace jalon {

/// A person's encrypted store on one device: a directory holding the SQLCipher database
/// (`vault.db`) and the key file (`vault.key`). The database is keyed with a random
/// 256-bit data key that only the passphrase or the recovery code can unwrap; a wrong
/// secret is refused before the database is touched. While open, the vault holds the data
/// key and the device's Ed25519 key; lock() wipes both.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    static constexpr const char *DatabaseFile = "vault.db";
    static constexpr const char *KeyFileName = "vault.key";

    struct Created;

    /// Makes a new vault in `directory` (created if needed; must not hold a vault).
    /// The recovery code comes back once, in Created, and is never stored.
    static Result<Created> create(const QString &directory, const QString &passphrase,
                                  const KdfParams &params = KdfParams::recommended());
    static Result<std::unique_ptr<Vault>> open(const QString &directory, const QString &passphrase);
    /// Unlocks with the recovery code and sets a new passphrase (the code stays valid).
    static Result<std::unique_ptr<Vault>>
    recover(const QString &directory, const QString &recoveryCode, const QString &newPassphrase);
    /// Whether `directory` holds a vault (its key file).
    static bool exists(const QString &directory);
    /// Opens with the device secret a platform key store kept (the quick unlock).
    static Result<std::unique_ptr<Vault>> openWithDeviceSecret(const QString &directory,
                                                               const SecretBytes &secret);
    /// Whether the vault in `directory` can be opened with a device secret. Reads the key
    /// file only; false when it cannot be read.
    static bool hasDeviceUnlock(const QString &directory);
    /// The id of the vault in `directory` (see id()), read from its key file; empty when
    /// it cannot be read.
    static QString idOf(const QString &directory);

    ~Vault();

    /// Whether `passphrase` opens this vault (Argon2id: a quarter of a second). Reads
    /// only the key file already loaded: safe on a worker thread while the vault is used.
    bool acceptsPassphrase(const QString &passphrase) const;
    /// Rewraps the data key under a new passphrase; the database is not rewritten.
    Result<void> changePassphrase(const QString &newPassphrase);
    /// Adds the quick unlock: the data key wrapped once more under a new random device
    /// secret, returned for the caller to keep in the platform's key store (never in the
    /// vault). Replaces an earlier one.
    Result<SecretBytes> enableDeviceUnlock();
    /// Removes the quick unlock's wrap: the device secret, wherever it is, opens nothing.
    Result<void> disableDeviceUnlock();
    bool hasDeviceUnlock() const { return m_keyFile.device.has_value(); }
    /// Names the vault in a key store: its random id, hex.
    QString id() const { return QString::fromLatin1(m_keyFile.vaultId.toHex()); }
    /// Closes the database and wipes the keys. The object is unusable afterwards.
    void lock();
    bool isOpen() const { return m_database != nullptr; }

    SqliteDatabase &database() { return *m_database; }
    const SigningKey &deviceKey() const { return *m_deviceKey; }
    QString directory() const { return m_directory; }

    /// UTF-8 of the NFC form: the same passphrase typed on another keyboard (composed or
    /// decomposed accents) gives the same bytes.
    static QByteArray passphraseBytes(const QString &passphrase);

private:
    Vault(const QString &directory, KeyFile keyFile, SecretBytes dataKey);
    static Result<std::unique_ptr<Vault>> openWithKey(const QString &directory, KeyFile keyFile,
                                                      SecretBytes dataKey);
    Result<void> loadDeviceKey();

    QString m_directory;
    KeyFile m_keyFile;
    SecretBytes m_dataKey;
    std::unique_ptr<SqliteDatabase> m_database;
    std::optional<SigningKey> m_deviceKey;
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    QString recoveryCode;
};

} // namespace jalon
