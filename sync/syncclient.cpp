// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncclient.h"

#include "crypto/base64url.h"
#include "crypto/signingkey.h"
#include "jcs/canonicaljson.h"
#include "sync/merkletree.h"
#include "sync/protocol.h"
#include "sync/requestsignature.h"
#include "vault/settings.h"
#include "vault/sqlitedatabase.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTimer>

namespace jalon {

Q_LOGGING_CATEGORY(lcSyncClient, "jalon.sync", QtInfoMsg)

namespace {

    constexpr auto ServerSetting = "sync.server";
    constexpr auto UserSetting = "sync.user";
    constexpr auto RoleSetting = "sync.role";
    constexpr auto PushedSetting = "sync.pushed_seq";
    constexpr auto PulledSetting = "sync.pulled_index";
    constexpr auto LastSyncSetting = "sync.last_sync";
    constexpr auto LastErrorSetting = "sync.last_error";

    constexpr auto CheckpointSetting = "log.checkpoint";
    constexpr auto WitnessesSetting = "log.witnesses";
    constexpr auto QuorumSetting = "log.witness_quorum";

    constexpr int PushBatch = Protocol::MaxBatch;
    // A witnessed checkpoint follows a push by a witness's round trip: waited for that long.
    constexpr int CheckpointAttempts = 25;
    constexpr int CheckpointRetryMilliseconds = 200;

