// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referentiellibrary.h"
#include "session/session.h"
#include "vault/settings.h"
#include "vault/vault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace jalon {

/// A real profile in a temporary folder, opened the way the onboarding opens it (at
/// libsodium's minimum Argon2id cost), for the tests of the models pages use.
struct SessionFixture
{
    QTemporaryDir dir;
    ReferentielLibrary referentiels { nullptr };
    Session session { nullptr };

    SessionFixture()
    {
        session.setReferentiels(&referentiels);
        session.setDirectory(dir.filePath(QStringLiteral("profile")));
        session.vault()->setKdfParams(KdfParams::fastForTests());
    }

    /// Creates the profile and waits until it is open; chooses `referentielId`.
    bool open(const QString &referentielId, const QString &name = QStringLiteral("Camille Martin"))
    {
        QSignalSpy opened(&session, &Session::openChanged);
        session.createProfile(name, Passphrase);
        if (!session.isOpen() && !opened.wait(10000))
            return false;
        return session.isOpen() && session.chooseReferentiel(referentielId);
    }

    /// A profile of someone who follows candidates (tutor, manager…), enrolled as `user`
    /// with a centre that cannot be reached: everything they do stays on the device.
    bool openAs(const QString &user, const QString &role,
                const QString &name = QStringLiteral("Claire Dubois"))
    {
        QSignalSpy opened(&session, &Session::openChanged);
        session.createProfile(name, Passphrase);
        if (!session.isOpen() && !opened.wait(10000))
            return false;
        SqliteDatabase &db = session.openVault()->database();
        for (const auto &[key, value] :
             { std::pair { "sync.server", QStringLiteral("http://127.0.0.1:9/") },
               std::pair { "sync.user", user }, std::pair { "sync.role", role },
               std::pair { "profile.onboarded", QStringLiteral("1") } }) {
            if (!Settings::setValue(db, QLatin1String(key), value))
                return false;
        }
        // Unlocked again, the session reads who the person is (and when they last typed it).
        session.lock();
        session.unlock(Passphrase);
        return waitOpen() && session.userId() == user && session.role() == role;
    }

    bool waitOpen()
    {
        for (int i = 0; i < 200 && !session.isOpen(); ++i)
            QTest::qWait(50);
        return session.isOpen();
    }

    static inline const QString Passphrase = QStringLiteral("Le tuteur arrive à 9 h le mardi");
};

} // namespace jalon
