// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/preferences.h"

#include "common/translations.h"

#include <QCoreApplication>
#include <QSettings>

namespace jalon {

namespace {
    Preferences *s_instance = nullptr;
    const QStringList Languages { QStringLiteral("fr"), QStringLiteral("en") };
    const QString SystemLanguage = QStringLiteral("system");
    const QStringList Themes { QStringLiteral("system"), QStringLiteral("light"),
                               QStringLiteral("dark") };
} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
}

void Preferences::setInstance(Preferences *preferences)
{
    s_instance = preferences;
}

Preferences *Preferences::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString Preferences::languageFor(const QStringList &uiLanguages)
{
    for (const QString &language : uiLanguages) {
        for (const QString &known : Languages) {
            if (language == known || language.startsWith(known + QLatin1Char('-'))
                || language.startsWith(known + QLatin1Char('_')))
                return known;
        }
    }
    return Languages.first();
}

QString Preferences::languageChoice() const
{
    const QString stored = QSettings().value(QStringLiteral("language")).toString();
    return Languages.contains(stored) ? stored : SystemLanguage;
}

QString Preferences::language() const
{
    const QString choice = languageChoice();
    return choice == SystemLanguage ? systemLanguage() : choice;
}

void Preferences::setLanguage(const QString &choice)
{
    if ((!Languages.contains(choice) && choice != SystemLanguage) || choice == languageChoice())
        return;
    const QString before = language();
    QSettings().setValue(QStringLiteral("language"), choice);
    if (language() != before && m_engine
        && installTranslations(*QCoreApplication::instance(), language()))
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

QString Preferences::theme() const
{
    const QString stored = QSettings().value(QStringLiteral("theme")).toString();
    return Themes.contains(stored) ? stored : Themes.first();
}

void Preferences::setTheme(const QString &theme)
{
    if (!Themes.contains(theme) || theme == this->theme())
        return;
    QSettings().setValue(QStringLiteral("theme"), theme);
    Q_EMIT themeChanged();
}

int Preferences::autoLockMinutes() const
{
    return std::clamp(QSettings().value(QStringLiteral("autoLockMinutes"), 5).toInt(), 1, 240);
}

void Preferences::setAutoLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 240);
    if (minutes == autoLockMinutes())
        return;
    QSettings().setValue(QStringLiteral("autoLockMinutes"), minutes);
    Q_EMIT autoLockMinutesChanged();
}

} // namespace jalon
