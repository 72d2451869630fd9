// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "signednote.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jalon {

/// The log's signed checkpoint (C2SP tlog-checkpoint): its origin, its size and the RFC
/// 6962 root hash of its first `size` entries, as a signed note:
///
///     <origin>\n<size>\n<base64 root>\n\n— <origin> <base64(key id ‖ signature)>\n
///
/// followed by any witnesses' cosignature lines.
struct Checkpoint
{
    Q_DECLARE_TR_FUNCTIONS(Checkpoint)

public:
    QString origin;
    qint64 size = 0;
    QByteArray root; ///< 32 bytes

    /// The note text the signatures cover.
    QByteArray body() const;
    static Result<Checkpoint> fromBody(const QByteArray &text);
    /// The checkpoint a signed note states (its signatures are not checked here).
    static Result<Checkpoint> ofNote(const QByteArray &note);

    /// The origin of the log a centre's key signs: stable as long as the key is.
    static QString originFor(const QByteArray &serverPublicKey);
    /// The centre's key as it signs its checkpoints.
    static NoteKey logKey(const QByteArray &serverPublicKey);
};

/// Whom a checkpoint must be signed by: the log's key, and at least `quorum` of the
/// witnesses listed.
struct CheckpointPolicy
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointPolicy)

public:
    NoteKey log;
    QList<NoteKey> witnesses;
    int quorum = 0;

    /// The checkpoint of a signed note that satisfies the policy, or why not (in words).
    Result<Checkpoint> open(const QByteArray &note) const;
    /// Whether `note` is the centre's checkpoint, signed by its key, with fewer
    /// cosignatures than the quorum: the centre may still be gathering them.
    bool lacksCosignatures(const QByteArray &note) const;
    /// The witnesses whose cosignature of `note` verifies.
    QList<NoteKey> cosigners(const SignedNote &note) const;
};

} // namespace jalon
