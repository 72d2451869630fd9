// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)

public:
    /// Takes no default: QML (Qt 6.4) would build its own instance instead of calling create().
    explicit Preferences(QObject *parent);

    static void setInstance(Preferences *preferences);
    static Preferences *create(QQmlEngine *, QJSEngine *);
    /// The engine to retranslate when the language changes.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    /// "fr" (the default) or "en".
    QString language() const;
    void setLanguage(const QString &language);
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
