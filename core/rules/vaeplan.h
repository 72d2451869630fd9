// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

namespace jalon {

/// The dates of a VAE accompaniment's `sessions` sessions, spread evenly from `start`
/// over `months` months: the first on `start`, the last `months` months later; a date
/// that falls on a Saturday or a Sunday moves to the Monday after. Each stays editable.
QList<QDate> spreadSessions(QDate start, int sessions, int months);

} // namespace jalon
