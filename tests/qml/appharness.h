// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/translations.h"
#include "crypto/sodium.h"
#include "referentiellibrary.h"
#include "session/preferences.h"
#include "session/session.h"
#include "vault/keystore.h"

#include <QCoreApplication>
#include <QQuickStyle>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace jalon::test {

/// What main.cpp builds for the window, for tests and benchmarks: translations, the
/// Material style, preferences kept in a temporary folder, the bundled référentiels and
/// a session on a profile folder of its own (Argon2id at its minimum cost), with the
/// platform's key store (tst_qml runs inside its own keyring: with_keyring.sh).
struct AppHarness
{
    static void setUpApplication(const QString &settingsFolder)
    {
        ensureSodium();
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder);
        QCoreApplication::setOrganizationName(QStringLiteral("Jalon"));
        QCoreApplication::setApplicationName(QStringLiteral("Jalon"));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("fr"));
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    AppHarness()
    {
        ReferentielLibrary::setInstance(&referentiels);
        Preferences::setInstance(&preferences);
        session.setReferentiels(&referentiels);
        session.setDirectory(profile.filePath(QStringLiteral("profile")));
        session.vault()->setKdfParams(KdfParams::fastForTests());
        session.vault()->setKeyStore(platformKeyStore());
        Session::setInstance(&session);
    }

    QTemporaryDir profile;
    Preferences preferences { nullptr };
    ReferentielLibrary referentiels { nullptr };
    Session session { nullptr };
};

} // namespace jalon::test
