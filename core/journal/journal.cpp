// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journal.h"

#include "common/parallel.h"
#include "crypto/base64url.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "projections/projector.h"
#include "vault/settings.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJournal, "jalon.journal", QtInfoMsg)

namespace jalon {

namespace {

    constexpr auto ServerKeySetting = "server_public_key";

} // namespace

Journal::Journal(Vault &vault)
    : m_vault(vault)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

Result<qint64> Journal::lastOwnSeq() const
{
    auto select
        = m_vault.database().prepare("SELECT max(seq) FROM events WHERE author = ? AND own = 1");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, m_vault.deviceKey().publicKey());
    if (select->next())
        return select->int64(0);
    if (select->error())
        return std::unexpected(*select->error());
    return 0;
}

qint64 Journal::count() const
{
    auto select = m_vault.database().prepare("SELECT count(*) FROM events");
    return select && select->next() ? select->int64(0) : 0;
}

Result<qint64> Journal::ownEventsWaiting(qint64 afterSeq, const QDateTime &before) const
{
    auto select = m_vault.database().prepare(
        "SELECT count(*) FROM events WHERE author = ? AND own = 1 AND seq > ? AND at < ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, m_vault.deviceKey().publicKey())
        .bind(2, afterSeq)
        .bind(3, Event::formatTime(before.toUTC()));
    if (!select->next())
        return std::unexpected(
            select->error().value_or(Error { {}, {}, tr("cannot count the waiting events"), {} }));
    return select->int64(0);
}

qint64 Journal::lastPosition() const
{
    auto select = m_vault.database().prepare("SELECT coalesce(max(position), 0) FROM events");
    return select && select->next() ? select->int64(0) : 0;
}

Result<std::optional<QByteArray>> Journal::storedId(const QByteArray &author, qint64 seq) const
{
    // The non-forked one first: once a fork is flagged, both are, and either will do.
    auto select = m_vault.database().prepare(
        "SELECT id FROM events WHERE author = ? AND seq = ? ORDER BY forked, position LIMIT 1");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, author).bind(2, seq);
    if (select->next())
        return std::optional<QByteArray>(select->blob(0));
    if (select->error())
        return std::unexpected(*select->error());
    return std::optional<QByteArray>();
}

