// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncservice.h"

#include "common/parallel.h"
#include "common/role.h"
#include "crypto/base64url.h"
#include "crypto/recoverycode.h"
#include "crypto/sha256.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "pushbody.h"
#include "referentiel/referentielloader.h"
#include "serverlog.h"
#include "sync/merkletree.h"
#include "sync/protocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace jalon {

namespace {

    QByteArray compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    QString newUserId()
    {
        // Ids are not secrets, but unguessable ones do not tell how many users there are.
        return QStringLiteral("u-")
            + RecoveryCode::generate().remove(QLatin1Char('-')).left(10).toLower();
    }

} // namespace

SyncService::SyncService(ServerStore &store, SigningKey key, ReferentielCatalog catalog)
    : m_store(store)
    , m_key(std::move(key))
    , m_catalog(std::move(catalog))
{
}

Result<void> SyncService::readPublished()
{
    auto published = m_store.published();
    if (!published)
        return std::unexpected(published.error());
    for (const QByteArray &canonical : std::as_const(*published)) {
        auto event = Event::fromStored(canonical);
        if (!event)
            continue;
        const QByteArray json = compact(event->body.value(EventFields::Referentiel).toObject());
        // A version the bundled catalog has already is the same document: nothing to add.
        if (auto loaded = ReferentielLoader::fromJson(json, event->subject))
            (void)m_catalog.add(std::move(*loaded));
    }
    return {};
}

Result<bool> SyncService::isEnrolled(const QByteArray &device) const
{
    auto known = m_store.device(device);
    if (!known)
        return std::unexpected(known.error());
    return *known && !(*known)->revoked;
}

std::expected<ServerStore::Device, SyncService::Answer>
SyncService::enrolledDevice(const QByteArray &device) const
{
    auto known = m_store.device(device);
    if (!known)
        return std::unexpected(unavailable(known.error()));
    if (!*known || (*known)->revoked)
        return std::unexpected(error(403, tr("this device is not enrolled, or was revoked")));
    return **known;
}

void SyncService::setWitnessPolicy(const QList<NoteKey> &witnesses, int quorum)
{
    m_witnesses = witnesses;
    m_quorum = quorum;
}

SyncService::Answer SyncService::error(int status, const QString &message)
{
    return { status, compact({ { QStringLiteral("error"), message } }) };
}

SyncService::Answer SyncService::unavailable(const Error &error)
{
    qCWarning(lcServer, "answered 503, the store failed: %s", qPrintable(error.message()));
    return SyncService::error(503, error.message());
}

Result<qint64> SyncService::appendServerEvent(const QString &kind, const QString &subject,
                                              const QJsonObject &body)
{
    if (auto valid = EventKinds::validateBody(kind, body); !valid)
        return std::unexpected(valid.error());
    auto last = m_store.lastOf(m_key.publicKey());
    if (!last)
        return std::unexpected(last.error());
    const auto [seq, prev] = *last;
    Event event;
    event.seq = seq + 1;
    event.prev = prev;
    event.at = QDateTime::currentDateTimeUtc();
    event.kind = kind;
    event.subject = subject;
    event.body = body;
    const QByteArray canonical = event.signWith(m_key);
    return m_store.append(event, canonical, Event::idOf(canonical));
}

Result<void> SyncService::recordOrg(const QString &kind, const QString &subject,
                                    const QJsonObject &body)
{
    return m_store.write([&]() -> Result<void> {
        auto appended = appendServerEvent(kind, subject, body);
        if (!appended)
            return std::unexpected(appended.error());
        return {};
    });
}

