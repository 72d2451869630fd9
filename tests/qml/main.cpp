// SPDX-License-Identifier: GPL-3.0-or-later
// Sets up what main.cpp sets up for the app: translations, style, the QML singletons.
#include "common/translations.h"
#include "referentiellibrary.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQuickTest>

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        jalon::installTranslations(*QCoreApplication::instance(), QStringLiteral("fr"));
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        m_referentiels = std::make_unique<jalon::ReferentielLibrary>();
        jalon::ReferentielLibrary::setInstance(m_referentiels.get());
    }

private:
    std::unique_ptr<jalon::ReferentielLibrary> m_referentiels;
};

QUICK_TEST_MAIN_WITH_SETUP(jalon, Setup)

#include "main.moc"