// Stores an event and folds it into the projections.
Result<void> Journal::store(const Event &event, const QByteArray &canonical, const QByteArray &id,
                            bool own, bool forked)
{
    auto insert = m_vault.database().prepare(
        "INSERT INTO events (id, author, seq, prev, at, kind, subject, canonical, own, forked) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, id).bind(2, event.author).bind(3, event.seq);
    if (event.prev.isEmpty())
        insert->bindNull(4);
    else
        insert->bind(4, event.prev);
    insert->bind(5, Event::formatTime(event.at))
        .bind(6, event.kind)
        .bind(7, event.subject)
        .bind(8, canonical)
        .bind(9, qint64(own))
        .bind(10, qint64(forked));
    if (auto stored = insert->exec(); !stored)
        return std::unexpected(stored.error());
    if (forked)
        return {};
    return Projector::apply(m_vault.database(), event, id);
}

Result<SigningPipeline::Signed> Journal::sign(const Draft &draft, qint64 seq,
                                              const QByteArray &prev) const
{
    if (EventKinds::isServerSigned(draft.kind))
        return std::unexpected(Error { tr("journal"),
                                       QStringLiteral("/kind"),
                                       tr("only the server signs \"%1\" events").arg(draft.kind),
                                       {} });
    if (auto valid = EventKinds::validateBody(draft.kind, draft.body); !valid)
        return std::unexpected(valid.error());
    if (draft.subject.isEmpty())
        return std::unexpected(
            Error { tr("journal"), QStringLiteral("/subject"), tr("the subject is missing"), {} });
    SigningPipeline::Signed result;
    Event &event = result.event;
    event.seq = seq;
    event.prev = prev;
    event.at = m_clock().toUTC();
    event.kind = draft.kind;
    event.subject = draft.subject;
    event.body = draft.body;
    result.canonical = event.signWith(m_vault.deviceKey());
    result.id = Event::idOf(result.canonical);
    return result;
}

Result<Event> Journal::append(const Draft &draft)
{
    auto events = append(QList<Draft> { draft });
    if (!events)
        return std::unexpected(events.error());
    return events->first();
}

Result<QList<Event>> Journal::append(const QList<Draft> &drafts)
{
    SqliteDatabase &database = m_vault.database();
    return database.transaction([&]() -> Result<QList<Event>> {
        // A failed read must fail the append: taken as 0, it would restart the device's own
        // chain at seq 1, a fork of itself.
        const auto seq = lastOwnSeq();
        if (!seq)
            return std::unexpected(seq.error());
        QByteArray prev;
        if (*seq > 0) {
            auto last = storedId(m_vault.deviceKey().publicKey(), *seq);
            if (!last)
                return std::unexpected(last.error());
            if (!*last)
                return std::unexpected(Error {
                    m_vault.database().path(),
                    {},
                    tr("the device's own event %1 is missing: its chain cannot go on").arg(*seq),
                    {} });
            prev = **last;
        }
        return appendSigned(drafts, *seq, prev);
    });
}

// Inside the caller's transaction. Small batches are signed here; larger ones on a second
// thread, side by side with storing (a thread costs more than it saves below that size).
Result<QList<Event>> Journal::appendSigned(const QList<Draft> &drafts, qint64 lastSeq,
                                           const QByteArray &prev)
{
    constexpr qsizetype PipelineFrom = 32;
    std::optional<SigningPipeline> pipeline;
    if (drafts.size() >= PipelineFrom) {
        pipeline.emplace(drafts.size(), prev, [&](qsizetype index, const QByteArray &previous) {
            return sign(drafts[index], lastSeq + 1 + index, previous);
        });
    }
    QList<Event> appended;
    appended.reserve(drafts.size());
    QByteArray previous = prev;
    for (qsizetype index = 0; index < drafts.size(); ++index) {
        auto signedEvent
            = pipeline ? pipeline->next() : sign(drafts[index], lastSeq + 1 + index, previous);
        if (!signedEvent)
            return std::unexpected(signedEvent.error());
        if (auto stored
            = store(signedEvent->event, signedEvent->canonical, signedEvent->id, true, false);
            !stored)
            return std::unexpected(stored.error());
        previous = signedEvent->id;
        appended << std::move(signedEvent->event);
    }
    return appended;
}

// Touches no database (the server key is read once by the caller): runs on any thread.
Result<void> Journal::checkReceived(const Event &event, const QByteArray &server) const
{
    const QString id = event.idText();
    if (!EventKinds::isKnown(event.kind))
        return std::unexpected(Error {
            id, QStringLiteral("/kind"), tr("unknown event kind \"%1\"").arg(event.kind), {} });
    if (auto valid = EventKinds::validateBody(event.kind, event.body); !valid)
        return std::unexpected(
            Error { id, valid.error().location, valid.error().problem, valid.error().expected });
    if (EventKinds::isServerSigned(event.kind)) {
        if (server.isEmpty())
            return std::unexpected(
                Error { id,
                        QStringLiteral("/author"),
                        tr("an organisation event arrived before this device joined a server"),
                        {} });
        if (event.author != server)
            return std::unexpected(
                Error { id,
                        QStringLiteral("/author"),
                        tr("an organisation event not signed by this device's server"),
                        {} });
    } else if (event.author == server) {
        return std::unexpected(Error {
            id, QStringLiteral("/kind"), tr("the server cannot sign a person's event"), {} });
    }
    if (!event.hasValidSignature())
        return std::unexpected(
            Error { id,
                    QStringLiteral("/sig"),
                    tr("the signature does not match the event: it was altered or forged"),
                    {} });
    return {};
}

Result<Journal::Received> Journal::receive(const Event &event, Order order)
{
    auto received = receive(QList<Event> { event }, order);
    if (!received)
        return std::unexpected(received.error());
    return received->first();
}

// Signatures are the costly part of receiving: they are checked on every core, before
// the transaction, and the events stored after.
Result<void> Journal::checkAll(const QList<Event> &events) const
{
    const QByteArray server = serverKey();
    QList<std::optional<Error>> failures(events.size());
    onEveryCore(events.size(), [&](qsizetype i) {
        if (auto checked = checkReceived(events[i], server); !checked)
            failures[i] = checked.error();
    });
    for (const std::optional<Error> &failure : failures) {
        if (failure)
            return std::unexpected(*failure);
    }
    return {};
}

Result<QList<Journal::Received>> Journal::receive(const QList<Event> &events, Order order)
{
    if (auto checked = checkAll(events); !checked)
        return std::unexpected(checked.error());
    return m_vault.database().transaction([&]() -> Result<QList<Received>> {
        QList<Received> results;
        results.reserve(events.size());
        for (const Event &event : events) {
            auto received = storeReceived(event, order);
            if (!received)
                return std::unexpected(received.error());
            results << *received;
        }
        return results;
    });
}

Result<Journal::Received> Journal::storeReceived(const Event &event, Order order)
{
    const QByteArray canonical = event.canonical();
    const QByteArray id = Event::idOf(canonical);
    auto existing = idsAt(event.author, event.seq);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->contains(id))
        return Received::AlreadyKnown;
    if (event.seq > 1) {
        // After a fork the author's chain goes on from either event: prev may name any.
        auto previous = idsAt(event.author, event.seq - 1);
        if (!previous)
            return std::unexpected(previous.error());
        if (previous->isEmpty() && order == Order::Strict) {
            return std::unexpected(
                Error { event.idText(),
                        QStringLiteral("/seq"),
                        tr("event %1 of this author is missing: events must arrive in order")
                            .arg(event.seq - 1),
                        {} });
        }
        if (!previous->isEmpty() && !previous->contains(event.prev))
            return std::unexpected(
                Error { event.idText(),
                        QStringLiteral("/prev"),
                        tr("the event does not follow its author's previous event"),
                        {} });
    }
    if (existing->isEmpty()) {
        if (auto stored = store(event, canonical, id, false, false); !stored)
            return std::unexpected(stored.error());
        if (event.kind == QLatin1String(EventKinds::OrgForkResolve)) {
            if (auto settled = settleFork(event); !settled)
                return std::unexpected(settled.error());
        }
        return Received::Added;
    }
    // Same author, same seq, other content: keep both, trust neither.
    qCWarning(lcJournal) << "fork: author" << toIdText(event.author) << "seq" << event.seq;
    if (auto stored = store(event, canonical, id, false, true); !stored)
        return std::unexpected(stored.error());
    if (auto flagged = setForked(event.author, event.seq, {}, Fork::Open); !flagged)
        return std::unexpected(flagged.error());
    return Received::Forked;
}