Result<SyncService::NewUser> SyncService::addUser(const QString &name, const QString &role,
                                                  const QString &referentiel)
{
    if (!referentiel.isEmpty() && roleFromName(role) != Role::Candidate)
        return std::unexpected(
            Error { tr("user"), {}, tr("only a candidate prepares a certification"), {} });
    if (!referentiel.isEmpty() && !m_catalog.find(referentiel))
        return std::unexpected(
            Error { tr("user"), {}, tr("unknown référentiel \"%1\"").arg(referentiel), {} });
    if (!roleFromName(role))
        return std::unexpected(Error { tr("user"),
                                       {},
                                       tr("unknown role \"%1\"").arg(role),
                                       allRoleNames().join(QLatin1String(", ")) });
    if (name.trimmed().isEmpty())
        return std::unexpected(Error { tr("user"), {}, tr("the name is empty"), {} });
    NewUser user { newUserId(), RecoveryCode::generate() };
    return m_store.write([&]() -> Result<NewUser> {
        QJsonObject body { { EventFields::User, user.id },
                           { EventFields::Name, name.trimmed() },
                           { EventFields::Role, role } };
        if (!referentiel.isEmpty())
            body.insert(EventFields::Referentiel, referentiel);
        auto appended = appendServerEvent(QLatin1String(EventKinds::OrgUser), user.id, body);
        if (!appended)
            return std::unexpected(appended.error());
        if (auto set = m_store.setCode(user.id, sha256(*RecoveryCode::normalize(user.code))); !set)
            return std::unexpected(set.error());
        return user;
    });
}

Result<void> SyncService::assign(const QString &candidate, const QString &user, const QString &role)
{
    auto candidateRole = m_store.roleOf(candidate);
    if (!candidateRole)
        return std::unexpected(candidateRole.error());
    if (roleFromName(candidateRole->value_or(QString())) != Role::Candidate)
        return std::unexpected(
            Error { tr("assign"), {}, tr("\"%1\" is not a candidate").arg(candidate), {} });
    auto userRole = m_store.roleOf(user);
    if (!userRole)
        return std::unexpected(userRole.error());
    if (*userRole != role)
        return std::unexpected(
            Error { tr("assign"), {}, tr("\"%1\" is not a %2").arg(user, role), {} });
    auto assigned = m_store.isAssigned(candidate, user, role);
    if (!assigned)
        return std::unexpected(assigned.error());
    if (*assigned)
        return std::unexpected(
            Error { tr("assign"),
                    {},
                    tr("\"%1\" is already assigned to \"%2\"").arg(user, candidate),
                    {} });
    return recordOrg(QLatin1String(EventKinds::OrgAssign), candidate,
                     { { EventFields::Candidate, candidate },
                       { EventFields::User, user },
                       { EventFields::Role, role } });
}

Result<void> SyncService::unassign(const QString &candidate, const QString &user,
                                   const QString &role)
{
    auto assigned = m_store.isAssigned(candidate, user, role);
    if (!assigned)
        return std::unexpected(assigned.error());
    if (!*assigned)
        return std::unexpected(
            Error { tr("unassign"),
                    {},
                    tr("\"%1\" is not assigned to \"%2\" as %3").arg(user, candidate, role),
                    {} });
    return recordOrg(QLatin1String(EventKinds::OrgUnassign), candidate,
                     { { EventFields::Candidate, candidate },
                       { EventFields::User, user },
                       { EventFields::Role, role } });
}

Result<void> SyncService::revokeDevice(const QByteArray &device)
{
    auto known = m_store.device(device);
    if (!known)
        return std::unexpected(known.error());
    if (!*known || (*known)->revoked)
        return std::unexpected(
            Error { tr("device"), {}, tr("no enrolled device has this key"), {} });
    return recordOrg(QLatin1String(EventKinds::OrgDeviceRevoke), (*known)->user,
                     { { EventFields::Device, QString::fromLatin1(toBase64Url(device)) } });
}

Result<std::optional<ServerStore::Fork>> SyncService::openForkOf(const QByteArray &id) const
{
    auto open = m_store.forks(false);
    if (!open)
        return std::unexpected(open.error());
    for (const ServerStore::Fork &fork : std::as_const(*open)) {
        for (const ServerStore::Fork::Held &held : fork.events) {
            if (held.id == id)
                return fork;
        }
    }
    return std::nullopt;
}

