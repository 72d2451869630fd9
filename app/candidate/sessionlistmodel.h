// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalchange.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace jalon {

class Session;
struct Referentiel;

/// A list model that shows part of the session's profile: it follows a Session (set
/// from QML: `session: Session`) and reads its projection again when the journal moves
/// in a way that concerns it (its kinds of event about its candidate, the organisation)
/// or the person changes (a join, a sync naming them). By default it shows the person's
/// own records (a candidate); `candidateId` shows a followed candidate's.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_MOC_INCLUDE("session/session.h")
    QML_ANONYMOUS
    Q_PROPERTY(jalon::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /// Whose records: empty for the session's own user.
    Q_PROPERTY(QString candidateId READ candidateId WRITE setCandidateId NOTIFY sessionChanged)

public:
    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString candidateId() const { return m_candidateId; }
    void setCandidateId(const QString &candidateId);

Q_SIGNALS:
    void sessionChanged();

protected:
    explicit SessionListModel(QObject *parent);

    /// Reads the projection again.
    virtual void reload() = 0;
    /// The kinds of event the model shows about its candidate, or their prefixes
    /// ("carnet."): the journal moving in others leaves it as it is.
    virtual QStringList shownKinds() const = 0;
    /// Whether `change` moves what the model shows: by default an event of shownKinds()
    /// about the candidate shown, or one of the organisation's.
    virtual bool concerns(const JournalChange &change) const;
    /// The journal moved: by default reload() when the change concerns the model.
    virtual void journalMoved(const JournalChange &change);
    /// Before leaving a session: keep what the model holds that the vault does not yet.
    virtual void leavingSession() { }
    /// After following a session: connections of the model's own.
    virtual void followingSession(Session &) { }

    /// Writes `html` as the PDF `fileName` (Documents/Jalon); its path, or empty with the
    /// problem reported.
    QString exportDocument(const QString &fileName, const QString &title,
                           const QString &html) const;
    /// The candidate shown: `candidateId`, or the session's own user.
    QString subject() const;
    /// The certification of the candidate shown (nullptr when not known).
    const Referentiel *subjectReferentiel() const;

    QPointer<Session> m_session;
    QString m_candidateId;
};

} // namespace jalon