    QList<QByteArray> hashesOf(const QJsonArray &list)
    {
        QList<QByteArray> hashes;
        for (const auto &hash : list)
            hashes << QByteArray::fromBase64(hash.toString().toLatin1());
        return hashes;
    }

} // namespace

SyncClient::SyncClient(Vault &vault, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_journal(vault)
{
}

QString SyncClient::setting(const char *key, const QString &fallback) const
{
    return Settings::value(m_vault.database(), QLatin1String(key), fallback);
}

Result<void> SyncClient::setSetting(const char *key, const QString &value)
{
    return Settings::setValue(m_vault.database(), QLatin1String(key), value);
}

void SyncClient::setStatus(const char *key, const QString &value)
{
    // What the sync details show: the sync itself stands or fails on its own.
    if (auto set = setSetting(key, value); !set)
        qCWarning(lcSyncClient, "cannot record %s: %s", key, qPrintable(set.error().message()));
}

bool SyncClient::isEnrolled() const
{
    return !setting(UserSetting).isEmpty();
}

QUrl SyncClient::server() const
{
    return QUrl(setting(ServerSetting));
}

QString SyncClient::user() const
{
    return setting(UserSetting);
}

QString SyncClient::role() const
{
    return setting(RoleSetting);
}

int SyncClient::pendingCount() const
{
    const auto last = m_journal.lastOwnSeq();
    if (!last) {
        qCWarning(lcSyncClient, "cannot count what waits to be sent: %s",
                  qPrintable(last.error().message()));
        return 0;
    }
    return int(*last - acknowledgedSeq(m_vault.database()));
}

qint64 SyncClient::acknowledgedSeq(SqliteDatabase &database)
{
    return Settings::value(database, QLatin1String(PushedSetting), QStringLiteral("0"))
        .toLongLong();
}

QHash<QByteArray, qint64> SyncClient::logIndexes(SqliteDatabase &database)
{
    QHash<QByteArray, qint64> indexes;
    auto select = database.prepare("SELECT event, log_index FROM log_entries");
    while (select && select->next())
        indexes.insert(select->blob(0), select->int64(1));
    return indexes;
}

QHash<QByteArray, QString> SyncClient::refusals(SqliteDatabase &database)
{
    QHash<QByteArray, QString> reasons;
    auto select = database.prepare("SELECT event, reason FROM sync_refusals");
    while (select && select->next())
        reasons.insert(select->blob(0), select->text(1));
    return reasons;
}

QList<qint64> SyncClient::answerCounts(SqliteDatabase &database)
{
    auto select = database.prepare(
        "SELECT (SELECT count(*) FROM sync_refusals), (SELECT count(*) FROM log_entries), "
        "(SELECT count(*) FROM log_entries WHERE logged_at <> '')");
    if (!select || !select->next())
        return { -1 }; // unknown: differs from any count, so pages read again
    return { select->int64(0), select->int64(1), select->int64(2) };
}

QHash<QByteArray, QDateTime> SyncClient::loggingTimes(SqliteDatabase &database)
{
    QHash<QByteArray, QDateTime> times;
    auto select
        = database.prepare("SELECT event, logged_at FROM log_entries WHERE logged_at <> ''");
    while (select && select->next())
        times.insert(select->blob(0), Event::parseTime(select->text(1)));
    return times;
}

void SyncClient::rememberLogIndexes(const QList<LoggedEvent> &entries)
{
    if (entries.isEmpty())
        return;
    // Only shown to people (the carnet PDF): a failure here costs a line, not the sync.
    const auto remembered = m_vault.database().transaction([&]() -> Result<void> {
        // A time once known is kept (a later "known" answer does not say it again).
        auto insert = m_vault.database().prepare(
            "INSERT OR REPLACE INTO log_entries (event, log_index, logged_at) VALUES (?1, ?2, "
            "COALESCE(NULLIF(?3, ''), (SELECT logged_at FROM log_entries WHERE event = ?1), ''))");
        if (!insert)
            return std::unexpected(insert.error());
        for (const LoggedEvent &entry : entries) {
            insert->reset();
            if (auto stored
                = insert->bind(1, entry.id).bind(2, entry.index).bind(3, entry.loggedAt).exec();
                !stored)
                return stored;
        }
        return {};
    });
    if (!remembered)
        qCWarning(lcSyncClient, "cannot keep the log indexes: %s",
                  qPrintable(remembered.error().message()));
}

QByteArray SyncClient::verifiedCheckpoint(SqliteDatabase &database)
{
    return Settings::value(database, QLatin1String(CheckpointSetting)).toUtf8();
}

CheckpointPolicy SyncClient::checkpointPolicy(SqliteDatabase &database, const QByteArray &serverKey)
{
    CheckpointPolicy policy { Checkpoint::logKey(serverKey), {}, 0 };
    const QString witnesses = Settings::value(database, QLatin1String(WitnessesSetting));
    for (const QString &vkey : witnesses.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (auto key = NoteKey::fromVkey(vkey))
            policy.witnesses << *key;
    }
    policy.quorum
        = Settings::value(database, QLatin1String(QuorumSetting), QStringLiteral("0")).toInt();
    return policy;
}

int SyncClient::logConflictCount(SqliteDatabase &database)
{
    auto count = database.prepare("SELECT count(*) FROM log_conflicts");
    return count && count->next() ? int(count->int64(0)) : 0;
}

QDateTime SyncClient::lastSync() const
{
    return Event::parseTime(setting(LastSyncSetting));
}

QString SyncClient::lastError() const
{
    return setting(LastErrorSetting);
}

QNetworkReply *SyncClient::send(const QByteArray &method, const QByteArray &pathAndQuery,
                                const QByteArray &body)
{
    QNetworkRequest request(server().resolved(QUrl::fromEncoded(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(RequestSignature::Header,
                         RequestSignature::header(m_vault.deviceKey(), method, pathAndQuery, body,
                                                  QDateTime::currentDateTimeUtc()));
    request.setTransferTimeout(30000);
    return method == "POST" ? m_network.post(request, body) : m_network.get(request);
}

std::optional<QJsonObject> SyncClient::read(QNetworkReply *reply, QString &error)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_reached = status != 0;
    const QByteArray body = reply->readAll();
    QJsonObject json = CanonicalJson::parseDocument(body).object();
    if (status == 200 && reply->error() == QNetworkReply::NoError)
        return json;
    if (status == 0)
        error = tr("the server cannot be reached: %1").arg(reply->errorString());
    else
        error = tr("the server answered %1: %2")
                    .arg(status)
                    .arg(json.value(QStringLiteral("error")).toString(reply->errorString()));
    return std::nullopt;
}

namespace {

    // The witnesses the centre names at enrollment, trusted from then on as its key is.
    QString witnessKeys(const QJsonObject &answer)
    {
        QStringList keys;
        for (const auto &key : answer.value(QStringLiteral("witnesses")).toArray()) {
            if (NoteKey::fromVkey(key.toString()))
                keys << key.toString();
        }
        return keys.join(QLatin1Char(' '));
    }

} // namespace

void SyncClient::enroll(const QUrl &serverUrl, const QString &code)
{
    const QJsonObject request { { QStringLiteral("code"), code },
                                { QStringLiteral("device"),
                                  QString::fromLatin1(
                                      toBase64Url(m_vault.deviceKey().publicKey())) } };
    QNetworkRequest http(serverUrl.resolved(QUrl(QLatin1String(Protocol::Enroll))));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    http.setTransferTimeout(30000);
    QNetworkReply *reply
        = m_network.post(http, QJsonDocument(request).toJson(QJsonDocument::Compact));
    m_busy = true;
    Q_EMIT stateChanged();
    connect(reply, &QNetworkReply::finished, this, [this, reply, serverUrl] {
        QString error;
        const auto answer = read(reply, error);
        // The refusals a person can act on, in their own words rather than the server's.
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 400)
            error = tr(
                "this is not an enrollment code: it has six groups of four letters and digits");
        else if (status == 403)
            error = tr("the centre does not know this enrollment code, or it was already used: ask "
                       "the centre for a new one");
        const auto serverKey = answer
            ? fromBase64Url(answer->value(QStringLiteral("server_key")).toString().toLatin1())
            : std::nullopt;
        if (answer && (!serverKey || serverKey->size() != 32))
            error = tr("the server's answer has no valid key");
        if (error.isEmpty()) {
            auto saved = m_vault.database().transaction([&]() -> Result<void> {
                if (auto set = m_journal.setServerKey(*serverKey); !set)
                    return set;
                for (const auto &[key, value] :
                     { std::pair { ServerSetting, serverUrl.toString() },
                       std::pair { UserSetting, answer->value(QStringLiteral("user")).toString() },
                       std::pair { RoleSetting, answer->value(QStringLiteral("role")).toString() },
                       std::pair { PulledSetting, QStringLiteral("-1") },
                       std::pair { WitnessesSetting, witnessKeys(*answer) },
                       std::pair {
                           QuorumSetting,
                           QString::number(
                               answer->value(QStringLiteral("witness_quorum")).toInt()) } }) {
                    if (auto set
                        = Settings::setValue(m_vault.database(), QLatin1String(key), value);
                        !set)
                        return set;
                }
                return {};
            });
            if (!saved)
                error = saved.error().message();
        }
        m_busy = false;
        setStatus(LastErrorSetting, error);
        Q_EMIT stateChanged();
        Q_EMIT enrollFinished(error.isEmpty());
    });
}

void SyncClient::sync()
{
    if (m_busy)
        return;
    if (!isEnrolled()) {
        setStatus(LastErrorSetting, tr("this device has not joined a server yet"));
        Q_EMIT stateChanged();
        Q_EMIT syncFinished(false);
        return;
    }
    m_busy = true;
    m_reached = false;
    m_accepted.clear();
    m_logSeen = 0;
    m_proven = 0;
    Q_EMIT stateChanged();
    // Before anything is sent: the centre's log must extend the one this device saw.
    verifyLog([this] { pushNext(); }, 0);
}

void SyncClient::verifyLog(const std::function<void()> &next, qint64 covering, int attempt)
{
    QNetworkReply *reply = send("GET", Protocol::Checkpoint);
    connect(reply, &QNetworkReply::finished, this, [this, reply, next, covering, attempt] {
        onCheckpoint(reply, next, covering, attempt);
    });
}

void SyncClient::onCheckpoint(QNetworkReply *reply, const std::function<void()> &next,
                              qint64 covering, int attempt)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_reached = status != 0;
    const QByteArray note = reply->readAll();
    if (status != 200 || reply->error() != QNetworkReply::NoError)
        return finish(status == 0 ? tr("the server cannot be reached: %1").arg(reply->errorString())
                                  : tr("the server answered %1 for its checkpoint").arg(status));
    const CheckpointPolicy policy = checkpointPolicy(m_vault.database(), m_journal.serverKey());
    // A checkpoint just made may not hold the events accepted yet, nor the witnesses'
    // cosignatures: asked again a little later, a few times.
    const auto askAgain = [this, next, covering, attempt] {
        if (attempt + 1 >= CheckpointAttempts)
            return false;
        QTimer::singleShot(CheckpointRetryMilliseconds, this, [this, next, covering, attempt] {
            verifyLog(next, covering, attempt + 1);
        });
        return true;
    };
    auto offered = policy.open(note);
    if (!offered) {
        if (policy.lacksCosignatures(note) && askAgain())
            return;
        return finish(
            tr("the centre's checkpoint cannot be trusted: %1").arg(offered.error().problem));
    }
    if (offered->size < covering) {
        if (askAgain())
            return;
        return finish(
            tr("the centre has not published a checkpoint that holds the events it accepted yet"));
    }
    extendTo(note, next);
}

void SyncClient::extendTo(const QByteArray &note, const std::function<void()> &next)
{
    // Both were opened (signatures checked) before being kept or offered.
    const auto offered = Checkpoint::ofNote(note);
    const auto old = Checkpoint::ofNote(verifiedCheckpoint(m_vault.database()));
    auto accept = [this, note, next] {
        if (auto kept = setSetting(CheckpointSetting, QString::fromUtf8(note)); !kept)
            return finish(
                tr("the centre's checkpoint could not be kept: %1").arg(kept.error().message()));
        next();
    };
    if (!old)
        return accept(); // the first checkpoint this device sees: trusted as the key is
    if (offered->size < old->size)
        return refuseLog(note, {},
                         tr("the log is smaller than the one this device verified (%1 entries, not "
                            "%2): it was rolled back")
                             .arg(offered->size)
                             .arg(old->size));
    if (offered->size == old->size) {
        if (offered->root != old->root)
            return refuseLog(
                note, {},
                tr("the log has another root at the same size: its history was rewritten"));
        return accept();
    }
    const QByteArray path = QByteArray(Protocol::ConsistencyProof)
        + "?from=" + QByteArray::number(old->size) + "&to=" + QByteArray::number(offered->size);
    QNetworkReply *reply = send("GET", path);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, note, old = *old, offered = *offered, accept] {
                QString error;
                const auto answer = read(reply, error);
                if (!answer)
                    return finish(error);
                const QList<QByteArray> proof
                    = hashesOf(answer->value(QStringLiteral("consistency")).toArray());
                if (!MerkleTree::verifyConsistency(old.size, offered.size, old.root, offered.root,
                                                   proof))
                    return refuseLog(
                        note, proof,
                        tr("the consistency proof does not hold: the log was rewritten"));
                accept();
            });
}

