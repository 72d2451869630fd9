// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projections/vaeprojection.h"

#include "candidate/sessionlistmodel.h"

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
class JourneyModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY reloaded)
    Q_PROPERTY(int heldCount READ heldCount NOTIFY reloaded)
    Q_PROPERTY(int plannedCount READ plannedCount NOTIFY reloaded)
    Q_PROPERTY(int months READ months NOTIFY reloaded)
    /// The next planned session from today: {number, date} or empty.
    Q_PROPERTY(QVariantMap nextSession READ nextSession NOTIFY reloaded)
    /// The VAE path's steps: [{id, label, duration, note}].
    Q_PROPERTY(QVariantList milestones READ milestones NOTIFY reloaded)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        StatusRole,   ///< "notPlanned", "planned", "held", "cancelled"
        DateRole,     ///< QDate (invalid when not planned)
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

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void reloaded();

private:
    void reload() override;

    const Referentiel *m_referentiel = nullptr;
    QList<VaeProjection::Session> m_sessions; ///< one per number 1…N (number 0: not planned)
};

} // namespace jalon
