// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signedfixtures.h"

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace jalon::test {
class Server;
}

namespace jalon {

/// `Fixtures` for the Qt Quick Tests (import JalonTest): events that other people's
/// devices sign, delivered to the test's session as a sync would, so that pages can be
/// driven through states a single device cannot reach alone.
class QmlFixtures : public QObject
{
    Q_OBJECT

public:
    QmlFixtures();
    ~QmlFixtures() override;
    static void registerType();
    static void setSession(Session *session);

    /// The candidate's tutor and manager attest the first competence of the first bloc
    /// (every criterion), the tutor also the second one (one criterion): one competence
    /// acquired, one in progress.
    Q_INVOKABLE bool attestFirstCompetences();
    /// Another of the candidate's devices edits `sectionId` from the same version as the
    /// current one: a conflict.
    Q_INVOKABLE bool editElsewhere(const QString &sectionId, const QString &text);
    /// The accompanist plans the first sessions, the first one held with notes.
    Q_INVOKABLE bool planSessions();
    /// Turns the test's profile into `role`'s (tutor, manager, accompanist, evaluator),
    /// enrolled with a centre that cannot be reached, following two candidates of
    /// `referentiel`: Camille Martin (u-camille), who submitted her auto-diagnostic and
    /// wrote a livret section, whose other attester signed her first competence; and
    /// Bruno Lambert (u-bruno). Returns once the profile is open again.
    Q_INVOKABLE bool followCandidates(const QString &role, const QString &referentiel);
    /// The session's clock `seconds` ahead of the real one (0: the real one again).
    Q_INVOKABLE void advanceClock(int seconds);
    /// A real jalon-server on loopback, for this test run; returns its address.
    Q_INVOKABLE QString startServer();
    /// A new user of that server; returns their one-time enrollment code.
    Q_INVOKABLE QString enrollmentCode(const QString &name, const QString &role,
                                       const QString &referentiel = {});

    /// From now on, the files and folders the app asks the desktop to open (Open, Show in
    /// folder) come to this object through Qt's own URL handler instead of reaching the
    /// desktop; openedUrls() lists them.
    Q_INVOKABLE void catchOpenedUrls();
    Q_INVOKABLE QStringList openedUrls() const { return m_openedUrls; }

public Q_SLOTS:
    void urlOpened(const QUrl &url) { m_openedUrls << url.toString(); }

private:
    SignedFixtures &fixtures();
    QString candidate() const;

    static Session *s_session;
    std::unique_ptr<SignedFixtures> m_fixtures;
    QTemporaryDir m_serverData;
    std::unique_ptr<test::Server> m_server;
    Session *m_fixturesSession = nullptr;
    QStringList m_openedUrls;
};

} // namespace jalon