void SyncClient::refuseLog(const QByteArray &offered, const QList<QByteArray> &proof,
                           const QString &reason)
{
    QByteArray lines;
    for (const QByteArray &hash : proof)
        lines += hash.toBase64() + '\n';
    // Kept once per checkpoint offered: the retries of a sync do not pile up copies.
    auto record = m_vault.database().prepare(
        "INSERT INTO log_conflicts (at, verified, offered, proof, reason) SELECT ?1, ?2, ?3, ?4, "
        "?5 "
        "WHERE NOT EXISTS (SELECT 1 FROM log_conflicts WHERE verified = ?2 AND offered = ?3)");
    Result<void> kept = record ? Result<void>() : std::unexpected(record.error());
    if (record)
        kept = record->bind(1, Event::formatTime(QDateTime::currentDateTimeUtc()))
                   .bind(2, QString::fromUtf8(verifiedCheckpoint(m_vault.database())))
                   .bind(3, QString::fromUtf8(offered))
                   .bind(4, QString::fromLatin1(lines))
                   .bind(5, reason)
                   .exec();
    const QString evidence = kept
        ? tr("Both checkpoints are kept as evidence; tell the certification centre.")
        : tr("The two checkpoints could not be kept as evidence (%1); tell the certification "
             "centre.")
              .arg(kept.error().message());
    const QString what = m_accepted.isEmpty()
        ? tr("the centre's log does not extend the one this device saw: nothing was sent (%1).")
        : tr("the centre's log does not extend the one this device saw: what it just received is "
             "not proven (%1).");
    finish(what.arg(reason) + QLatin1Char(' ') + evidence);
}

