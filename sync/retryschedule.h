// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <chrono>

namespace jalon {

/// When to try again after failed syncs: the delay doubles from `first` up to `most`,
/// each time drawn between half and all of it, so that devices cut off together do
/// not all come back at the same second.
class RetrySchedule
{
public:
    using Duration = std::chrono::milliseconds;

    RetrySchedule(Duration first, Duration most)
        : m_first(first)
        , m_most(most)
    {
    }

    /// The delay before the next try after `failures` failures in a row (≥ 1); `draw`
    /// in [0, 1) picks within the window.
    Duration delay(int failures, double draw) const;

private:
    Duration m_first;
    Duration m_most;
};

} // namespace jalon
