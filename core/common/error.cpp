// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.h"

#include <QCoreApplication>

namespace jalon {

QString Error::message() const
{
    QStringList parts;
    if (!source.isEmpty())
        parts << source;
    if (!location.isEmpty())
        parts << location;
    QString text = parts.join(QLatin1String(": "));
    if (!text.isEmpty())
        text += QLatin1String(": ");
    text += problem;
    if (!expected.isEmpty())
        text += QLatin1String(" ")
            + QCoreApplication::translate("Error", "(expected: %1)").arg(expected);
    return text;
}

} // namespace jalon
