// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
pragma ComponentBehavior: Bound
import QtQuick

// Dates in words, as people write them: the locale's long format, with French's ordinal
// for the first of the month ("1er décembre"), which the locale data leaves out.
QtObject {
    function longDate(day: date): string {
        const words = day.toLocaleDateString(Qt.locale(), Locale.LongFormat)
        return day.getDate() === 1 && Qt.locale().name.startsWith("fr")
                ? words.replace(/(^|\s)1(?=\s)/, first => first + "er") : words
    }
}
