// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace jalon {

/// The first day a bloc validated on `validatedOn` is no longer valid: the same day
/// `years` later. A bloc validated on 29 February keeps its full years: in a year with no
/// 29 February its validity ends on 1 March, not 28 February.
QDate blocValidityEnd(QDate validatedOn, int years);

/// The last day a bloc validated on `validatedOn` is still valid (the day before the end).
QDate blocValidUntil(QDate validatedOn, int years);
/// True when, on `day`, a bloc validated on `validatedOn` has expired.
bool isBlocExpired(QDate validatedOn, int years, QDate day);

} // namespace jalon