Result<void> SyncService::resolveFork(const QByteArray &device, qint64 seq, const QByteArray &keep)
{
    auto open = m_store.forks(false);
    if (!open)
        return std::unexpected(open.error());
    const auto fork = std::find_if(open->cbegin(), open->cend(), [&](const ServerStore::Fork &f) {
        return f.author == device && f.seq == seq;
    });
    if (fork == open->cend())
        return std::unexpected(
            Error { tr("fork"), {}, tr("no open fork at seq %1 of this device").arg(seq), {} });
    const bool kept = std::any_of(
        fork->events.cbegin(), fork->events.cend(),
        [&](const ServerStore::Fork::Held &held) { return held.id == keep && held.index >= 0; });
    if (!keep.isEmpty() && !kept)
        return std::unexpected(
            Error { tr("fork"),
                    {},
                    tr("the event to keep must be one of the fork's events in the log"),
                    {} });
    return recordOrg(
        QLatin1String(EventKinds::OrgForkResolve), fork->user,
        { { EventFields::Device, QString::fromLatin1(toBase64Url(device)) },
          { EventFields::Seq, seq },
          { EventFields::Keep,
            keep.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(toIdText(keep)) } });
}

Result<void> SyncService::publishReferentiel(const QByteArray &json)
{
    auto loaded = ReferentielLoader::fromJson(json, tr("référentiel"));
    if (!loaded)
        return std::unexpected(loaded.error());
    if (m_catalog.find(loaded->id, loaded->version))
        return std::unexpected(
            Error { loaded->id, {}, tr("version %1 is already known").arg(loaded->version), {} });
    const QJsonObject document = QJsonDocument::fromJson(json).object();
    return m_store.write([&]() -> Result<void> {
        auto appended = appendServerEvent(QLatin1String(EventKinds::ReferentielPublish), loaded->id,
                                          { { EventFields::Referentiel, document } });
        if (!appended)
            return std::unexpected(appended.error());
        if (auto added = m_catalog.add(*loaded))
            return std::unexpected(*added);
        return {};
    });
}

SyncService::Answer SyncService::enroll(const QByteArray &body)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const auto code = RecoveryCode::normalize(request.value(QStringLiteral("code")).toString());
    const auto device
        = fromBase64Url(request.value(QStringLiteral("device")).toString().toLatin1());
    if (!code)
        return error(400, tr("the enrollment code is malformed"));
    if (!device || device->size() != 32)
        return error(400, tr("the device key is malformed"));
    const QByteArray codeHash = sha256(*code);
    // A refusal (403) is the request's fault; a store that fails (503) is not, and the code
    // stays unused for the retry.
    QString refusal;
    auto enrolled = m_store.write([&]() -> Result<std::pair<QString, QString>> {
        auto refuse = [&](const QString &why) -> Result<std::pair<QString, QString>> {
            refusal = why;
            return std::unexpected(Error { tr("enroll"), {}, why, {} });
        };
        const auto user = m_store.userOfCode(codeHash);
        if (!user)
            return std::unexpected(user.error());
        if (!*user)
            return refuse(tr("unknown or already used enrollment code"));
        const auto known = m_store.device(*device);
        if (!known)
            return std::unexpected(known.error());
        if (*known)
            return refuse(tr("this device is already enrolled"));
        const auto role = m_store.roleOf(**user);
        if (!role)
            return std::unexpected(role.error());
        if (auto used = m_store.useCode(codeHash); !used)
            return std::unexpected(used.error());
        auto appended = appendServerEvent(
            QLatin1String(EventKinds::OrgDevice), **user,
            { { EventFields::User, **user },
              { EventFields::Device, QString::fromLatin1(toBase64Url(*device)) } });
        if (!appended)
            return std::unexpected(appended.error());
        return std::pair { **user, role->value_or(QString()) };
    });
    if (!enrolled)
        return refusal.isEmpty() ? unavailable(enrolled.error()) : error(403, refusal);
    QJsonArray witnesses;
    for (const NoteKey &witness : std::as_const(m_witnesses))
        witnesses.append(witness.vkey());
    return { 200,
             compact({ { QStringLiteral("user"), enrolled->first },
                       { QStringLiteral("role"), enrolled->second },
                       { QStringLiteral("server_key"),
                         QString::fromLatin1(toBase64Url(m_key.publicKey())) },
                       { QStringLiteral("witnesses"), witnesses },
                       { QStringLiteral("witness_quorum"), m_quorum } }) };
}

