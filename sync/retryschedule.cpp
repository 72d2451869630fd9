// SPDX-License-Identifier: GPL-3.0-or-later
#include "retryschedule.h"

#include <algorithm>

namespace jalon {

RetrySchedule::Duration RetrySchedule::delay(int failures, double draw) const
{
    Duration ceiling = m_first;
    for (int i = 1; i < failures && ceiling < m_most; ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, m_most);
    const double fraction = 0.5 + 0.5 * std::clamp(draw, 0.0, 1.0);
    return Duration(qint64(double(ceiling.count()) * fraction));
}

} // namespace jalon
