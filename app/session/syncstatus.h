// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

namespace jalon {

class AutoSync;
class SyncClient;

/// What the sync chip shows: joined or not, online or not, syncing, how many of the
/// person's changes wait to be sent, when the last sync ended and the last error in
/// words. Follows the session's SyncClient and AutoSync while the vault is open.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The session's sync status")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(bool joined READ isJoined NOTIFY changed)
    Q_PROPERTY(bool busy READ isBusy NOTIFY changed)
    Q_PROPERTY(bool online READ isOnline NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString shortSummary READ shortSummary NOTIFY changed)
    Q_PROPERTY(int heldBackCount READ heldBackCount NOTIFY changed)
    Q_PROPERTY(int setAsideCount READ setAsideCount NOTIFY changed)

public:
    enum class State { NotJoined, Syncing, Offline, Failed, Pending, UpToDate };
    Q_ENUM(State)

    explicit SyncStatus(QObject *parent = nullptr);

    /// Follows `client` (and `autoSync`, once joined); nullptr for both when locked.
    void follow(SyncClient *client, AutoSync *autoSync);

    State state() const;
    bool isJoined() const;
    bool isBusy() const;
    bool isOnline() const;
    int pendingCount() const;
    /// The person's changes the centre holds back because another copy of this profile
    /// sent different ones at the same place (a backup restored), until an admin decides.
    int heldBackCount() const;
    /// Those the admin set aside: they no longer count.
    int setAsideCount() const;
    QDateTime lastSync() const;
    QString lastError() const;
    /// One line for the chip: "Synced at 14:05", "3 changes to send", "Offline"…
    QString summary() const;
    /// A word or two for the chip on a phone: "Up to date", "3 to send", "Offline · 3"…
    QString shortSummary() const;

Q_SIGNALS:
    void changed();

private:
    int forkedCount(int state) const;
    /// When the last sync (a send and a receive) ended: "at 14:05" today, "on 03/12" before.
    QString lastSyncText() const;

    SyncClient *m_client = nullptr;
    AutoSync *m_autoSync = nullptr;
};

} // namespace jalon
