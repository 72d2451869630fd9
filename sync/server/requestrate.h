// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

namespace jalon {

/// How many requests each device may make: up to `perMinute` at once, then `perMinute` a
/// minute (a token bucket per device key). One device syncing in a loop, or a stolen key,
/// cannot take the server from everyone else. Kept in memory: each server process counts
/// its own.
class RequestRate
{
public:
    explicit RequestRate(int perMinute = 0); ///< 0: no limit

    /// Takes one request from `device`'s allowance at `nowMs` (any monotonic clock): 0 when
    /// it may go, else the whole seconds to wait before the next one may.
    int take(const QByteArray &device, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0; ///< when `tokens` was counted
    };

    int m_perMinute = 0;
    QHash<QByteArray, Bucket> m_buckets;
};

} // namespace jalon
