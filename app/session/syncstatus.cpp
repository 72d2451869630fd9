// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/syncstatus.h"

#include "sync/autosync.h"
#include "sync/syncclient.h"

#include <QLocale>
#include <QLoggingCategory>

namespace jalon {

Q_LOGGING_CATEGORY(lcSyncStatus, "jalon.sync.status", QtInfoMsg)

SyncStatus::SyncStatus(QObject *parent)
    : QObject(parent)
{
}

void SyncStatus::follow(SyncClient *client, AutoSync *autoSync)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    if (m_autoSync)
        disconnect(m_autoSync, nullptr, this, nullptr);
    m_client = client;
    m_autoSync = autoSync;
    if (m_client)
        connect(m_client, &SyncClient::stateChanged, this, &SyncStatus::changed);
    if (m_autoSync)
        connect(m_autoSync, &AutoSync::onlineChanged, this, &SyncStatus::changed);
    Q_EMIT changed();
}

bool SyncStatus::isJoined() const
{
    return m_client && m_client->isEnrolled();
}

bool SyncStatus::isBusy() const
{
    return m_client && m_client->isBusy();
}

bool SyncStatus::isOnline() const
{
    return m_autoSync && m_autoSync->isOnline();
}

int SyncStatus::pendingCount() const
{
    return m_client ? m_client->pendingCount() : 0;
}

int SyncStatus::heldBackCount() const
{
    return forkedCount(int(Journal::Fork::Open));
}

int SyncStatus::setAsideCount() const
{
    return forkedCount(int(Journal::Fork::SetAside));
}

int SyncStatus::forkedCount(int state) const
{
    if (!m_client)
        return 0;
    const auto count = m_client->ownForkedCount(Journal::Fork(state));
    // Only shown: a failed read hides a line, the error is in the log.
    if (!count)
        qCWarning(lcSyncStatus) << "cannot count the forked events:" << count.error().message();
    return count.value_or(0);
}

QDateTime SyncStatus::lastSync() const
{
    return m_client ? m_client->lastSync() : QDateTime();
}

QString SyncStatus::lastError() const
{
    return m_client ? m_client->lastError() : QString();
}

SyncStatus::State SyncStatus::state() const
{
    if (!isJoined())
        return State::NotJoined;
    if (isBusy())
        return State::Syncing;
    if (!lastError().isEmpty())
        return m_client->serverReached() ? State::Failed : State::Offline;
    return pendingCount() > 0 ? State::Pending : State::UpToDate;
}

QString SyncStatus::summary() const
{
    switch (state()) {
    case State::NotJoined:
        return pendingCount() > 0 ? tr("Not joined · %n change(s) kept here", "", pendingCount())
                                  : tr("Not joined to a centre");
    case State::Syncing:
        return tr("Syncing…");
    case State::Offline:
        return pendingCount() > 0 ? tr("Offline · %n change(s) to send", "", pendingCount())
                                  : tr("Offline");
    case State::Failed:
        return tr("Sync failed");
    case State::Pending:
        return tr("%n change(s) to send", "", pendingCount());
    case State::UpToDate:
        return lastSyncText();
    }
    return {};
}

QString SyncStatus::shortSummary() const
{
    switch (state()) {
    case State::NotJoined:
        return tr("Not joined");
    case State::Syncing:
        return tr("Syncing…");
    case State::Offline:
        return pendingCount() > 0 ? tr("Offline · %n", "to send", pendingCount()) : tr("Offline");
    case State::Failed:
        return tr("Failed", "sync");
    case State::Pending:
        return tr("%n to send", "", pendingCount());
    case State::UpToDate:
        return tr("Up to date");
    }
    return {};
}

QString SyncStatus::lastSyncText() const
{
    const QDateTime last = lastSync().toLocalTime();
    if (!last.isValid())
        return tr("Synced");
    const QLocale locale;
    return last.date() == QDate::currentDate()
        ? tr("Synced at %1").arg(locale.toString(last.time(), QLocale::ShortFormat))
        : tr("Synced on %1").arg(locale.toString(last.date(), QLocale::ShortFormat));
}

} // namespace jalon
