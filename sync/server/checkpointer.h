// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "sync/signednote.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace jalon {

class SyncService;

/// Publishes the log's checkpoint. With no witness, the checkpoint of the log as it is,
/// signed at once. With witnesses (C2SP tlog-witness), each new checkpoint is sent to
/// every witness with a consistency proof from the last size that witness cosigned, and
/// published with the cosignatures gathered once all have answered (or failed to).
class Checkpointer : public QObject
{
    Q_OBJECT

public:
    struct WitnessEndpoint
    {
        QUrl url; ///< the witness's submission prefix: add-checkpoint is below it
        NoteKey key;
        qint64 cosignedSize = 0; ///< the size it last cosigned, as far as this process knows
    };

    Checkpointer(SyncService &service, QList<WitnessEndpoint> witnesses, QObject *parent = nullptr);

    /// The checkpoint to serve: signed note text and signature lines (an error when the
    /// store cannot be read).
    Result<QByteArray> current();
    /// The log may have grown: have its new checkpoint witnessed.
    void logChanged();

private:
    void startRound();
    void ask(int witness, qint64 oldSize, bool retried);
    void answered();

    SyncService &m_service;
    QList<WitnessEndpoint> m_witnesses;
    QNetworkAccessManager m_network;
    QTimer m_poll;
    SignedNote m_published;
    SignedNote m_round;
    int m_pending = 0;
    bool m_dirty = false;
};

} // namespace jalon
