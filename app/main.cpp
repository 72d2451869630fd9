// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: builds the services, hands them to QML, and loads the window.
#include "referentiellibrary.h"
#include "common/translations.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Jalon"));
    QCoreApplication::setApplicationName(QStringLiteral("Jalon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JALON_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Interface language: fr (default) or en."),
                                      QStringLiteral("code"));
    parser.addOption(language);
    parser.process(app);
    if (!jalon::installTranslations(app, parser.value(language)))
        qWarning("No translation for language \"%s\"; showing English.", qPrintable(parser.value(language)));

    QQuickStyle::setStyle(QStringLiteral("Material"));

    jalon::ReferentielLibrary referentiels;
    jalon::ReferentielLibrary::setInstance(&referentiels);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Jalon/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}
