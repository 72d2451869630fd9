// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retryschedule.h"

#include <QObject>
#include <QTimer>

namespace jalon {

class SyncClient;

/// Syncs without being asked: soon after a local change, when the network comes back
/// (QNetworkInformation, where the platform has a backend), and every `period` anyway;
/// after a failure, again on a RetrySchedule. `online` says whether the last try
/// reached the server.
class AutoSync : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)

public:
    struct Timing
    {
        std::chrono::milliseconds period { std::chrono::minutes(2) };
        std::chrono::milliseconds afterChange { std::chrono::seconds(2) };
        std::chrono::milliseconds firstRetry { std::chrono::seconds(5) };
        std::chrono::milliseconds longestRetry { std::chrono::minutes(15) };
    };

    AutoSync(SyncClient &client, Timing timing, QObject *parent = nullptr);
    explicit AutoSync(SyncClient &client, QObject *parent = nullptr)
        : AutoSync(client, Timing(), parent)
    {
    }

    bool isOnline() const { return m_online; }
    int failures() const { return m_failures; }

    /// Starts the period and tries once now.
    void start();
    /// A local change was recorded: sync soon (several changes close together, once).
    void changed();

Q_SIGNALS:
    void onlineChanged();

private:
    void trySync();
    void onFinished(bool ok);
    void schedule(std::chrono::milliseconds delay);

    SyncClient &m_client;
    Timing m_timing;
    RetrySchedule m_retry;
    QTimer m_timer;
    bool m_online = false;
    int m_failures = 0;
};

} // namespace jalon
