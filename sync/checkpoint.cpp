// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint.h"

#include "crypto/sha256.h"

namespace jalon {

namespace {

    Error checkpointError(const QString &problem)
    {
        return Error { Checkpoint::tr("checkpoint"), {}, problem, {} };
    }

} // namespace

QByteArray Checkpoint::body() const
{
    return origin.toUtf8() + '\n' + QByteArray::number(size) + '\n' + root.toBase64() + '\n';
}

Result<Checkpoint> Checkpoint::fromBody(const QByteArray &text)
{
    if (!text.endsWith('\n'))
        return std::unexpected(checkpointError(tr("the checkpoint does not end with a newline")));
    const QList<QByteArray> lines = text.left(text.size() - 1).split('\n');
    if (lines.size() < 3)
        return std::unexpected(
            checkpointError(tr("a checkpoint has an origin, a size and a root")));
    Checkpoint checkpoint;
    checkpoint.origin = QString::fromUtf8(lines[0]);
    bool ok = false;
    checkpoint.size = lines[1].toLongLong(&ok);
    // The size is a decimal with no sign and no leading zero, so that one size has one spelling.
    if (!ok || checkpoint.size < 0 || QByteArray::number(checkpoint.size) != lines[1])
        return std::unexpected(checkpointError(tr("the size is not a decimal number")));
    checkpoint.root = QByteArray::fromBase64(lines[2], QByteArray::AbortOnBase64DecodingErrors);
    if (checkpoint.root.size() != 32 || checkpoint.root.toBase64() != lines[2])
        return std::unexpected(checkpointError(tr("the root is not a base64 SHA-256 hash")));
    if (checkpoint.origin.isEmpty())
        return std::unexpected(checkpointError(tr("the origin is empty")));
    return checkpoint;
}

Result<Checkpoint> Checkpoint::ofNote(const QByteArray &note)
{
    auto parsed = SignedNote::parse(note);
    if (!parsed)
        return std::unexpected(parsed.error());
    return fromBody(parsed->text);
}

QString Checkpoint::originFor(const QByteArray &serverPublicKey)
{
    return QStringLiteral("jalon.centre/")
        + QString::fromLatin1(sha256(serverPublicKey).left(8).toHex());
}

NoteKey Checkpoint::logKey(const QByteArray &serverPublicKey)
{
    return NoteKey { originFor(serverPublicKey), serverPublicKey, NoteKey::Type::Ed25519 };
}

QList<NoteKey> CheckpointPolicy::cosigners(const SignedNote &note) const
{
    QList<NoteKey> found;
    for (const NoteKey &witness : witnesses) {
        if (note.isSignedBy(witness))
            found << witness;
    }
    return found;
}

bool CheckpointPolicy::lacksCosignatures(const QByteArray &note) const
{
    auto parsed = SignedNote::parse(note);
    return parsed && parsed->isSignedBy(log) && cosigners(*parsed).size() < quorum;
}

Result<Checkpoint> CheckpointPolicy::open(const QByteArray &note) const
{
    auto parsed = SignedNote::parse(note);
    if (!parsed)
        return std::unexpected(parsed.error());
    auto checkpoint = Checkpoint::fromBody(parsed->text);
    if (!checkpoint)
        return std::unexpected(checkpoint.error());
    if (checkpoint->origin != log.name)
        return std::unexpected(checkpointError(
            tr("the checkpoint is of another log (%1, not %2)").arg(checkpoint->origin, log.name)));
    if (!parsed->isSignedBy(log))
        return std::unexpected(
            checkpointError(tr("the checkpoint is not signed by the centre's key")));
    const qsizetype cosigned = cosigners(*parsed).size();
    if (cosigned < quorum)
        return std::unexpected(checkpointError(
            tr("the checkpoint is cosigned by %1 of the witnesses required, %2 needed")
                .arg(cosigned)
                .arg(quorum)));
    return checkpoint;
}

} // namespace jalon