// Reading and the signature need no database: done for the whole batch first, on every core.
SyncService::Pushed SyncService::read(const QByteArray &json)
{
    Pushed pushed;
    pushed.tooLarge = json.size() > Protocol::MaxEventBytes;
    if (pushed.tooLarge) {
        pushed.problem
            = tr("an event must be a JSON object of at most %1 bytes").arg(Protocol::MaxEventBytes);
        return pushed;
    }
    auto event = Event::fromJson(json);
    if (!event) {
        pushed.problem = event.error().message();
        return pushed;
    }
    pushed.event = std::move(*event);
    pushed.canonical = pushed.event.canonical();
    pushed.id = Event::idOf(pushed.canonical);
    pushed.signatureValid = pushed.event.hasValidSignature();
    return pushed;
}

QList<SyncService::Pushed> SyncService::readAll(const QList<QByteArray> &values)
{
    QList<Pushed> batch(values.size());
    onEveryCore(values.size(), [&](qsizetype i) { batch[i] = read(values[i]); });
    return batch;
}

Result<QJsonObject> SyncService::judge(const ServerStore::Device &author, const Pushed &pushed,
                                       Batch &batch)
{
    auto rejected = [](const QString &id, const QString &reason) {
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("status"), QLatin1String(Protocol::Rejected) },
                             { QStringLiteral("reason"), reason } };
    };
    if (!pushed.problem.isEmpty())
        return rejected({}, pushed.problem);
    const Event *event = &pushed.event;
    const QByteArray &canonical = pushed.canonical;
    const QByteArray &id = pushed.id;
    const QString idText = toIdText(id);
    const auto index = m_store.indexOf(id);
    if (!index)
        return std::unexpected(index.error());
    if (*index)
        return QJsonObject { { QStringLiteral("id"), idText },
                             { QStringLiteral("status"), QLatin1String(Protocol::Known) },
                             { QStringLiteral("index"), **index } };
    auto refused = [&](const QString &reason) {
        return QJsonObject { { QStringLiteral("id"), idText },
                             { QStringLiteral("status"), QLatin1String(Protocol::Refused) },
                             { QStringLiteral("reason"), reason } };
    };
    const auto reason = m_store.refusal(id);
    if (!reason)
        return std::unexpected(reason.error());
    if (*reason)
        return refused(**reason);
    auto cachedSigner = batch.devices.constFind(event->author);
    if (cachedSigner == batch.devices.cend()) {
        auto known = m_store.device(event->author);
        if (!known)
            return std::unexpected(known.error());
        cachedSigner = batch.devices.insert(event->author, *known);
    }
    const std::optional<ServerStore::Device> &signer = *cachedSigner;
    if (!signer || signer->user != author.user)
        return rejected(idText,
                        tr("the event's author is not one of this user's enrolled devices"));
    if (signer->revoked)
        return rejected(idText, tr("the event's device is revoked"));
    if (!pushed.signatureValid)
        return rejected(idText,
                        tr("the signature does not match the event: it was altered or forged"));
    if (EventKinds::isServerSigned(event->kind) || !EventKinds::isKnown(event->kind))
        return rejected(idText, tr("a device may not record \"%1\"").arg(event->kind));
    if (auto valid = EventKinds::validateBody(event->kind, event->body); !valid)
        return rejected(idText, valid.error().message());
    auto end = chainEnd(event->author, batch);
    if (!end)
        return std::unexpected(end.error());
    ChainEnd &chain = **end;
    if (event->seq > chain.seq + 1)
        return rejected(idText,
                        tr("event %1 of this device is missing: push in order").arg(chain.seq + 1));
    const auto follows = this->follows(*event, chain);
    if (!follows)
        return std::unexpected(follows.error());
    if (!*follows)
        return rejected(idText, tr("the event does not follow its device's previous event"));
    // A second event at a place of the chain: signed evidence of a device misbehaving, or
    // restored from a backup. Kept, flagged; neither counts until an admin resolves it.
    const bool fork = event->seq <= chain.seq;
    auto moveOn = [&] {
        if (fork && event->seq == chain.seq)
            chain.ids << id;
        else if (!fork)
            chain = { event->seq, { id } };
    };
    if (fork) {
        if (auto flagged = m_store.flagFork(event->author, event->seq); !flagged)
            return std::unexpected(flagged.error());
    }
    const auto refusal = batch.policy.refusal(*signer, *event);
    if (!refusal)
        return std::unexpected(refusal.error());
    if (!refusal->isEmpty()) {
        if (auto recorded = m_store.refuse(*event, canonical, id, *refusal); !recorded)
            return std::unexpected(recorded.error());
        moveOn();
        return refused(*refusal);
    }
    auto logged = m_store.append(*event, canonical, id);
    if (!logged)
        return std::unexpected(logged.error());
    moveOn();
    QJsonObject answer {
        { QStringLiteral("id"), idText },
        { QStringLiteral("status"), QLatin1String(fork ? Protocol::Forked : Protocol::Accepted) },
        { QStringLiteral("index"), *logged },
        { QStringLiteral("logged_at"), Event::formatTime(QDateTime::currentDateTimeUtc()) }
    };
    if (fork)
        answer.insert(QStringLiteral("reason"),
                      tr("another event of this device holds seq %1: both are kept, and neither "
                         "counts until an administrator settles it")
                          .arg(event->seq));
    return answer;
}

