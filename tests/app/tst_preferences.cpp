// SPDX-License-Identifier: GPL-3.0-or-later
// The language follows the system's locale unless the person chose one.
#include "session/preferences.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jalon;

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("JalonTest"));
    }

    void languageFromTheSystem_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("language");
        QTest::newRow("France") << QStringList { QStringLiteral("fr-FR") } << "fr";
        QTest::newRow("Québec") << QStringList { QStringLiteral("fr-CA"), QStringLiteral("en-CA") }
                                << "fr";
        QTest::newRow("England") << QStringList { QStringLiteral("en-GB") } << "en";
        QTest::newRow("English first, then French")
            << QStringList { QStringLiteral("en-US"), QStringLiteral("fr") } << "en";
        QTest::newRow("German, then English")
            << QStringList { QStringLiteral("de-DE"), QStringLiteral("en") } << "en";
        QTest::newRow("German only: French") << QStringList { QStringLiteral("de-DE") } << "fr";
        QTest::newRow("C locale: French") << QStringList { QStringLiteral("C") } << "fr";
        QTest::newRow("not a prefix") << QStringList { QStringLiteral("fry") } << "fr";
        QTest::newRow("enx is not English") << QStringList { QStringLiteral("enx") } << "fr";
    }

    void languageFromTheSystem()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, language);
        QCOMPARE(Preferences::languageFor(uiLanguages), language);
    }

    void aChoiceOverridesTheSystem()
    {
        QSettings().remove(QStringLiteral("language"));
        Preferences preferences(nullptr);
        QCOMPARE(preferences.languageChoice(), QStringLiteral("system"));
        QCOMPARE(preferences.language(), preferences.systemLanguage());
        QSignalSpy changed(&preferences, &Preferences::languageChanged);
        const QString other = preferences.systemLanguage() == QLatin1String("fr")
            ? QStringLiteral("en")
            : QStringLiteral("fr");
        preferences.setLanguage(other);
        QCOMPARE(preferences.language(), other);
        QCOMPARE(preferences.languageChoice(), other);
        preferences.setLanguage(QStringLiteral("de")); // not offered: ignored
        QCOMPARE(preferences.language(), other);
        preferences.setLanguage(QStringLiteral("system"));
        QCOMPARE(preferences.language(), preferences.systemLanguage());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(Preferences(nullptr).languageChoice(), QStringLiteral("system")); // kept
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
