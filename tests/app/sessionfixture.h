// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referentiellibrary.h"
#include "session/session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace jalon {

/// A real profile in a temporary folder, opened the way the onboarding opens it (at
/// libsodium's minimum Argon2id cost), for the tests of the models pages use.
struct SessionFixture
{
    QTemporaryDir dir;
    ReferentielLibrary referentiels{nullptr};
    Session session{nullptr};

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
        session.createProfile(name, QStringLiteral("Le tuteur arrive à 9 h le mardi"));
        if (!session.isOpen() && !opened.wait(10000))
            return false;
        return session.isOpen() && session.chooseReferentiel(referentielId);
    }
};

} // namespace jalon