Result<SyncService::ChainEnd *> SyncService::chainEnd(const QByteArray &author, Batch &batch)
{
    auto found = batch.chains.find(author);
    if (found != batch.chains.end())
        return &*found;
    auto last = m_store.lastOf(author);
    if (!last)
        return std::unexpected(last.error());
    ChainEnd end { last->first, {} };
    if (end.seq > 0) {
        auto ids = m_store.heldAt(author, end.seq);
        if (!ids)
            return std::unexpected(ids.error());
        end.ids = *ids;
    }
    return &*batch.chains.insert(author, end);
}

Result<bool> SyncService::follows(const Event &event, const ChainEnd &end)
{
    if (event.seq == 1)
        return event.prev.isEmpty();
    if (event.seq == end.seq + 1)
        return end.ids.contains(event.prev);
    auto before = m_store.heldAt(event.author, event.seq - 1);
    if (!before)
        return std::unexpected(before.error());
    return before->contains(event.prev);
}

SyncService::Answer SyncService::push(const QByteArray &device, const QByteArray &body)
{
    const auto author = enrolledDevice(device);
    if (!author)
        return author.error();
    const auto events = PushBody::events(body);
    if (!events)
        return error(400, events.error().problem);
    if (events->size() > Protocol::MaxBatch)
        return error(413, tr("at most %1 events per push").arg(Protocol::MaxBatch));
    const QList<Pushed> batch = readAll(*events);
    for (const Pushed &pushed : batch) {
        if (pushed.tooLarge)
            return error(413, tr("an event is larger than %1 bytes").arg(Protocol::MaxEventBytes));
    }
    // One store failure fails the whole push: nothing of it is kept, and the device sends
    // the same batch again.
    auto results = m_store.write([&]() -> Result<std::pair<QJsonArray, qint64>> {
        Batch context { EventPolicy(m_store, m_catalog), {}, {} };
        QJsonArray answers;
        for (const Pushed &pushed : batch) {
            auto answer = judge(*author, pushed, context);
            if (!answer)
                return std::unexpected(answer.error());
            answers.append(*answer);
        }
        auto size = m_store.size();
        if (!size)
            return std::unexpected(size.error());
        return std::pair { answers, *size };
    });
    if (!results)
        return unavailable(results.error());
    return { 200,
             compact({ { QStringLiteral("results"), results->first },
                       { QStringLiteral("size"), results->second } }) };
}

