// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "crypto/signingkey.h"
#include "sync/signednote.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace jalon {

/// A witness of Jalon logs (C2SP tlog-witness): it cosigns a log's checkpoint only after
/// checking that it extends the last one it cosigned for that log, so that a log cannot
/// show one history to some and another to others, nor roll back, without the witness
/// refusing. Its state (per log: the size and root it last cosigned) lives in
/// `witness.json` in its data folder, written atomically before it answers.
class Witness
{
    Q_DECLARE_TR_FUNCTIONS(Witness)

public:
    struct Answer
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };

    /// `logs`: the verifier keys of the logs it witnesses (their names are the origins).
    static Result<Witness> open(const QString &dataDir, SigningKey key, const QList<NoteKey> &logs);

    /// The key its cosignatures verify with (type cosignature/v1).
    NoteKey key() const { return { m_name, m_key.publicKey(), NoteKey::Type::Cosignature }; }
    /// The name of the witness with this public key.
    static QString nameFor(const QByteArray &publicKey);

    /// POST /add-checkpoint: "old SIZE\n", the consistency proof's hashes (one base64 per
    /// line), an empty line, then the checkpoint. 200 with the cosignature line; 400, 403,
    /// 404, 409 (with the size it holds, text/x.tlog.size) or 422 otherwise.
    Answer addCheckpoint(const QByteArray &body);

private:
    struct Seen
    {
        qint64 size = 0;
        QByteArray root;
        QByteArray checkpoint;
    };

    Witness(QString dataDir, SigningKey key, QList<NoteKey> logs);
    Result<void> load();
    Result<void> save() const;
    static Answer text(int status, const QString &message);

    QString m_dataDir;
    SigningKey m_key;
    QString m_name;
    QList<NoteKey> m_logs;
    QHash<QString, Seen> m_seen; ///< origin → the checkpoint last cosigned
};

} // namespace jalon
