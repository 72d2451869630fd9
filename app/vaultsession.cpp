// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultsession.h"

#include "crypto/secretbytes.h"
#include "vault/passphrasepolicy.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace jalon {

// What the worker thread hands back: the vault, or why not.
struct VaultSession::Outcome
{
    std::unique_ptr<Vault> vault;
    QString recoveryCode;
    QString error;
};

VaultSession::VaultSession(QObject *parent)
    : QObject(parent)
{
}

VaultSession::~VaultSession()
{
    // A worker may still hold the vault: the keys go only once it has let go.
    m_work.waitForFinished();
    wipe(m_recoveryCode);
    if (m_vault)
        m_vault->lock();
}

void VaultSession::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    lock();
    m_directory = directory;
    Q_EMIT directoryChanged();
    Q_EMIT stateChanged();
}

bool VaultSession::exists() const
{
    return !m_directory.isEmpty() && Vault::exists(m_directory);
}

QVariantMap VaultSession::checkPassphrase(const QString &passphrase, const QStringList &names) const
{
    const auto verdict = PassphrasePolicy::check(passphrase, names);
    return { { QStringLiteral("acceptable"), verdict.acceptable },
             { QStringLiteral("bits"), verdict.bits },
             { QStringLiteral("reason"), verdict.reason } };
}

void VaultSession::create(const QString &passphrase, const QStringList &names)
{
    if (m_busy)
        return;
    const auto verdict = PassphrasePolicy::check(passphrase, names);
    if (!verdict.acceptable)
        return fail(verdict.reason);
    start([directory = m_directory, passphrase = QString(passphrase), params = m_params]() mutable {
        Outcome outcome;
        auto created = Vault::create(directory, passphrase, params);
        wipe(passphrase);
        if (!created) {
            outcome.error = created.error().message();
            return outcome;
        }
        outcome.vault = std::move(created->vault);
        outcome.recoveryCode = created->recoveryCode;
        return outcome;
    });
}

void VaultSession::unlock(const QString &passphrase)
{
    if (m_busy)
        return;
    start([directory = m_directory, passphrase = QString(passphrase)]() mutable {
        Outcome outcome;
        auto opened = Vault::open(directory, passphrase);
        wipe(passphrase);
        if (!opened)
            outcome.error = opened.error().problem;
        else
            outcome.vault = std::move(*opened);
        return outcome;
    });
}

void VaultSession::recover(const QString &recoveryCode, const QString &newPassphrase,
                           const QStringList &names)
{
    if (m_busy)
        return;
    const auto verdict = PassphrasePolicy::check(newPassphrase, names);
    if (!verdict.acceptable)
        return fail(verdict.reason);
    start([directory = m_directory, code = QString(recoveryCode),
           passphrase = QString(newPassphrase)]() mutable {
        Outcome outcome;
        auto opened = Vault::recover(directory, code, passphrase);
        wipe(code);
        wipe(passphrase);
        if (!opened)
            outcome.error = opened.error().problem;
        else
            outcome.vault = std::move(*opened);
        return outcome;
    });
}

void VaultSession::changePassphrase(const QString &current, const QString &next,
                                    const QStringList &names)
{
    if (m_busy || !m_vault)
        return;
    const auto verdict = PassphrasePolicy::check(next, names);
    if (!verdict.acceptable)
        return Q_EMIT passphraseChangeFinished(false, verdict.reason);
    Vault *vault = m_vault.get();
    runOnOpenVault(
        [vault, current = QString(current), next = QString(next)]() mutable {
            QString error;
            if (!vault->acceptsPassphrase(current))
                error = tr("the current passphrase is wrong");
            else if (auto changed = vault->changePassphrase(next); !changed)
                error = changed.error().message();
            wipe(current);
            wipe(next);
            return error;
        },
        [this](const QString &error) { Q_EMIT passphraseChangeFinished(error.isEmpty(), error); });
}

bool VaultSession::quickUnlockAvailable() const
{
    return m_keyStore && !m_directory.isEmpty() && Vault::hasDeviceUnlock(m_directory);
}

void VaultSession::unlockWithKeyStore()
{
    if (m_busy || !m_keyStore)
        return;
    start([directory = m_directory, store = m_keyStore] {
        Outcome outcome;
        auto secret = store->load(Vault::idOf(directory));
        if (!secret) {
            outcome.error = tr("%1 does not answer: unlock with your passphrase. (%2)")
                                .arg(store->name(), secret.error().message());
        } else if (!*secret) {
            outcome.error
                = tr("%1 no longer keeps this profile's secret: unlock with your passphrase.")
                      .arg(store->name());
        } else if (auto opened = Vault::openWithDeviceSecret(directory, **secret); !opened) {
            outcome.error = opened.error().problem;
        } else {
            outcome.vault = std::move(*opened);
        }
        return outcome;
    });
}

