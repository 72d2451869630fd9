// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/blocvalidity.h"

namespace jalon {

QDate blocValidityEnd(QDate validatedOn, int years)
{
    const int year = validatedOn.year() + years;
    if (validatedOn.month() == 2 && validatedOn.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 3, 1);
    return QDate(year, validatedOn.month(), validatedOn.day());
}

QDate blocValidUntil(QDate validatedOn, int years)
{
    return blocValidityEnd(validatedOn, years).addDays(-1);
}

bool isBlocExpired(QDate validatedOn, int years, QDate day)
{
    return day >= blocValidityEnd(validatedOn, years);
}

} // namespace jalon
