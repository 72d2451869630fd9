// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "journal/event.h"
#include "journal/journalchange.h"
#include "journal/signingpipeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace jalon {

class Vault;

/// The vault's event journal: the device's own signed log and every event received.
/// Appending builds, signs, stores and folds an event into the projections in one
/// transaction: after a crash, an event is either wholly there or not at all.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    /// What a caller asks to record; the journal adds author, seq, prev, time, signature.
    struct Draft
    {
        QString kind;
        QString subject;
        QJsonObject body;
    };

    enum class Received { Added, AlreadyKnown, Forked };
    /// The `forked` mark of a stored event: 0 counts; Open, one of several events at the
    /// same place of an author's chain, none counting until an admin's org.fork.resolve;
    /// SetAside, not the one that resolution kept. Projections fold only unmarked events.
    enum class Fork : qint64 { Open = 1, SetAside = 2 };
    /// Strict: an author's events must arrive in order, none missing (from a peer that
    /// holds the whole log). Partial: gaps are allowed (a server shows each person only
    /// the events they may see), but an event never contradicts one already held.
    enum class Order { Strict, Partial };

    /// One problem found by verifyAll().
    struct Problem
    {
        qint64 position = 0;
        QString eventId;
        QString description;
    };

    explicit Journal(Vault &vault);

    /// The clock stamping new events (tests set a fixed one).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    Result<Event> append(const Draft &draft);
    /// Several events, one transaction: all stored or none.
    Result<QList<Event>> append(const QList<Draft> &drafts);

    /// Takes an event from elsewhere (another device, the server) after checking it:
    /// known kind and body, signature (server kinds: by the enrolled server's key),
    /// chain (seq follows the author's last, prev matches). The same author and seq with
    /// other content is a fork: kept, flagged on both sides, ignored by projections. An
    /// org.fork.resolve received settles the fork it names.
    Result<Received> receive(const Event &event, Order order = Order::Strict);
    /// Many events in one transaction, their signatures checked on every core first; the
    /// first bad one refuses them all.
    Result<QList<Received>> receive(const QList<Event> &events, Order order);

    /// The server said another event of this device holds the place of own event `id`
    /// (the device was restored from a backup, or misbehaved): it no longer counts.
    Result<void> markOwnForked(const QByteArray &id);
    /// How many of the device's own events are in a fork in `state`.
    Result<int> ownForkedCount(Fork state) const;

    /// The server whose key signs org.* and referentiel.publish (set at enrollment).
    Result<void> setServerKey(const QByteArray &publicKey);
    QByteArray serverKey() const;

    /// The device's own events after `afterSeq`, canonical bytes, in seq order: the outbox.
    Result<QList<QByteArray>> ownEvents(qint64 afterSeq, int limit) const;
    /// How many of the device's own events after `afterSeq` (what the centre acknowledged)
    /// were made before `before`: changes waiting too long to be sent.
    Result<qint64> ownEventsWaiting(qint64 afterSeq, const QDateTime &before) const;
    /// The device's own last seq (0 before its first event).
    Result<qint64> lastOwnSeq() const;
    qint64 count() const;
    /// The position of the last event stored (0 when there is none).
    qint64 lastPosition() const;
    /// Events in journal order, from `afterPosition`, at most `limit`.
    Result<QList<Event>> events(qint64 afterPosition = 0, int limit = -1) const;
    /// What the events stored after `position` are about (kinds by subject, own or not),
    /// up to the last position: what pages that read up to `position` must read again.
    Result<JournalChange> changesSince(qint64 position) const;
    /// Checks every stored event again (signature, body, chain) and lists the problems.
    Result<QList<Problem>> verifyAll() const;
    /// Rebuilds every projection from the events alone.
    Result<void> rebuildProjections();

    /// Before a device first joins a server its person has no user id, so their events
    /// name a local placeholder. At the join, before anything is pushed, every own event
    /// naming `from` is signed again naming `to`: same order, same times, and the event
    /// ids inside bodies (livret bases, comments, revocations) follow. Nothing had left
    /// the device, so no one else holds the old events. Returns how many were rebound.
    Result<int> rebindOwnSubject(const QString &from, const QString &to);

private:
    /// Checks a draft and makes it the signed event `seq` after `prev`. Touches no
    /// database: batches run it on a second thread.
    Result<SigningPipeline::Signed> sign(const Draft &draft, qint64 seq,
                                         const QByteArray &prev) const;
    Result<QList<Event>> appendSigned(const QList<Draft> &drafts, qint64 lastSeq,
                                      const QByteArray &prev);
    Result<void> store(const Event &event, const QByteArray &canonical, const QByteArray &id,
                       bool own, bool forked);
    Result<std::optional<QByteArray>> storedId(const QByteArray &author, qint64 seq) const;
    /// Every stored event of the author at `seq`: one, or several after a fork.
    Result<QList<QByteArray>> idsAt(const QByteArray &author, qint64 seq) const;
    Result<void> setForked(const QByteArray &author, qint64 seq, const QByteArray &kept,
                           Fork state);
    Result<void> settleFork(const Event &resolution);
    Result<void> checkReceived(const Event &event, const QByteArray &server) const;
    Result<void> checkAll(const QList<Event> &events) const;
    Result<Received> storeReceived(const Event &event, Order order);

    Vault &m_vault;
    std::function<QDateTime()> m_clock;
};

} // namespace jalon
