// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/vault.h"

#include "crypto/recoverycode.h"
#include "vault/vaultschema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcVault, "jalon.vault", QtInfoMsg)

namespace jalon {

namespace {

    QString databasePath(const QString &directory)
    {
        return QDir(directory).filePath(QLatin1String(Vault::DatabaseFile));
    }

    QString keyFilePath(const QString &directory)
    {
        return QDir(directory).filePath(QLatin1String(Vault::KeyFileName));
    }

    void removeDatabaseFiles(const QString &directory)
    {
        const QString path = databasePath(directory);
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(path + QLatin1String(suffix));
    }

    Result<void> storeNewDeviceKey(SqliteDatabase &database)
    {
        const SigningKey deviceKey = SigningKey::generate();
        auto insert = database.prepare(
            "INSERT INTO device (id, public_key, secret_key, created_at) VALUES (1, ?, ?, ?)");
        if (!insert)
            return std::unexpected(insert.error());
        QByteArray secretKey(reinterpret_cast<const char *>(deviceKey.secretKey().data()),
                             qsizetype(deviceKey.secretKey().size()));
        insert->bind(1, deviceKey.publicKey())
            .bind(2, secretKey)
            .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        wipe(secretKey);
        return insert->exec();
    }

    KdfParams withFreshSalt(const KdfParams &cost)
    {
        KdfParams params = KdfParams::recommended();
        params.opsLimit = cost.opsLimit;
        params.memLimit = cost.memLimit;
        return params;
    }

} // namespace

Vault::Vault(const QString &directory, KeyFile keyFile, SecretBytes dataKey)
    : m_directory(directory)
    , m_keyFile(std::move(keyFile))
    , m_dataKey(std::move(dataKey))
{
}

Vault::~Vault()
{
    lock();
}

QByteArray Vault::passphraseBytes(const QString &passphrase)
{
    return passphrase.normalized(QString::NormalizationForm_C).toUtf8();
}

bool Vault::exists(const QString &directory)
{
    return QFile::exists(keyFilePath(directory));
}

Result<Vault::Created> Vault::create(const QString &directory, const QString &passphrase,
                                     const KdfParams &params)
{
    if (passphrase.isEmpty())
        return std::unexpected(
            Error { directory, {}, tr("the passphrase is empty"), tr("a passphrase") });
    if (exists(directory))
        return std::unexpected(Error {
            directory, {}, tr("a vault already exists in this folder"), tr("an empty folder") });
    if (!QDir().mkpath(directory))
        return std::unexpected(Error { directory, {}, tr("the folder cannot be created"), {} });
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // A database without a key file is what an interrupted creation leaves: it was never
    // unlockable, so nothing in it can be lost.
    removeDatabaseFiles(directory);

    KeyFile keyFile;
    keyFile.vaultId = QByteArray(16, '\0');
    randombytes_buf(keyFile.vaultId.data(), std::size_t(keyFile.vaultId.size()));
    SecretBytes dataKey = SecretBytes::random(32);
    const QString recoveryCode = RecoveryCode::generate();

    QByteArray secret = passphraseBytes(passphrase);
    auto passphraseWrap = KeyWrap::wrap(dataKey, secret, params, keyFile.context("passphrase"));
    wipe(secret);
    if (!passphraseWrap)
        return std::unexpected(passphraseWrap.error());
    QByteArray code = *RecoveryCode::normalize(recoveryCode);
    auto recoveryWrap
        = KeyWrap::wrap(dataKey, code, withFreshSalt(params), keyFile.context("recovery"));
    wipe(code);
    if (!recoveryWrap)
        return std::unexpected(recoveryWrap.error());
    keyFile.passphrase = std::move(*passphraseWrap);
    keyFile.recovery = std::move(*recoveryWrap);

    auto database = SqliteDatabase::open(databasePath(directory), dataKey, true);
    if (!database)
        return std::unexpected(database.error());
    if (auto migrated = VaultSchema::migrate(**database); !migrated)
        return std::unexpected(migrated.error());
    if (auto stored = storeNewDeviceKey(**database); !stored)
        return std::unexpected(stored.error());
    database->reset();

    // The key file last: until it exists, the half-made vault is simply not there.
    if (auto saved = keyFile.save(keyFilePath(directory)); !saved)
        return std::unexpected(saved.error());
    qCInfo(lcVault) << "created a vault in" << directory;
    auto vault = openWithKey(directory, std::move(keyFile), std::move(dataKey));
    if (!vault)
        return std::unexpected(vault.error());
    return Created { std::move(*vault), recoveryCode };
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &directory, const QString &passphrase)
{
    if (!exists(directory))
        return std::unexpected(Error { directory, {}, tr("there is no vault in this folder"), {} });
    auto keyFile = KeyFile::load(keyFilePath(directory));
    if (!keyFile)
        return std::unexpected(keyFile.error());
    QByteArray secret = passphraseBytes(passphrase);
    auto dataKey = KeyWrap::unwrap(keyFile->passphrase, secret, keyFile->context("passphrase"));
    wipe(secret);
    if (!dataKey)
        return std::unexpected(dataKey.error());
    if (!*dataKey)
        return std::unexpected(Error { directory, {}, tr("wrong passphrase"), {} });
    return openWithKey(directory, std::move(*keyFile), std::move(**dataKey));
}

Result<std::unique_ptr<Vault>> Vault::openWithDeviceSecret(const QString &directory,
                                                           const SecretBytes &secret)
{
    if (!exists(directory))
        return std::unexpected(Error { directory, {}, tr("there is no vault in this folder"), {} });
    auto keyFile = KeyFile::load(keyFilePath(directory));
    if (!keyFile)
        return std::unexpected(keyFile.error());
    if (!keyFile->device)
        return std::unexpected(
            Error { directory,
                    {},
                    tr("this device does not remember the vault: unlock with the passphrase"),
                    {} });
    QByteArray bytes(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
    auto dataKey = KeyWrap::unwrap(*keyFile->device, bytes, keyFile->context("device"));
    wipe(bytes);
    if (!dataKey)
        return std::unexpected(dataKey.error());
    if (!*dataKey)
        return std::unexpected(Error {
            directory,
            {},
            tr("the key store's secret does not open this vault: unlock with the passphrase"),
            {} });
    return openWithKey(directory, std::move(*keyFile), std::move(**dataKey));
}

bool Vault::hasDeviceUnlock(const QString &directory)
{
    auto keyFile = KeyFile::load(keyFilePath(directory));
    return keyFile && keyFile->device.has_value();
}

QString Vault::idOf(const QString &directory)
{
    auto keyFile = KeyFile::load(keyFilePath(directory));
    return keyFile ? QString::fromLatin1(keyFile->vaultId.toHex()) : QString();
}

Result<SecretBytes> Vault::enableDeviceUnlock()
{
    if (!isOpen())
        return std::unexpected(Error { m_directory, {}, tr("the vault is locked"), {} });
    SecretBytes secret = SecretBytes::random(32);
    QByteArray bytes(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
    auto wrapped = KeyWrap::wrap(m_dataKey, bytes, KdfParams::forRandomSecret(),
                                 m_keyFile.context("device"));
    wipe(bytes);
    if (!wrapped)
        return std::unexpected(wrapped.error());
    KeyFile updated = m_keyFile;
    updated.device = std::move(*wrapped);
    if (auto saved = updated.save(keyFilePath(m_directory)); !saved)
        return std::unexpected(saved.error());
    m_keyFile = std::move(updated);
    return secret;
}

Result<void> Vault::disableDeviceUnlock()
{
    if (!m_keyFile.device)
        return {};
    KeyFile updated = m_keyFile;
    updated.device.reset();
    if (auto saved = updated.save(keyFilePath(m_directory)); !saved)
        return saved;
    m_keyFile = std::move(updated);
    return {};
}

Result<std::unique_ptr<Vault>> Vault::recover(const QString &directory, const QString &recoveryCode,
                                              const QString &newPassphrase)
{
    if (newPassphrase.isEmpty())
        return std::unexpected(
            Error { directory, {}, tr("the new passphrase is empty"), tr("a passphrase") });
    if (!exists(directory))
        return std::unexpected(Error { directory, {}, tr("there is no vault in this folder"), {} });
    auto keyFile = KeyFile::load(keyFilePath(directory));
    if (!keyFile)
        return std::unexpected(keyFile.error());
    auto code = RecoveryCode::normalize(recoveryCode);
    if (!code) {
        return std::unexpected(Error { directory,
                                       {},
                                       tr("this is not a recovery code"),
                                       tr("24 letters and digits, as six groups of four") });
    }
    auto dataKey = KeyWrap::unwrap(keyFile->recovery, *code, keyFile->context("recovery"));
    wipe(*code);
    if (!dataKey)
        return std::unexpected(dataKey.error());
    if (!*dataKey)
        return std::unexpected(Error { directory, {}, tr("wrong recovery code"), {} });
    auto vault = openWithKey(directory, std::move(*keyFile), std::move(**dataKey));
    if (!vault)
        return vault;
    if (auto changed = (*vault)->changePassphrase(newPassphrase); !changed)
        return std::unexpected(changed.error());
    qCInfo(lcVault) << "recovered the vault in" << directory;
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::openWithKey(const QString &directory, KeyFile keyFile,
                                                  SecretBytes dataKey)
{
    const QString path = databasePath(directory);
    if (!QFile::exists(path))
        return std::unexpected(Error { path, {}, tr("the vault's database is missing"), {} });
    auto database = SqliteDatabase::open(path, dataKey, false);
    if (!database)
        return std::unexpected(database.error());
    std::unique_ptr<Vault> vault(new Vault(directory, std::move(keyFile), std::move(dataKey)));
    vault->m_database = std::move(*database);
    if (auto migrated = VaultSchema::migrate(*vault->m_database); !migrated)
        return std::unexpected(migrated.error());
    if (auto loaded = vault->loadDeviceKey(); !loaded)
        return std::unexpected(loaded.error());
    return vault;
}

Result<void> Vault::loadDeviceKey()
{
    auto select = m_database->prepare("SELECT secret_key FROM device WHERE id = 1");
    if (!select)
        return std::unexpected(select.error());
    if (!select->next())
        return std::unexpected(
            Error { m_database->path(), {}, tr("the vault has no device key: it is damaged"), {} });
    QByteArray stored = select->blob(0);
    const SecretBytes secretKey = SecretBytes::fromBytes(
        reinterpret_cast<const unsigned char *>(stored.constData()), std::size_t(stored.size()));
    wipe(stored);
    m_deviceKey = SigningKey::fromSecretKey(secretKey);
    if (!m_deviceKey)
        return std::unexpected(Error {
            m_database->path(), {}, tr("the device key stored in the vault is damaged"), {} });
    return {};
}

bool Vault::acceptsPassphrase(const QString &passphrase) const
{
    QByteArray secret = passphraseBytes(passphrase);
    auto dataKey = KeyWrap::unwrap(m_keyFile.passphrase, secret, m_keyFile.context("passphrase"));
    wipe(secret);
    return dataKey && *dataKey;
}

Result<void> Vault::changePassphrase(const QString &newPassphrase)
{
    if (!isOpen())
        return std::unexpected(Error { m_directory, {}, tr("the vault is locked"), {} });
    if (newPassphrase.isEmpty())
        return std::unexpected(
            Error { m_directory, {}, tr("the new passphrase is empty"), tr("a passphrase") });
    QByteArray secret = passphraseBytes(newPassphrase);
    auto wrapped = KeyWrap::wrap(m_dataKey, secret, withFreshSalt(m_keyFile.passphrase.kdf),
                                 m_keyFile.context("passphrase"));
    wipe(secret);
    if (!wrapped)
        return std::unexpected(wrapped.error());
    KeyFile updated = m_keyFile;
    updated.passphrase = std::move(*wrapped);
    if (auto saved = updated.save(keyFilePath(m_directory)); !saved)
        return saved;
    m_keyFile = std::move(updated);
    return {};
}

void Vault::lock()
{
    m_database.reset();
    m_deviceKey.reset();
    m_dataKey.clear();
}

} // namespace jalon