SyncService::Answer SyncService::pull(const QByteArray &device, qint64 after, int limit)
{
    const auto reader = enrolledDevice(device);
    if (!reader)
        return reader.error();
    // Any read that fails fails the pull: a short answer moves the cursor to the log's
    // size, so a part missing for a failure would never be sent again.
    const bool everything = roleFromName(reader->role) == Role::Admin;
    const auto logSize = m_store.size();
    if (!logSize)
        return unavailable(logSize.error());
    const qint64 size = *logSize;
    auto visible
        = everything ? Result<ServerStore::Visible>() : m_store.visibleSubjects(reader->user);
    if (!visible)
        return unavailable(visible.error());
    const int most = qBound(1, limit, Protocol::MaxPull);
    auto entries = m_store.entries(after, most, *visible, everything, device, size);
    if (!entries)
        return unavailable(entries.error());
    // The stored canonical bytes go out as they are: nothing re-encodes what was signed.
    QByteArray json = "{\"events\":[";
    for (qsizetype i = 0; i < entries->size(); ++i) {
        if (i > 0)
            json += ',';
        const ServerStore::LogEntry &entry = entries->at(i);
        json += "{\"index\":" + QByteArray::number(entry.index)
            + (entry.loggedAt.isEmpty() ? QByteArray()
                                        : ",\"logged_at\":\"" + entry.loggedAt.toLatin1() + '"')
            + ",\"event\":" + entry.canonical + '}';
    }
    // A short answer covers the whole log up to its size: the reader's cursor moves past
    // what it may not see (or wrote itself) and its next sync does not read it again.
    const qint64 last = entries->size() < most ? size - 1 : entries->last().index;
    json += "],\"last\":" + QByteArray::number(qMax(last, after))
        + ",\"size\":" + QByteArray::number(size) + '}';
    return { 200, json };
}

Result<const MerkleTree::Log *> SyncService::merkleLog()
{
    auto leaves = m_store.leafHashes(m_log.size());
    if (!leaves)
        return std::unexpected(leaves.error());
    for (const QByteArray &leaf : std::as_const(*leaves))
        m_log.append(leaf);
    return &m_log;
}

Result<SignedNote> SyncService::signCheckpoint()
{
    auto log = merkleLog();
    if (!log)
        return std::unexpected(log.error());
    const qint64 size = (*log)->size();
    const Checkpoint checkpoint { logKey().name, size, (*log)->root(size) };
    SignedNote note { checkpoint.body(), {} };
    note.signatures << SignedNote::sign(note.text, checkpoint.origin, m_key);
    return note;
}

namespace {

    QJsonArray base64List(const QList<QByteArray> &hashes)
    {
        QJsonArray list;
        for (const QByteArray &hash : hashes)
            list.append(QString::fromLatin1(hash.toBase64()));
        return list;
    }

} // namespace

SyncService::Answer SyncService::inclusionProofs(const QList<qint64> &indexes, qint64 size)
{
    auto caughtUp = merkleLog();
    if (!caughtUp)
        return unavailable(caughtUp.error());
    const MerkleTree::Log &log = **caughtUp;
    if (size < 1 || size > log.size())
        return error(400, tr("the tree size must be between 1 and %1").arg(log.size()));
    QJsonArray proofs;
    for (const qint64 index : indexes) {
        const auto path = log.inclusionProof(index, size);
        if (!path)
            return error(400, tr("index %1 is not in the tree of size %2").arg(index).arg(size));
        proofs.append(QJsonObject {
            { QStringLiteral("index"), index },
            { QStringLiteral("leaf_hash"), QString::fromLatin1(log.leaf(index).toBase64()) },
            { QStringLiteral("inclusion"), base64List(*path) } });
    }
    if (indexes.size() == 1) {
        QJsonObject one = proofs.first().toObject();
        one.insert(QStringLiteral("size"), size);
        return { 200, compact(one) };
    }
    return { 200,
             compact({ { QStringLiteral("size"), size }, { QStringLiteral("proofs"), proofs } }) };
}

