// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace jalon {

/// The device's preferences, kept outside the vault (they are needed before it opens and
/// hold nothing personal): interface language, colour theme, idle delay before locking.
/// The `Preferences` singleton; changing the language retranslates the open window.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The language shown: "fr" or "en".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// What the person chose: "system" (the default: the system's locale decides), "fr", "en".
    Q_PROPERTY(QString languageChoice READ languageChoice WRITE setLanguage NOTIFY languageChanged)
    /// The language the system's locale gives ("fr" or "en").
    Q_PROPERTY(QString systemLanguage READ systemLanguage CONSTANT)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY
                   autoLockMinutesChanged)

public:
    /// Takes no default: QML (Qt 6.4) would build its own instance instead of calling create().
    explicit Preferences(QObject *parent);

    static void setInstance(Preferences *preferences);
    static Preferences *create(QQmlEngine *, QJSEngine *);
    /// The engine to retranslate when the language changes.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    /// "fr" or "en": the one chosen, else the system's.
    QString language() const;
    QString languageChoice() const;
    /// "system", "fr" or "en"; anything else is ignored.
    void setLanguage(const QString &choice);
    QString systemLanguage() const { return languageFor(QLocale::system().uiLanguages()); }
    /// French or English from a locale's languages, most preferred first ("en-GB",
    /// "fr-CA"…): the first of the two that appears; French when neither does.
    static QString languageFor(const QStringList &uiLanguages);
    /// "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

Q_SIGNALS:
    void languageChanged();
    void themeChanged();
    void autoLockMinutesChanged();

private:
    QPointer<QQmlEngine> m_engine;
};

} // namespace jalon