Result<QList<QByteArray>> Journal::idsAt(const QByteArray &author, qint64 seq) const
{
    auto select = m_vault.database().prepare(
        "SELECT id FROM events WHERE author = ? AND seq = ? ORDER BY forked, position");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, author).bind(2, seq);
    QList<QByteArray> ids;
    while (select->next())
        ids << select->blob(0);
    if (select->error())
        return std::unexpected(*select->error());
    return ids;
}

// Marks the events at one place of an author's chain (all but `kept`) and folds the
// projections again: what counted may no longer, and the other way round.
Result<void> Journal::setForked(const QByteArray &author, qint64 seq, const QByteArray &kept,
                                Fork state)
{
    SqliteDatabase &database = m_vault.database();
    auto flag = database.prepare("UPDATE events SET forked = CASE WHEN id = ? THEN 0 ELSE ? END "
                                 "WHERE author = ? AND seq = ?");
    if (!flag)
        return std::unexpected(flag.error());
    if (auto flagged
        = flag->bind(1, kept).bind(2, qint64(state)).bind(3, author).bind(4, seq).exec();
        !flagged)
        return std::unexpected(flagged.error());
    return Projector::rebuild(database);
}

// An admin's org.fork.resolve: the event it keeps counts, the others at its place are set
// aside for good (still kept, as evidence). Events this device never saw are not touched.
Result<void> Journal::settleFork(const Event &resolution)
{
    const auto device
        = fromBase64Url(resolution.body.value(EventFields::Device).toString().toLatin1());
    const QJsonValue keep = resolution.body.value(EventFields::Keep);
    const QByteArray kept = keep.isString()
        ? fromBase64Url(keep.toString().toLatin1()).value_or(QByteArray())
        : QByteArray();
    if (!device)
        return std::unexpected(Error { resolution.idText(),
                                       QStringLiteral("/body/device"),
                                       tr("the fork's device is not a key"),
                                       {} });
    return setForked(*device, resolution.body.value(EventFields::Seq).toInteger(), kept,
                     Fork::SetAside);
}

