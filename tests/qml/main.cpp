// SPDX-License-Identifier: GPL-3.0-or-later
// Sets up what main.cpp sets up for the app, with a fresh profile for every test file,
// and `Fixtures`: what other people's devices would send (signed attestations, a
// concurrent livret edit, the accompanist's sessions).
#include "appharness.h"
#include "qmlfixtures.h"

#include <QQmlEngine>
#include <QtQuickTest>
#include <vector>

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        jalon::test::AppHarness::setUpApplication(m_settings.path());
        jalon::QmlFixtures::registerType();
    }

    // Every test file starts with no profile, as on a new tablet.
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        m_harnesses.push_back(std::make_unique<jalon::test::AppHarness>());
        m_harnesses.back()->preferences.setEngine(engine);
        jalon::QmlFixtures::setSession(&m_harnesses.back()->session);
    }

private:
    QTemporaryDir m_settings;
    std::vector<std::unique_ptr<jalon::test::AppHarness>> m_harnesses;
};

QUICK_TEST_MAIN_WITH_SETUP(jalon, Setup)

#include "main.moc"
