// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: builds the services, hands them to QML, and loads the window.
#include "common/translations.h"
#include "crypto/sodium.h"
#include "referentiellibrary.h"
#include "session/idlewatch.h"
#include "session/preferences.h"
#include "session/session.h"
#include "vault/keystore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Jalon"));
    QCoreApplication::setApplicationName(QStringLiteral("Jalon"));
    // Wayland matches the window to its menu entry (platforms/linux/org.jalon.Jalon.desktop) by
    // this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.jalon.Jalon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JALON_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral(
            "Interface language: fr or en (default: the system's, French unless it is English)."),
        QStringLiteral("code"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QStringLiteral("The profile's folder (default: in the application data folder)."),
        QStringLiteral("dir"));
    parser.addOptions({ language, profile });
    parser.process(app);
    if (!jalon::ensureSodium()) {
        qCritical("libsodium cannot start");
        return 1;
    }

    jalon::Preferences preferences(nullptr);
    if (parser.isSet(language))
        preferences.setLanguage(parser.value(language));
    if (!jalon::installTranslations(app, preferences.language()))
        qWarning("No translation for language \"%s\"; showing English.",
                 qPrintable(preferences.language()));
    jalon::Preferences::setInstance(&preferences);

    QQuickStyle::setStyle(QStringLiteral("Material"));

    jalon::ReferentielLibrary referentiels(nullptr);
    jalon::ReferentielLibrary::setInstance(&referentiels);

    jalon::Session session(nullptr);
    session.setReferentiels(&referentiels);
    session.vault()->setKeyStore(jalon::platformKeyStore());
    session.setDirectory(parser.isSet(profile) ? parser.value(profile)
                                               : QDir(QStandardPaths::writableLocation(
                                                          QStandardPaths::AppDataLocation))
                                                     .filePath(QStringLiteral("profile")));
    session.setAutoLockMinutes(preferences.autoLockMinutes());
    QObject::connect(&preferences, &jalon::Preferences::autoLockMinutesChanged, &session,
                     [&] { session.setAutoLockMinutes(preferences.autoLockMinutes()); });
    jalon::Session::setInstance(&session);
    jalon::IdleWatch idle(session);
    app.installEventFilter(&idle);

    QQmlApplicationEngine engine;
    preferences.setEngine(&engine);
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Jalon/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    const int status = app.exec();
    session.lock(); // pages flush what they hold, then the keys are wiped
    return status;
}
