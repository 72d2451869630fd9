// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate/sessionlistmodel.h"

#include <QDate>
#include <QHash>
#include <QQmlEngine>
#include <memory>
#include <optional>

namespace jalon {

class ProgressEngine;
struct CandidateFacts;
struct Referentiel;

/// What needs the person soon, shown on their home page: a VAE session in the next 7
/// days, an attestation waiting for its co-attester (for a tutor or a manager: the
/// competences of each candidate waiting for them, in one line), a validated bloc whose validity
/// ends within 6 months, and changes of this device the centre has not received for 3 days. For a
/// candidate, about themself; for anyone else, about the candidates they follow.
class RemindersModel : public jalon::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY reloaded)
    /// Every reminder, shown or not.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY reloaded)
    /// At most this many rows, the soonest first (0: all): a page shows a few, and says
    /// how many more there are.
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY reloaded)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "session", "coAttestation", "expiring", "unsynced"
        TextRole,
        DateRole, ///< the day it is about (invalid for "unsynced")
        CandidateIdRole, ///< whom it is about (empty: the person's own device)
    };
    Q_ENUM(Role)

    static constexpr int SessionDays = 7;
    static constexpr int ExpiryMonths = 6;
    static constexpr int UnsyncedDays = 3;

    explicit RemindersModel(QObject *parent = nullptr);

    int count() const { return rowCount(); }
    int totalCount() const { return int(m_reminders.size()); }
    int limit() const { return m_limit; }
    void setLimit(int limit);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void reloaded();

private:
    struct Reminder
    {
        QString kind;
        QString text;
        QDate date;
        QString candidateId;
    };
    struct Followed
    {
        QString id;
        QString name;
        QString referentiel; ///< as the organisation declared it (may be empty)
    };
    void reload() override;
    QStringList shownKinds() const override;
    /// Only the candidates whose events moved are read again (the whole team when the
    /// organisation moved), and what waits to be sent when the device's own events or
    /// the centre's acknowledgement did.
    void journalMoved(const JournalChange &change) override;
    QList<Followed> followed() const;
    /// Reads again the reminders about `people` (all of them followed).
    void recompute(const QList<Followed> &people);
    void addSessions(QList<Reminder> &into, const Followed &candidate, bool self);
    void addCarnet(QList<Reminder> &into, const Followed &candidate, const CandidateFacts &facts,
                   bool self);
    std::optional<Reminder> unsynced() const;
    /// Puts the reminders together, the soonest first, in the list shown.
    void publish();
    const ProgressEngine &engineFor(const Referentiel &referentiel);

    QList<Followed> m_followed; ///< in the organisation's order
    QHash<QString, QList<Reminder>> m_byCandidate;
    std::optional<Reminder> m_unsynced;
    QList<Reminder> m_reminders; ///< as shown
    int m_limit = 0;
    QHash<QString, std::shared_ptr<ProgressEngine>> m_engines; ///< by référentiel id
};

} // namespace jalon