Result<std::optional<QList<QByteArray>>> SyncService::consistencyHashes(qint64 from, qint64 to)
{
    auto log = merkleLog();
    if (!log)
        return std::unexpected(log.error());
    return (*log)->consistencyProof(from, to);
}

SyncService::Answer SyncService::consistencyProof(qint64 from, qint64 to)
{
    const auto hashes = consistencyHashes(from, to);
    if (!hashes)
        return unavailable(hashes.error());
    const std::optional<QList<QByteArray>> &proof = *hashes;
    if (!proof)
        return error(400, tr("the sizes must satisfy 0 ≤ from ≤ to ≤ %1").arg(m_log.size()));
    return { 200,
             compact({ { QStringLiteral("from"), from },
                       { QStringLiteral("to"), to },
                       { QStringLiteral("consistency"), base64List(*proof) } }) };
}

SyncService::Answer SyncService::proof(const QByteArray &device, const QString &eventId,
                                       qint64 size, qint64 count)
{
    const auto reader = enrolledDevice(device);
    if (!reader)
        return reader.error();
    const auto id = fromBase64Url(eventId.toLatin1());
    const auto found = id ? m_store.indexOf(*id) : Result<std::optional<qint64>>();
    if (!found)
        return unavailable(found.error());
    const std::optional<qint64> &index = *found;
    const auto visible = index ? maySee(*reader, *id, *index) : Result<bool>(false);
    if (!visible)
        return unavailable(visible.error());
    if (!*visible)
        return error(404, tr("no event with this id is in the log"));
    auto caughtUp = merkleLog();
    if (!caughtUp)
        return unavailable(caughtUp.error());
    const MerkleTree::Log &log = **caughtUp;
    const qint64 logSize = log.size();
    if (size <= 0)
        size = logSize;
    if (count < 1 || size < *index + count || size > logSize)
        return error(
            400, tr("the tree size must be above the event's index and at most %1").arg(logSize));
    // One event: its RFC 9162 audit path. Several that follow it in the log: the hashes
    // outside their range, one proof for a whole push.
    const auto hashes
        = count == 1 ? log.inclusionProof(*index, size) : log.rangeProof(*index, count, size);
    QJsonArray list;
    for (const QByteArray &hash : hashes.value_or(QList<QByteArray>()))
        list.append(QString::fromLatin1(toBase64Url(hash)));
    return { 200,
             compact({ { QStringLiteral("index"), *index },
                       { QStringLiteral("count"), count },
                       { QStringLiteral("size"), size },
                       { count == 1 ? QStringLiteral("path") : QStringLiteral("range"), list } }) };
}

// What a pull would give this reader, or what one of their devices wrote: the public
// proofs are by index and give hashes only; this one names an event.
Result<bool> SyncService::maySee(const ServerStore::Device &reader, const QByteArray &id,
                                 qint64 index) const
{
    if (roleFromName(reader.role) == Role::Admin)
        return true;
    const auto found = m_store.logged(id);
    if (!found)
        return std::unexpected(found.error());
    const std::optional<ServerStore::Logged> &logged = *found;
    if (!logged)
        return false;
    if (logged->kind == QLatin1String(EventKinds::ReferentielPublish)
        || logged->kind == QLatin1String(EventKinds::OrgForkResolve))
        return true;
    const auto author = m_store.device(logged->author);
    if (!author)
        return std::unexpected(author.error());
    if (*author && (*author)->user == reader.user)
        return true;
    const auto visible = m_store.visibleSubjects(reader.user);
    if (!visible)
        return std::unexpected(visible.error());
    return visible->covers(logged->subject, index);
}

SyncService::Answer SyncService::referentiels() const
{
    QJsonArray list;
    for (const Referentiel &ref : m_catalog.all())
        list.append(QJsonObject { { QStringLiteral("id"), ref.id },
                                  { QStringLiteral("version"), ref.version },
                                  { QStringLiteral("title"), ref.certification.title } });
    return { 200, compact({ { QStringLiteral("referentiels"), list } }) };
}

} // namespace jalon