void SyncClient::pushNext()
{
    const qint64 pushed = setting(PushedSetting, QStringLiteral("0")).toLongLong();
    auto outbox = m_journal.ownEvents(pushed, PushBatch);
    if (!outbox)
        return finish(outbox.error().message());
    if (outbox->isEmpty())
        return pullNext();
    // As many as fit in one request the server takes (large livret versions fill it
    // before the count does); always at least one, which the server judges on its own.
    QByteArray body = "{\"events\":[";
    QList<qint64> seqs;
    for (qsizetype i = 0; i < outbox->size(); ++i) {
        if (i > 0 && body.size() + 1 + outbox->at(i).size() + 2 > Protocol::MaxBodyBytes)
            break;
        body += (i > 0 ? "," : "") + outbox->at(i);
        seqs << pushed + 1 + i;
    }
    body += "]}";
    QNetworkReply *reply = send("POST", Protocol::Events, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, seqs] { onPushed(reply, seqs); });
}

void SyncClient::onPushed(QNetworkReply *reply, const QList<qint64> &seqs)
{
    QString error;
    const auto answer = read(reply, error);
    if (!answer)
        return finish(error);
    const QJsonArray results = answer->value(QStringLiteral("results")).toArray();
    const qsizetype acceptedBefore = m_accepted.size();
    qint64 pushed = setting(PushedSetting, QStringLiteral("0")).toLongLong();
    for (qsizetype i = 0; i < results.size() && i < seqs.size(); ++i) {
        const QJsonObject result = results[i].toObject();
        const QString status = result.value(QStringLiteral("status")).toString();
        const QByteArray id
            = fromBase64Url(result.value(QStringLiteral("id")).toString().toLatin1())
                  .value_or(QByteArray());
        if (status == QLatin1String(Protocol::Accepted) || status == QLatin1String(Protocol::Known)
            || status == QLatin1String(Protocol::Forked)) {
            m_accepted << LoggedEvent { id, result.value(QStringLiteral("index")).toInteger(),
                                        result.value(QStringLiteral("logged_at")).toString() };
            // Logged, but another event of this device holds its place (the vault was
            // restored from a backup): it counts for nothing until an admin settles it.
            if (status == QLatin1String(Protocol::Forked)) {
                if (auto marked = m_journal.markOwnForked(id); !marked)
                    return finish(marked.error().message());
            }
        } else if (status == QLatin1String(Protocol::Refused)) {
            // Not allowed, but in the device's chain: kept, shown, and the outbox goes on.
            // Unrecorded, the refusal would be shown nowhere: the outbox stops before it.
            if (auto recorded
                = recordRefusal(id, seqs[i], result.value(QStringLiteral("reason")).toString());
                !recorded) {
                (void)setSetting(PushedSetting, QString::number(pushed));
                return finish(
                    tr("the server refused event %1, and the refusal could not be kept: %2")
                        .arg(seqs[i])
                        .arg(recorded.error().message()));
            }
        } else {
            (void)setSetting(PushedSetting,
                             QString::number(pushed)); // the rejection is what is told
            return finish(tr("the server rejected event %1: %2")
                              .arg(seqs[i])
                              .arg(result.value(QStringLiteral("reason")).toString()));
        }
        pushed = seqs[i];
    }
    // Not moved, the outbox sends these again and the server answers "known": nothing twice.
    if (auto moved = setSetting(PushedSetting, QString::number(pushed)); !moved)
        return finish(tr("what was sent is on the server, but this device could not note it: %1")
                          .arg(moved.error().message()));
    rememberLogIndexes(m_accepted.mid(acceptedBefore));
    Q_EMIT stateChanged();
    if (results.size() != seqs.size())
        return finish(
            tr("the server answered for %1 events out of %2").arg(results.size()).arg(seqs.size()));
    pushNext();
}

