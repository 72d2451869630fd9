// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosync.h"

#include "syncclient.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

namespace jalon {

AutoSync::AutoSync(SyncClient &client, Timing timing, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timing(timing)
    , m_retry(timing.firstRetry, timing.longestRetry)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoSync::trySync);
    connect(&m_client, &SyncClient::syncFinished, this, &AutoSync::onFinished);
    // Where the platform tells when the network comes back, try then rather than wait.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        schedule(std::chrono::milliseconds(0));
                });
    }
}

void AutoSync::start()
{
    schedule(std::chrono::milliseconds(0));
}

void AutoSync::changed()
{
    // Only bring the next try forward, never push it back.
    if (!m_timer.isActive() || m_timer.remainingTimeAsDuration() > m_timing.afterChange)
        schedule(m_timing.afterChange);
}

void AutoSync::schedule(std::chrono::milliseconds delay)
{
    m_timer.start(delay);
}

void AutoSync::trySync()
{
    if (m_client.isBusy()) {
        schedule(m_timing.afterChange);
        return;
    }
    m_client.sync();
}

void AutoSync::onFinished(bool ok)
{
    m_failures = ok ? 0 : m_failures + 1;
    const bool reached = m_client.serverReached();
    if (reached != m_online) {
        m_online = reached;
        Q_EMIT onlineChanged();
    }
    schedule(ok ? m_timing.period
                : m_retry.delay(m_failures, QRandomGenerator::global()->generateDouble()));
}

} // namespace jalon
