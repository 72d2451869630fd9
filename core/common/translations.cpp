// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace jalon {

bool installTranslations(QCoreApplication &application, const QString &language)
{
    const QString code = language.isEmpty() ? QStringLiteral("fr") : language;
    auto *translator = new QTranslator(&application);
    if (!translator->load(QStringLiteral(":/i18n/jalon_%1.qm").arg(code))) {
        delete translator;
        return false;
    }
    // Switching language at run time: the previous translation goes first.
    for (QTranslator *previous : application.findChildren<QTranslator *>(
             QStringLiteral("jalon"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    translator->setObjectName(QStringLiteral("jalon"));
    QLocale::setDefault(QLocale(code));
    return QCoreApplication::installTranslator(translator);
}

} // namespace jalon

namespace jalon {

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                           : QStringLiteral("en");
}

} // namespace jalon
