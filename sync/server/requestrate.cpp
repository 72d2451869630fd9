// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestrate.h"

#include <cmath>

namespace jalon {

RequestRate::RequestRate(int perMinute)
    : m_perMinute(qMax(0, perMinute))
{
}

int RequestRate::take(const QByteArray &device, qint64 nowMs)
{
    if (m_perMinute == 0)
        return 0;
    const double perMs = m_perMinute / 60000.0;
    auto found = m_buckets.find(device);
    if (found == m_buckets.end())
        found = m_buckets.insert(device, Bucket { double(m_perMinute), nowMs });
    Bucket &bucket = *found;
    bucket.tokens = qMin(double(m_perMinute), bucket.tokens + (nowMs - bucket.at) * perMs);
    bucket.at = nowMs;
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
    }
    return qMax(1, int(std::ceil((1 - bucket.tokens) / perMs / 1000)));
}

} // namespace jalon
