// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/role.h"
#include "rules/candidateprogress.h"
#include "rules/fraction.h"

#include <QCoreApplication>
#include <QString>
#include <iterator>

// What the carnet model and its document both say of statuses and roles.
namespace jalon::CarnetWords {

// The statuses' wire names (for QML) and words (for documents), in the enums' order.
struct StatusWords
{
    const char *name;
    const char *text;
};
inline constexpr StatusWords CompetenceWords[] = {
    { "notStarted", QT_TRANSLATE_NOOP("CarnetModel", "not started") },
    { "inProgress", QT_TRANSLATE_NOOP("CarnetModel", "in progress") },
    { "acquired", QT_TRANSLATE_NOOP("CarnetModel", "acquired") },
};
inline constexpr StatusWords BlocWords[] = {
    { "notStarted", QT_TRANSLATE_NOOP("CarnetModel", "Not started") },
    { "inProgress", QT_TRANSLATE_NOOP("CarnetModel", "In progress") },
    { "ready", QT_TRANSLATE_NOOP("CarnetModel", "Ready for evaluation") },
    { "validated", QT_TRANSLATE_NOOP("CarnetModel", "Validated") },
    { "expired", QT_TRANSLATE_NOOP("CarnetModel", "Expired") },
};
static_assert(std::size(CompetenceWords) == int(CompetenceStatus::Acquired) + 1);
static_assert(std::size(BlocWords) == int(BlocStatus::Expired) + 1);

inline const StatusWords &wordsOf(CompetenceStatus status)
{
    return CompetenceWords[int(status)];
}

inline const StatusWords &wordsOf(BlocStatus status)
{
    return BlocWords[int(status)];
}

inline QString statusName(auto status)
{
    return QLatin1String(wordsOf(status).name);
}

inline QString statusText(auto status)
{
    return QCoreApplication::translate("CarnetModel", wordsOf(status).text);
}

inline QString roleText(const QString &wireName)
{
    const std::optional<Role> role = roleFromName(wireName);
    return role ? roleDisplayName(*role) : wireName;
}

inline int percent(Fraction threshold)
{
    return threshold.den > 0 ? threshold.num * 100 / threshold.den : 0;
}

} // namespace jalon::CarnetWords
