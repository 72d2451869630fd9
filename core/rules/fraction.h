// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace jalon {

/// A threshold p/q kept as two integers: certification rules never use floating point.
struct Fraction
{
    int num = 0;
    int den = 1;

    friend bool operator==(const Fraction &, const Fraction &) = default;
};

/// True when `count` out of `total` reaches the threshold: count * q >= total * p.
/// Zero out of zero reaches any threshold (nothing was asked that was not given).
constexpr bool reachesThreshold(qint64 count, qint64 total, Fraction threshold)
{
    return count * threshold.den >= total * threshold.num;
}

/// `part` of `whole` in whole percent, halves rounded up (2 of 3: 67); 0 of nothing is 0.
/// Every page and document that shows a share in percent says it through this.
constexpr qint64 percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? (part * 200 + whole) / (whole * 2) : 0;
}

/// How many more of `total` must be given, `count` being given already, to reach the
/// threshold (0 when it is reached; never more than what is left).
constexpr qint64 stillNeeded(qint64 count, qint64 total, Fraction threshold)
{
    qint64 needed = 0;
    while (count + needed < total && !reachesThreshold(count + needed, total, threshold))
        ++needed;
    return needed;
}

} // namespace jalon
