// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "crypto/signingkey.h"
#include "eventpolicy.h"
#include "referentiel/referentielcatalog.h"
#include "serverstore.h"
#include "sync/checkpoint.h"
#include "sync/merkletree.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace jalon {

/// What jalon-server does, apart from HTTP: the organisation's changes (each one a
/// server-signed org.* event in the log), enrollment, and checking, logging and serving
/// events. Answers carry the HTTP status they deserve.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    struct Answer
    {
        int status = 200;
        QByteArray json;
    };
    struct NewUser
    {
        QString id;
        QString code; ///< shown once; only its hash is kept
    };

    SyncService(ServerStore &store, SigningKey key, ReferentielCatalog catalog);
    /// Adds the référentiels published earlier, which live in the log only: once, before
    /// serving.
    Result<void> readPublished();

    QByteArray publicKey() const { return m_key.publicKey(); }
    /// The witnesses a device must require cosignatures of (told at enrollment).
    void setWitnessPolicy(const QList<NoteKey> &witnesses, int quorum);

    // Administration.
    /// A candidate's `referentiel` (optional) names the certification they prepare.
    Result<NewUser> addUser(const QString &name, const QString &role,
                            const QString &referentiel = {});
    Result<void> assign(const QString &candidate, const QString &user, const QString &role);
    Result<void> unassign(const QString &candidate, const QString &user, const QString &role);
    Result<void> revokeDevice(const QByteArray &device);
    /// Settles the open fork at the device's `seq`: `keep` (one of its logged events) counts
    /// from now on, the others never; with `keep` empty, none does.
    Result<void> resolveFork(const QByteArray &device, qint64 seq, const QByteArray &keep);
    /// The open fork holding event `id`, if one does.
    Result<std::optional<ServerStore::Fork>> openForkOf(const QByteArray &id) const;
    Result<void> publishReferentiel(const QByteArray &json);

    /// Whether `device` is enrolled and not revoked: every signed request needs it.
    Result<bool> isEnrolled(const QByteArray &device) const;

    // The protocol: each takes the request's parsed parts, the device already authenticated.
    Answer enroll(const QByteArray &body);
    Answer push(const QByteArray &device, const QByteArray &body);
    Answer pull(const QByteArray &device, qint64 after, int limit);
    // The public log: hashes only, no event's contents, no authentication.
    /// The log's key as it signs checkpoints (its name is the log's origin).
    NoteKey logKey() const { return Checkpoint::logKey(m_key.publicKey()); }
    /// The checkpoint of the log as it is now, signed by the server's key.
    Result<SignedNote> signCheckpoint();
    /// Inclusion proofs of the entries at `indexes` in the tree of `size`.
    Answer inclusionProofs(const QList<qint64> &indexes, qint64 size);
    Answer consistencyProof(qint64 from, qint64 to);
    /// The Merkle log's consistency proof between two sizes (nullopt when out of range).
    Result<std::optional<QList<QByteArray>>> consistencyHashes(qint64 from, qint64 to);
    /// The inclusion proof of an event, or of `count` events from it on in the log.
    Answer proof(const QByteArray &device, const QString &eventId, qint64 size, qint64 count = 1);
    Answer referentiels() const;

    /// A well-formed error answer.
    static Answer error(int status, const QString &message);
    /// 503: the store failed; the request may be sent again as it is.
    static Answer unavailable(const Error &error);

private:
    /// A pushed event, read and its signature checked.
    struct Pushed
    {
        Event event;
        QByteArray canonical;
        QByteArray id;
        bool signatureValid = false;
        bool tooLarge = false;
        QString problem; ///< why it could not be read
    };

    /// The end of a device's chain: its last seq and the events there (two or more after a
    /// fork at the tip; either may be followed).
    struct ChainEnd
    {
        qint64 seq = 0;
        QList<QByteArray> ids;
    };
    /// What one push has looked up so far, inside its transaction.
    struct Batch
    {
        EventPolicy policy;
        QHash<QByteArray, std::optional<ServerStore::Device>> devices;
        QHash<QByteArray, ChainEnd> chains; ///< by author
    };

    /// The enrolled, unrevoked device that signed a request; otherwise the answer to give
    /// (403, or 503 when the store cannot say).
    std::expected<ServerStore::Device, Answer> enrolledDevice(const QByteArray &device) const;
    static Pushed read(const QByteArray &json);
    static QList<Pushed> readAll(const QList<QByteArray> &values);
    Result<qint64> appendServerEvent(const QString &kind, const QString &subject,
                                     const QJsonObject &body);
    /// One organisation change: a server-signed event in its own transaction.
    Result<void> recordOrg(const QString &kind, const QString &subject, const QJsonObject &body);
    /// The answer for one pushed event; an error when the store fails (the push then fails).
    Result<QJsonObject> judge(const ServerStore::Device &author, const Pushed &pushed,
                              Batch &batch);
    Result<bool> maySee(const ServerStore::Device &reader, const QByteArray &id,
                        qint64 index) const;
    /// Where the author's chain ends, as this push has left it so far.
    Result<ChainEnd *> chainEnd(const QByteArray &author, Batch &batch);
    /// Whether `prev` names one of the author's events at `seq` - 1 (nothing for seq 1).
    Result<bool> follows(const Event &event, const ChainEnd &end);

    /// The Merkle log, caught up with the store (which other processes may also append to).
    Result<const MerkleTree::Log *> merkleLog();

    ServerStore &m_store;
    MerkleTree::Log m_log;
    SigningKey m_key;
    ReferentielCatalog m_catalog;
    QList<NoteKey> m_witnesses;
    int m_quorum = 0;
};

} // namespace jalon