void VaultSession::rememberOnDevice(bool remember)
{
    if (m_busy || !m_vault)
        return;
    if (!m_keyStore)
        return Q_EMIT rememberFinished(
            false, tr("This device has no key store Jalon can use: the passphrase stays needed."));
    Vault *vault = m_vault.get();
    runOnOpenVault(
        [vault, store = m_keyStore, remember]() -> QString {
            const QString account = vault->id();
            if (!remember) {
                // The wrap first: once it is gone, a secret left behind opens nothing.
                if (auto removed = vault->disableDeviceUnlock(); !removed)
                    return removed.error().message();
                if (auto forgotten = store->remove(account); !forgotten)
                    return tr("The quick unlock is off, but %1 still holds an unused secret: %2")
                        .arg(store->name(), forgotten.error().message());
                return {};
            }
            if (auto available = store->available(); !available)
                return available.error().message();
            auto secret = vault->enableDeviceUnlock();
            if (!secret)
                return secret.error().message();
            if (auto kept = store->store(account, *secret); !kept) {
                (void)vault->disableDeviceUnlock(); // no wrap whose secret is nowhere
                return kept.error().message();
            }
            return {};
        },
        [this](const QString &error) { Q_EMIT rememberFinished(error.isEmpty(), error); });
}

void VaultSession::confirmPassphrase(const QString &passphrase)
{
    if (m_busy || !m_vault)
        return Q_EMIT passphraseConfirmed(false, tr("the profile is locked"));
    Vault *vault = m_vault.get();
    runOnOpenVault(
        [vault, passphrase = QString(passphrase)]() mutable {
            const bool accepted = vault->acceptsPassphrase(passphrase);
            wipe(passphrase);
            return accepted ? QString() : tr("the passphrase is wrong");
        },
        [this](const QString &error) {
            // Locked meanwhile: a confirmed passphrase no longer lets anything be signed.
            if (error.isEmpty() && !isUnlocked())
                return Q_EMIT passphraseConfirmed(false, tr("the profile is locked"));
            Q_EMIT passphraseConfirmed(error.isEmpty(), error);
        });
}

void VaultSession::runOnOpenVault(std::function<QString()> work,
                                  std::function<void(const QString &)> done)
{
    m_busy = true;
    Q_EMIT stateChanged();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher, done = std::move(done)] {
                const QString error = watcher->result();
                watcher->deleteLater();
                m_busy = false;
                if (m_lockPending)
                    wipeVault();
                Q_EMIT stateChanged();
                done(error);
            });
    // A lock meanwhile waits for this work (see lock()), so the vault outlives it.
    QFuture<QString> future = QtConcurrent::run(std::move(work));
    m_work = QFuture<void>(future);
    watcher->setFuture(future);
}

void VaultSession::start(std::function<Outcome()> work)
{
    lock();
    m_busy = true;
    m_error.clear();
    Q_EMIT stateChanged();
    // The outcome holds a move-only vault: it travels in a shared pointer.
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, [this, watcher] {
        std::shared_ptr<Outcome> outcome = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        m_error = outcome->error;
        m_vault = std::move(outcome->vault);
        m_recoveryCode = outcome->recoveryCode;
        wipe(outcome->recoveryCode);
        // Locked while it opened (the idle timer, the button, quitting): it stays locked.
        if (m_lockPending) {
            forgetRecoveryCode();
            wipeVault();
            m_error.clear();
        }
        Q_EMIT stateChanged();
    });
    auto future
        = QtConcurrent::run([work = std::move(work)] { return std::make_shared<Outcome>(work()); });
    m_work = QFuture<void>(future);
    watcher->setFuture(future);
}

void VaultSession::fail(const QString &message)
{
    m_error = message;
    Q_EMIT stateChanged();
}

void VaultSession::forgetRecoveryCode()
{
    wipe(m_recoveryCode);
    m_recoveryCode.clear();
    Q_EMIT stateChanged();
}

void VaultSession::lock()
{
    forgetRecoveryCode();
    // Work on a worker thread (opening, rewrapping the key, checking the passphrase, the
    // key store) cannot be stopped halfway: the profile reads as locked at once, and the
    // keys are wiped the moment the work lets go of them (a quarter of a second for
    // Argon2id), whatever the work was. Nothing it opens stays open.
    if (m_busy) {
        if (!m_lockPending) {
            m_lockPending = true;
            Q_EMIT stateChanged();
        }
        return;
    }
    if (!m_vault)
        return;
    wipeVault();
    Q_EMIT stateChanged();
}

void VaultSession::wipeVault()
{
    m_lockPending = false;
    if (!m_vault)
        return;
    m_vault->lock();
    m_vault.reset();
}

} // namespace jalon
