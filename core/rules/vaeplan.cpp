// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/vaeplan.h"

namespace jalon {

namespace {

    QDate workingDay(QDate day)
    {
        const int weekday = day.dayOfWeek(); // 6: Saturday, 7: Sunday
        return weekday >= 6 ? day.addDays(8 - weekday) : day;
    }

} // namespace

QList<QDate> spreadSessions(QDate start, int sessions, int months)
{
    QList<QDate> dates;
    if (!start.isValid() || sessions <= 0)
        return dates;
    const qint64 span = start.daysTo(start.addMonths(qMax(months, 0)));
    for (int i = 0; i < sessions; ++i) {
        // Rounded to the nearest day, in integers: i * span / (sessions - 1).
        const qint64 offset
            = sessions == 1 ? 0 : (2 * i * span + (sessions - 1)) / (2 * (sessions - 1));
        dates << workingDay(start.addDays(offset));
    }
    return dates;
}

} // namespace jalon
