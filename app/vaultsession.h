// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/keywrap.h"
#include "vault/keystore.h"
#include "vault/vault.h"

#include <QFuture>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>
#include <memory>

namespace jalon {

/// The person's vault as the screens see it: created or unlocked off the UI thread
/// (Argon2id takes a quarter of a second on purpose), with `busy` while it runs, an
/// `error` in words when it fails (a wrong passphrase keeps the page), the recovery
/// code held only until the onboarding has shown it, and lock() to wipe the keys.
class VaultSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString directory READ directory WRITE setDirectory NOTIFY directoryChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(bool unlocked READ isUnlocked NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString recoveryCode READ recoveryCode NOTIFY stateChanged)
    /// The quick unlock can be offered: this device's key store keeps the vault's secret.
    Q_PROPERTY(bool quickUnlockAvailable READ quickUnlockAvailable NOTIFY stateChanged)
    /// The open vault is remembered on this device (its quick unlock is on).
    Q_PROPERTY(bool rememberedOnDevice READ rememberedOnDevice NOTIFY stateChanged)
    /// What the person knows the key store as ("the desktop keyring"); empty: none here.
    Q_PROPERTY(QString keyStoreName READ keyStoreName CONSTANT)

public:
    explicit VaultSession(QObject *parent = nullptr);
    ~VaultSession() override;

    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory);
    bool exists() const;
    bool isBusy() const { return m_busy; }
    /// False from the moment lock() is called, even while a worker still holds the keys.
    bool isUnlocked() const { return m_vault != nullptr && !m_lockPending; }
    QString error() const { return m_error; }
    QString recoveryCode() const { return m_recoveryCode; }
    Vault *vault() const { return isUnlocked() ? m_vault.get() : nullptr; }
    bool quickUnlockAvailable() const;
    bool rememberedOnDevice() const { return isUnlocked() && m_vault->hasDeviceUnlock(); }
    QString keyStoreName() const { return m_keyStore ? m_keyStore->name() : QString(); }
    /// The platform's key store for the quick unlock (none: the passphrase only).
    void setKeyStore(std::shared_ptr<KeyStore> keyStore) { m_keyStore = std::move(keyStore); }

    /// Tests use libsodium's minimum cost; people get the recommended one.
    void setKdfParams(const KdfParams &params) { m_params = params; }

    /// {acceptable, bits, reason} for a strength hint while the person types.
    Q_INVOKABLE QVariantMap checkPassphrase(const QString &passphrase,
                                            const QStringList &names) const;
    /// A new vault in `directory`; a weak passphrase is refused at once, with the reason.
    Q_INVOKABLE void create(const QString &passphrase, const QStringList &names);
    Q_INVOKABLE void unlock(const QString &passphrase);
    /// Opens with the recovery code and sets a new passphrase (checked like a new one).
    Q_INVOKABLE void recover(const QString &recoveryCode, const QString &newPassphrase,
                             const QStringList &names = {});
    /// Checks the current passphrase, then rewraps the key under the new one, off the UI
    /// thread and without closing the vault; passphraseChangeFinished() tells.
    Q_INVOKABLE void changePassphrase(const QString &current, const QString &next,
                                      const QStringList &names = {});
    /// Opens with the secret the key store keeps for this vault, off the UI thread; a
    /// store that does not answer or no longer has it is said in words (the passphrase
    /// still opens the vault).
    Q_INVOKABLE void unlockWithKeyStore();
    /// Turns the quick unlock on (a device secret in the key store, a wrap in the key
    /// file) or off (both removed); rememberFinished() tells.
    Q_INVOKABLE void rememberOnDevice(bool remember);
    /// Checks the passphrase of the open vault again (before signing, when it was unlocked
    /// long ago), off the UI thread; passphraseConfirmed() tells.
    Q_INVOKABLE void confirmPassphrase(const QString &passphrase);
    /// The onboarding has shown the recovery code and the person confirmed it.
    Q_INVOKABLE void forgetRecoveryCode();
    /// Closes the vault and wipes its keys. Always wins: during any work on a worker
    /// thread the profile reads as locked at once and is wiped as soon as the work ends.
    Q_INVOKABLE void lock();

Q_SIGNALS:
    void directoryChanged();
    void stateChanged();
    void passphraseChangeFinished(bool ok, const QString &error);
    void passphraseConfirmed(bool ok, const QString &error);
    void rememberFinished(bool ok, const QString &error);

private:
    struct Outcome;
    void start(std::function<Outcome()> work);
    /// Work on the open vault off the UI thread, `busy` meanwhile; `done` gets its error
    /// in words (empty: it worked).
    void runOnOpenVault(std::function<QString()> work, std::function<void(const QString &)> done);
    void fail(const QString &message);
    void wipeVault();

    QString m_directory;
    KdfParams m_params = KdfParams::recommended();
    std::unique_ptr<Vault> m_vault;
    bool m_busy = false;
    bool m_lockPending = false; ///< lock() came while a worker held the vault
    QFuture<void> m_work; ///< the worker's, waited for before the keys go
    QString m_error;
    QString m_recoveryCode;
    std::shared_ptr<KeyStore> m_keyStore;
};

} // namespace jalon