Result<void> Journal::markOwnForked(const QByteArray &id)
{
    return m_vault.database().transaction([&]() -> Result<void> {
        auto flag = m_vault.database().prepare(
            "UPDATE events SET forked = ? WHERE author = ? AND own = 1 AND id = ? AND forked = 0");
        if (!flag)
            return std::unexpected(flag.error());
        if (auto flagged = flag->bind(1, qint64(Fork::Open))
                               .bind(2, m_vault.deviceKey().publicKey())
                               .bind(3, id)
                               .exec();
            !flagged)
            return std::unexpected(flagged.error());
        return Projector::rebuild(m_vault.database());
    });
}

Result<int> Journal::ownForkedCount(Fork state) const
{
    auto select = m_vault.database().prepare(
        "SELECT count(*) FROM events WHERE author = ? AND own = 1 AND forked = ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, m_vault.deviceKey().publicKey()).bind(2, qint64(state));
    if (!select->next())
        return std::unexpected(
            select->error().value_or(Error { {}, {}, tr("cannot count the forked events"), {} }));
    return int(select->int64(0));
}

Result<void> Journal::setServerKey(const QByteArray &publicKey)
{
    return Settings::setValue(m_vault.database(), QString::fromLatin1(ServerKeySetting),
                              toIdText(publicKey));
}

QByteArray Journal::serverKey() const
{
    const QString text = Settings::value(m_vault.database(), QString::fromLatin1(ServerKeySetting));
    return fromBase64Url(text.toLatin1()).value_or(QByteArray());
}

Result<QList<QByteArray>> Journal::ownEvents(qint64 afterSeq, int limit) const
{
    auto select = m_vault.database().prepare("SELECT canonical FROM events WHERE author = ? AND "
                                             "own = 1 AND seq > ? ORDER BY seq LIMIT ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, m_vault.deviceKey().publicKey()).bind(2, afterSeq).bind(3, qint64(limit));
    QList<QByteArray> result;
    while (select->next())
        result << select->blob(0);
    if (select->error())
        return std::unexpected(*select->error());
    return result;
}

Result<JournalChange> Journal::changesSince(qint64 position) const
{
    auto select = m_vault.database().prepare(
        "SELECT subject, kind, max(own), max(position) FROM events WHERE position > ? "
        "GROUP BY subject, kind");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, position);
    JournalChange change;
    change.position = position;
    while (select->next()) {
        change.kindsBySubject[select->text(0)].insert(select->text(1));
        change.own |= select->int64(2) != 0;
        change.position = std::max(change.position, select->int64(3));
    }
    if (select->error())
        return std::unexpected(*select->error());
    return change;
}

Result<QList<Event>> Journal::events(qint64 afterPosition, int limit) const
{
    auto select = m_vault.database().prepare(
        "SELECT canonical FROM events WHERE position > ? ORDER BY position LIMIT ?");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, afterPosition).bind(2, qint64(limit));
    QList<Event> result;
    while (select->next()) {
        auto event = Event::fromStored(select->blob(0));
        if (!event)
            return std::unexpected(event.error());
        result << std::move(*event);
    }
    if (select->error())
        return std::unexpected(*select->error());
    return result;
}

