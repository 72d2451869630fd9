// SPDX-License-Identifier: GPL-3.0-or-later
#include "witness.h"

#include "common/atomicfile.h"
#include "crypto/sha256.h"
#include "sync/checkpoint.h"
#include "sync/merkletree.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace jalon {

namespace {

    constexpr auto StateFile = "witness.json";
    constexpr int MaxProofLines = 63; // C2SP tlog-witness

} // namespace

Witness::Witness(QString dataDir, SigningKey key, QList<NoteKey> logs)
    : m_dataDir(std::move(dataDir))
    , m_key(std::move(key))
    , m_name(nameFor(m_key.publicKey()))
    , m_logs(std::move(logs))
{
}

QString Witness::nameFor(const QByteArray &publicKey)
{
    return QStringLiteral("jalon.witness/")
        + QString::fromLatin1(sha256(publicKey).left(8).toHex());
}

Result<Witness> Witness::open(const QString &dataDir, SigningKey key, const QList<NoteKey> &logs)
{
    Witness witness(dataDir, std::move(key), logs);
    if (auto loaded = witness.load(); !loaded)
        return std::unexpected(loaded.error());
    return witness;
}

Result<void> Witness::load()
{
    QFile file(QDir(m_dataDir).filePath(QLatin1String(StateFile)));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error { file.fileName(), {}, file.errorString(), {} });
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(
            Error { file.fileName(), {}, tr("the witness's state is damaged"), {} });
    const QJsonObject logs = document.object().value(QStringLiteral("logs")).toObject();
    for (auto it = logs.begin(); it != logs.end(); ++it) {
        const QJsonObject seen = it.value().toObject();
        m_seen.insert(
            it.key(),
            Seen { seen.value(QStringLiteral("size")).toInteger(),
                   QByteArray::fromBase64(seen.value(QStringLiteral("root")).toString().toLatin1()),
                   seen.value(QStringLiteral("checkpoint")).toString().toUtf8() });
    }
    return {};
}

Result<void> Witness::save() const
{
    QJsonObject logs;
    for (auto it = m_seen.begin(); it != m_seen.end(); ++it)
        logs.insert(
            it.key(),
            QJsonObject { { QStringLiteral("size"), it->size },
                          { QStringLiteral("root"), QString::fromLatin1(it->root.toBase64()) },
                          { QStringLiteral("checkpoint"), QString::fromUtf8(it->checkpoint) } });
    return writeFileAtomically(
        QDir(m_dataDir).filePath(QLatin1String(StateFile)),
        QJsonDocument(QJsonObject { { QStringLiteral("logs"), logs } }).toJson());
}

Witness::Answer Witness::text(int status, const QString &message)
{
    return { status, QByteArrayLiteral("text/plain; charset=utf-8"), message.toUtf8() + '\n' };
}

Witness::Answer Witness::addCheckpoint(const QByteArray &body)
{
    // "old N\n", the proof's lines, "\n", then the checkpoint note.
    const qsizetype blank = body.indexOf("\n\n");
    if (!body.startsWith("old ") || blank < 0)
        return text(400,
                    tr("the body starts with \"old SIZE\", then the proof, an empty line and the "
                       "checkpoint"));
    const QList<QByteArray> head = body.left(blank).split('\n');
    bool ok = false;
    const qint64 oldSize = head.first().mid(4).toLongLong(&ok);
    if (!ok || oldSize < 0 || QByteArray::number(oldSize) != head.first().mid(4))
        return text(400, tr("the old size is not a decimal number"));
    if (head.size() - 1 > MaxProofLines)
        return text(400, tr("a consistency proof has at most %1 hashes").arg(MaxProofLines));
    QList<QByteArray> proof;
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArray hash
            = QByteArray::fromBase64(head[i], QByteArray::AbortOnBase64DecodingErrors);
        if (hash.size() != 32)
            return text(400, tr("each proof line is a base64 SHA-256 hash"));
        proof << hash;
    }
    auto note = SignedNote::parse(body.mid(blank + 2));
    if (!note)
        return text(400, note.error().message());
    auto checkpoint = Checkpoint::fromBody(note->text);
    if (!checkpoint)
        return text(400, checkpoint.error().message());
    const auto log = std::find_if(m_logs.cbegin(), m_logs.cend(), [&](const NoteKey &key) {
        return key.name == checkpoint->origin;
    });
    if (log == m_logs.cend())
        return text(404,
                    tr("this witness does not witness the log \"%1\"").arg(checkpoint->origin));
    if (!note->isSignedBy(*log))
        return text(403, tr("the checkpoint is not signed by the log's key"));
    if (oldSize > checkpoint->size)
        return text(400, tr("the old size is above the checkpoint's size"));
    const Seen seen = m_seen.value(checkpoint->origin);
    if (oldSize != seen.size)
        return { 409, QByteArrayLiteral("text/x.tlog.size"), QByteArray::number(seen.size) + '\n' };
    if (oldSize == checkpoint->size && oldSize > 0 && seen.root != checkpoint->root)
        return { 409, QByteArrayLiteral("text/x.tlog.size"), QByteArray::number(seen.size) + '\n' };
    if (!MerkleTree::verifyConsistency(oldSize, checkpoint->size, seen.root, checkpoint->root,
                                       proof))
        return text(422, tr("the checkpoint does not extend the one this witness cosigned last"));
    // Recorded before answering: a cosignature is never given for a state not kept.
    m_seen.insert(checkpoint->origin,
                  Seen { checkpoint->size, checkpoint->root, note->serialize() });
    if (auto saved = save(); !saved) {
        m_seen.insert(checkpoint->origin, seen);
        return text(503, saved.error().message());
    }
    const NoteSignature cosignature
        = SignedNote::cosign(note->text, m_name, m_key, QDateTime::currentSecsSinceEpoch());
    return { 200, QByteArrayLiteral("text/plain; charset=utf-8"), cosignature.line() };
}

} // namespace jalon
