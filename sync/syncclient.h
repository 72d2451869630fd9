// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journal.h"
#include "sync/checkpoint.h"
#include "sync/pulledbatch.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

namespace jalon {

class SqliteDatabase;
class Vault;

/// Moves events between a vault and jalon-server: enrolls the device once, then at each
/// sync pushes the outbox (the device's events the server has not acknowledged, in
/// order), pulls what the server holds for this user, checks every pulled event itself
/// (signature, chain, the server's own signature on org.* events), and checks with the
/// signed tree head and inclusion proofs that the server's log holds every event it
/// accepted. Cursors live in the vault and move
/// only after what they cover is stored: a cut or a crash at any point is resumed by the
/// next sync with nothing lost and nothing twice.
class SyncClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(bool enrolled READ isEnrolled NOTIFY stateChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY stateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)

public:
    explicit SyncClient(Vault &vault, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    bool isEnrolled() const;
    QUrl server() const;
    QString user() const;
    QString role() const;
    int pendingCount() const;
    /// How many of the device's own events a fork holds back (Open: until an admin of the
    /// centre settles it) or set aside (SetAside: the admin kept another one).
    Result<int> ownForkedCount(Journal::Fork state) const
    {
        return m_journal.ownForkedCount(state);
    }
    /// The device's last seq the server acknowledged (0 before the first push): own events
    /// up to it have left the device.
    static qint64 acknowledgedSeq(SqliteDatabase &database);
    /// Where the server's signed log holds each event this device saw synced: event id →
    /// log index (pushed events the server accepted, and every pulled event).
    static QHash<QByteArray, qint64> logIndexes(SqliteDatabase &database);
    /// The device's own events the centre refused (role, assignment, référentiel, date):
    /// event id → the reason it gave. They keep their place in the device's chain, and the
    /// outbox goes on past them: a correction is a new event.
    static QHash<QByteArray, QString> refusals(SqliteDatabase &database);
    /// When the centre logged each event, as its answers said: event id → time.
    static QHash<QByteArray, QDateTime> loggingTimes(SqliteDatabase &database);
    /// How many of the centre's answers about events this device holds (refusals, log
    /// indexes, logging times): it moves whenever one comes, for pages that show them.
    static QList<qint64> answerCounts(SqliteDatabase &database);
    /// The last checkpoint of the centre's log this device verified (a signed note; empty
    /// before the first sync), and the policy its signatures are checked with.
    static QByteArray verifiedCheckpoint(SqliteDatabase &database);
    static CheckpointPolicy checkpointPolicy(SqliteDatabase &database, const QByteArray &serverKey);
    /// How many times a centre offered a log that does not extend the verified one.
    static int logConflictCount(SqliteDatabase &database);
    QDateTime lastSync() const;
    QString lastError() const;
    /// Whether the server answered during the last sync (a refusal still counts: only a
    /// cut network or a server down does not).
    bool serverReached() const { return m_reached; }
    /// Events of this device the last sync proved to be in the server's signed log: every
    /// one it accepted then (one range proof per run of neighbouring log entries).
    int provenCount() const { return m_proven; }

    /// Joins `server` with a one-time enrollment code; enrollFinished() tells.
    void enroll(const QUrl &server, const QString &code);
    /// Push, then pull; syncFinished() tells.
    void sync();

Q_SIGNALS:
    void enrollFinished(bool ok);
    void syncFinished(bool ok);
    void stateChanged();

private:
    QNetworkReply *send(const QByteArray &method, const QByteArray &pathAndQuery,
                        const QByteArray &body = {});
    void pushNext();
    void onPushed(QNetworkReply *reply, const QList<qint64> &seqs);
    void pullNext();
    void onPulled(QNetworkReply *reply);
    /// Reads the centre's checkpoint, checks its signatures and that it extends the one
    /// this device verified last (kept in the vault), then runs `next`. `covering`: the
    /// log size it must reach (the events just accepted), waited for a little.
    void verifyLog(const std::function<void()> &next, qint64 covering, int attempt = 0);
    void onCheckpoint(QNetworkReply *reply, const std::function<void()> &next, qint64 covering,
                      int attempt);
    void extendTo(const QByteArray &note, const std::function<void()> &next);
    /// Keeps the evidence of a log that does not extend the verified one, and stops.
    void refuseLog(const QByteArray &offered, const QList<QByteArray> &proof,
                   const QString &reason);
    void proveAccepted();
    void checkProofs(qint64 size, const QByteArray &root);
    void finish(const QString &error);
    void rememberLogIndexes(const QList<LoggedEvent> &entries);
    QString setting(const char *key, const QString &fallback = {}) const;
    [[nodiscard]] Result<void> setSetting(const char *key, const QString &value);
    /// A setting only shown to the person (last error, last sync): a failure is logged.
    void setStatus(const char *key, const QString &value);
    /// Keeps the server's refusal of an own event, for the carnet to show.
    Result<void> recordRefusal(const QByteArray &id, qint64 seq, const QString &reason);
    /// The reply's JSON, or an error in words (network, HTTP status, the server's message).
    std::optional<QJsonObject> read(QNetworkReply *reply, QString &error);

    Vault &m_vault;
    Journal m_journal;
    QNetworkAccessManager m_network;
    bool m_busy = false;
    bool m_reached = false;
    QList<LoggedEvent> m_accepted;
    qint64 m_logSeen = 0; ///< the log's size as the last pull answer gave it
    int m_proven = 0;
    int m_pendingProofs = 0;
};

} // namespace jalon
