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
    wipe(m_recoveryCode);
}

void VaultSession::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    lock();
    m_directory = directory;
    Q_EMIT directoryChanged();
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
        Q_EMIT stateChanged();
    });
    watcher->setFuture(
        QtConcurrent::run([work = std::move(work)] { return std::make_shared<Outcome>(work()); }));
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
    if (!m_vault)
        return;
    m_vault->lock();
    m_vault.reset();
    Q_EMIT stateChanged();
}

} // namespace jalon
