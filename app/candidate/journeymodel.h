// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate/sessionlistmodel.h"
#include "projections/vaeprojection.h"

#include <QDate>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace jalon {

class Session;
struct Referentiel;

/// The VAE journey of the session's candidate: the référentiel's accompaniment sessions
/// (11 over about nine months), one row each, as the accompanist planned and recorded
/// them (number, status, date, notes, next steps, sections worked on); and the path's
/// milestones (feasibility interview, livret, oral preparation) from the référentiel.
/// The accompanist (`candidateId` set) plans the sessions from a start date and records
/// each one: every change is a signed vae.session.
class JourneyModel : public jalon::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY reloaded)
    Q_PROPERTY(int heldCount READ heldCount NOTIFY reloaded)
    Q_PROPERTY(int plannedCount READ plannedCount NOTIFY reloaded)
    Q_PROPERTY(int months READ months NOTIFY reloaded)
    /// The next planned session from today: {number, date} or empty.
    Q_PROPERTY(QVariant nextSession READ nextSession NOTIFY reloaded)
    /// The VAE path's steps: [{id, label, duration, note}].
    Q_PROPERTY(QVariantList milestones READ milestones NOTIFY reloaded)
    /// Whole months from today to the last planned session (the path's length before any
    /// plan; 0 once every session is in the past).
    Q_PROPERTY(int monthsLeft READ monthsLeft NOTIFY reloaded)
    /// The first session's date, when planned.
    Q_PROPERTY(QDate startDate READ startDate NOTIFY reloaded)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        StatusRole, ///< "notPlanned", "planned", "held", "cancelled"
        DateRole, ///< QDate (invalid when not planned)
        NotesRole,
        NextStepsRole,
        SectionsRole, ///< the livret sections worked on, "CP1, CP2"
    };
    Q_ENUM(Role)

    explicit JourneyModel(QObject *parent = nullptr);

    int count() const { return rowCount(); }
    int heldCount() const;
    int plannedCount() const;
    int months() const;
    QVariantMap nextSession() const;
    QVariantList milestones() const;
    int monthsLeft() const;
    QDate startDate() const;

    /// The dates plan(start) would give, for the accompanist to see first.
    Q_INVOKABLE QVariantList proposedDates(const QDate &start) const;
    /// Plans every session not yet held or cancelled on the dates spread from `start`.
    Q_INVOKABLE bool plan(const QDate &start);
    /// One session in full: {number, status, date, notes, nextSteps, sections: [ids]}.
    Q_INVOKABLE QVariantMap session(int number) const;
    /// Records one session's state (planned, held, cancelled) with what was done.
    Q_INVOKABLE bool saveSession(int number, const QString &status, const QDate &date,
                                 const QString &notes, const QString &nextSteps,
                                 const QStringList &sections);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void reloaded();

private:
    void reload() override;
    QStringList shownKinds() const override;

    const Referentiel *m_referentiel = nullptr;
    QList<VaeProjection::Session> m_sessions; ///< one per number 1…N (number 0: not planned)
};

} // namespace jalon