void SyncClient::pullNext()
{
    const QByteArray path = QByteArray(Protocol::Events)
        + "?after=" + setting(PulledSetting, QStringLiteral("-1")).toLatin1()
        + "&limit=" + QByteArray::number(Protocol::MaxPull);
    QNetworkReply *reply = send("GET", path);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPulled(reply); });
}

void SyncClient::onPulled(QNetworkReply *reply)
{
    QString error;
    const auto answer = read(reply, error);
    if (!answer)
        return finish(error);
    auto batch = PulledBatch::fromJson(*answer);
    if (!batch)
        return finish(batch.error().message());
    if (!batch->events.isEmpty()) {
        // Checked here, never trusted: one bad event refuses the whole answer.
        if (auto received = m_journal.receive(batch->events, Journal::Order::Partial); !received)
            return finish(
                tr("an event from the server was refused: %1").arg(received.error().message()));
        rememberLogIndexes(batch->logged);
    }
    const qint64 last = batch->last;
    const qint64 size = batch->size;
    m_logSeen = qMax(m_logSeen, last + 1);
    if (last != setting(PulledSetting, QStringLiteral("-1")).toLongLong()) {
        // Not moved, the cursor reads the same events again next time: nothing is lost.
        if (auto moved = setSetting(PulledSetting, QString::number(last)); !moved)
            return finish(tr("what was received is kept, but not where to go on from: %1")
                              .arg(moved.error().message()));
        Q_EMIT stateChanged();
    }
    if (!batch->events.isEmpty() && last + 1 < size)
        return pullNext();
    proveAccepted();
}

