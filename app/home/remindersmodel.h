// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate/sessionlistmodel.h"

#include <QDate>
#include <QQmlEngine>

namespace jalon {

class ProgressEngine;
struct CandidateFacts;

/// What needs the person soon, shown on their home page: a VAE session in the next 7
/// days, an attestation waiting for its co-attester (for a tutor or a manager: waiting
/// for them), a validated bloc whose validity ends within 6 months, and changes of this
/// device the centre has not received for 3 days. For a candidate, about themself; for
/// anyone else, about the candidates they follow.
class RemindersModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY reloaded)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "session", "coAttestation", "expiring", "unsynced"
        TextRole,
        DateRole,          ///< the day it is about (invalid for "unsynced")
        CandidateIdRole,   ///< whom it is about (empty: the person's own device)
    };
    Q_ENUM(Role)

    static constexpr int SessionDays = 7;
    static constexpr int ExpiryMonths = 6;
    static constexpr int UnsyncedDays = 3;

    explicit RemindersModel(QObject *parent = nullptr);

    int count() const { return rowCount(); }
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
    };
    void reload() override;
    QList<Followed> followed() const;
    void addSessions(const Followed &candidate, bool self);
    void addCarnet(const Followed &candidate, const CandidateFacts &facts, bool self);
    void addUnsynced();

    QList<Reminder> m_reminders;
};

} // namespace jalon
