// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidate/sessionlistmodel.h"

#include "export/pdfdocument.h"
#include "session/session.h"

namespace jalon {

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SessionListModel::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session) {
        leavingSession();
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::journalChanged, this, &SessionListModel::journalMoved);
        connect(m_session, &Session::identityChanged, this, &SessionListModel::reload);
        followingSession(*m_session);
    }
    reload();
    Q_EMIT sessionChanged();
}

void SessionListModel::setCandidateId(const QString &candidateId)
{
    if (candidateId == m_candidateId)
        return;
    if (m_session)
        leavingSession();
    m_candidateId = candidateId;
    reload();
    Q_EMIT sessionChanged();
}

bool SessionListModel::concerns(const JournalChange &change) const
{
    return change.organisation() || change.concerns(subject(), shownKinds());
}

void SessionListModel::journalMoved(const JournalChange &change)
{
    if (concerns(change))
        reload();
}

QString SessionListModel::exportDocument(const QString &fileName, const QString &title,
                                         const QString &html) const
{
    if (!m_session)
        return {};
    auto written = PdfDocument::write(fileName, title, html);
    if (!written) {
        m_session->reportError(written.error().message());
        return {};
    }
    return *written;
}

QString SessionListModel::subject() const
{
    if (!m_candidateId.isEmpty())
        return m_candidateId;
    return m_session ? m_session->userId() : QString();
}

const Referentiel *SessionListModel::subjectReferentiel() const
{
    return m_session ? m_session->referentielOf(subject()) : nullptr;
}

} // namespace jalon