// The log grew while this sync ran (its own pushes, what it pulled): the checkpoint it
// keeps moves on to cover them, so that every event it holds can be proven against it.
void SyncClient::proveAccepted()
{
    qint64 covering = m_logSeen;
    for (const LoggedEvent &accepted : std::as_const(m_accepted))
        covering = qMax(covering, accepted.index + 1);
    const auto held = Checkpoint::ofNote(verifiedCheckpoint(m_vault.database()));
    if (held && held->size >= covering && m_accepted.isEmpty())
        return finish({});
    verifyLog(
        [this] {
            if (m_accepted.isEmpty())
                return finish({});
            const auto checkpoint = Checkpoint::ofNote(verifiedCheckpoint(m_vault.database()));
            checkProofs(checkpoint->size, checkpoint->root);
        },
        covering);
}

void SyncClient::checkProofs(qint64 size, const QByteArray &root)
{
    // The events of one push sit side by side in the log: one range proof covers each run.
    QList<QList<LoggedEvent>> runs;
    for (const LoggedEvent &accepted : std::as_const(m_accepted)) {
        if (runs.isEmpty() || runs.last().last().index + 1 != accepted.index)
            runs.append(QList<LoggedEvent>());
        runs.last().append(accepted);
    }
    m_pendingProofs = int(runs.size());
    for (const QList<LoggedEvent> &run : std::as_const(runs)) {
        const QByteArray path = QByteArray(Protocol::Proof) + toBase64Url(run.first().id)
            + "?size=" + QByteArray::number(size) + "&count=" + QByteArray::number(run.size());
        QNetworkReply *reply = send("GET", path);
        connect(reply, &QNetworkReply::finished, this, [this, reply, run, size, root] {
            if (!m_busy)
                return reply->deleteLater(); // an earlier proof already failed the sync
            QString error;
            const auto proof = read(reply, error);
            if (!proof)
                return finish(error);
            const bool single = run.size() == 1;
            QList<QByteArray> hashes;
            for (const auto &hash :
                 proof->value(single ? QStringLiteral("path") : QStringLiteral("range")).toArray())
                hashes << fromBase64Url(hash.toString().toLatin1()).value_or(QByteArray());
            QList<QByteArray> leaves;
            for (const LoggedEvent &accepted : run)
                leaves << MerkleTree::leafHash(accepted.id);
            const qint64 first = run.first().index;
            const bool holds = proof->value(QStringLiteral("index")).toInteger() == first
                && (single ? MerkleTree::verifyInclusion(leaves.first(), first, size, hashes, root)
                           : MerkleTree::verifyRange(leaves, first, size, hashes, root));
            if (!holds)
                return finish(tr("the server's log does not hold an event it accepted"));
            m_proven += int(run.size());
            if (--m_pendingProofs == 0)
                finish({});
        });
    }
}

Result<void> SyncClient::recordRefusal(const QByteArray &id, qint64 seq, const QString &reason)
{
    auto record = m_vault.database().prepare("INSERT OR REPLACE INTO sync_refusals (event, "
                                             "seq, reason, at) VALUES (?, ?, ?, ?)");
    if (!record)
        return std::unexpected(record.error());
    return record->bind(1, id)
        .bind(2, seq)
        .bind(3, reason)
        .bind(4, Event::formatTime(QDateTime::currentDateTimeUtc()))
        .exec();
}

void SyncClient::finish(const QString &error)
{
    m_busy = false;
    m_pendingProofs = 0;
    if (error.isEmpty())
        setStatus(LastSyncSetting, Event::formatTime(QDateTime::currentDateTimeUtc()));
    setStatus(LastErrorSetting, error);
    Q_EMIT stateChanged();
    Q_EMIT syncFinished(error.isEmpty());
}

} // namespace jalon