Result<QList<Journal::Problem>> Journal::verifyAll() const
{
    auto select = m_vault.database().prepare("SELECT position, id, author, seq, canonical, forked "
                                             "FROM events ORDER BY author, seq, position");
    if (!select)
        return std::unexpected(select.error());
    QList<Problem> problems;
    QByteArray lastAuthor;
    qint64 lastSeq = 0;
    QList<QByteArray> idsAtLast; // the author's events at lastSeq (several after a fork)
    QList<QByteArray> idsBefore; // …and at lastSeq - 1
    while (select->next()) {
        const qint64 position = select->int64(0);
        const QString storedId = toIdText(select->blob(1));
        auto report = [&](const QString &description) {
            problems << Problem { position, storedId, description };
        };
        auto event = Event::fromJson(select->blob(4));
        if (!event) {
            report(event.error().message());
            continue;
        }
        if (event->idText() != storedId || event->author != select->blob(2)
            || event->seq != select->int64(3))
            report(tr("the stored event does not match its index"));
        if (!event->hasValidSignature())
            report(tr("the signature does not match the event"));
        if (auto body = EventKinds::validateBody(event->kind, event->body); !body)
            report(body.error().location + QLatin1String(": ") + body.error().problem);
        // An open fork is a problem until an admin settles it; one set aside is not.
        if (select->int64(5) == qint64(Fork::Open))
            report(tr("fork: another event has the same author and seq"));
        const bool sameAuthor = event->author == lastAuthor;
        if (!sameAuthor) {
            lastSeq = 0;
            idsAtLast.clear();
        }
        if (event->seq != lastSeq) {
            idsBefore = event->seq == lastSeq + 1 ? idsAtLast : QList<QByteArray>();
            idsAtLast.clear();
        }
        // Another author's events may be missing (the server shows each person what they
        // may see); this device's own may not. Events that follow each other must chain,
        // to either event of a fork.
        const bool own = event->author == m_vault.deviceKey().publicKey();
        if (own && !sameAuthor && event->seq != 1)
            report(tr("the author's events before seq %1 are missing").arg(event->seq));
        else if (own && sameAuthor && event->seq > lastSeq + 1)
            report(tr("the chain is broken before seq %1").arg(event->seq));
        else if (!idsBefore.isEmpty() && !idsBefore.contains(event->prev))
            report(tr("the chain is broken before seq %1").arg(event->seq));
        idsAtLast << event->id();
        lastSeq = event->seq;
        lastAuthor = event->author;
    }
    if (select->error())
        return std::unexpected(*select->error());
    return problems;
}

Result<int> Journal::rebindOwnSubject(const QString &from, const QString &to)
{
    SqliteDatabase &database = m_vault.database();
    return database.transaction([&]() -> Result<int> {
        auto select = database.prepare(
            "SELECT canonical FROM events WHERE author = ? AND own = 1 ORDER BY seq");
        if (!select)
            return std::unexpected(select.error());
        select->bind(1, m_vault.deviceKey().publicKey());
        QList<Event> own;
        while (select->next()) {
            auto event = Event::fromStored(select->blob(0));
            if (!event)
                return std::unexpected(event.error());
            own << std::move(*event);
        }
        if (select->error())
            return std::unexpected(*select->error());
        select->reset();
        const int rebound = int(std::count_if(own.cbegin(), own.cend(),
                                              [&](const Event &e) { return e.subject == from; }));
        if (rebound == 0)
            return 0;
        auto remove = database.prepare("DELETE FROM events WHERE author = ? AND own = 1");
        if (!remove)
            return std::unexpected(remove.error());
        if (auto removed = remove->bind(1, m_vault.deviceKey().publicKey()).exec(); !removed)
            return std::unexpected(removed.error());
        QHash<QString, QString> renamed; // old id text → new id text
        QByteArray prev;
        for (Event &event : own) {
            const QString oldId = event.idText();
            if (event.subject == from)
                event.subject = to;
            for (QLatin1String field :
                 { EventFields::Base, EventFields::Edit, EventFields::Attestation }) {
                const QString value = event.bodyText(field);
                if (renamed.contains(value))
                    event.body.insert(field, renamed.value(value));
            }
            if (event.body.contains(EventFields::Merges)) {
                QJsonArray merges;
                for (const auto &merged : event.body.value(EventFields::Merges).toArray())
                    merges << renamed.value(merged.toString(), merged.toString());
                event.body.insert(EventFields::Merges, merges);
            }
            event.prev = prev;
            const QByteArray canonical = event.signWith(m_vault.deviceKey());
            prev = Event::idOf(canonical);
            renamed.insert(oldId, toIdText(prev));
            if (auto stored = store(event, canonical, prev, true, false); !stored)
                return std::unexpected(stored.error());
        }
        if (auto rebuilt = Projector::rebuild(database); !rebuilt)
            return std::unexpected(rebuilt.error());
        // What is being typed in the livret belongs to the same person.
        auto drafts = database.prepare("UPDATE livret_drafts SET subject = ? WHERE subject = ?");
        if (!drafts)
            return std::unexpected(drafts.error());
        if (auto moved = drafts->bind(1, to).bind(2, from).exec(); !moved)
            return std::unexpected(moved.error());
        return rebound;
    });
}

Result<void> Journal::rebuildProjections()
{
    SqliteDatabase &database = m_vault.database();
    return database.transaction([&] { return Projector::rebuild(database); });
}

} // namespace jalon
