// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

namespace jalon {

/// The server's append-only log as a Merkle tree with RFC 6962 / RFC 9162 hashing:
/// leaf = SHA-256(0x00 ‖ data), node = SHA-256(0x01 ‖ left ‖ right). A client that holds
/// a signed tree head checks with an inclusion proof that its event is in the log.
namespace MerkleTree {

    QByteArray leafHash(const QByteArray &data);
    QByteArray nodeHash(const QByteArray &left, const QByteArray &right);

    /// Root of the tree over the first `size` leaf hashes (the SHA-256 of nothing when empty).
    QByteArray root(const QList<QByteArray> &leafHashes, qsizetype size);
    inline QByteArray root(const QList<QByteArray> &leafHashes)
    {
        return root(leafHashes, leafHashes.size());
    }

    /// Audit path of leaf `index` in the tree of the first `size` leaves (RFC 9162 §2.1.3.1);
    /// nullopt when index ≥ size or size exceeds the leaves given.
    std::optional<QList<QByteArray>> inclusionProof(const QList<QByteArray> &leafHashes,
                                                    qsizetype index, qsizetype size);

    /// RFC 9162 §2.1.3.2: does `proof` put `leafHash` at `index` of a tree of `size` with `root`?
    bool verifyInclusion(const QByteArray &leafHash, qint64 index, qint64 size,
                         const QList<QByteArray> &proof, const QByteArray &root);

    /// Proof that the leaves [first, first + leaves.size()) are in the tree of `size` with
    /// `root`: the hashes of the largest subtrees outside the range, left to right. It costs
    /// O(log n) hashes whatever the length of the range, so a device checks a whole push
    /// with one proof.
    bool verifyRange(const QList<QByteArray> &leaves, qint64 first, qint64 size,
                     const QList<QByteArray> &proof, const QByteArray &root);

    /// RFC 6962 §2.1.2 consistency proof between the trees of the first `oldSize` and
    /// `newSize` leaves (empty when oldSize is 0 or equals newSize); nullopt when
    /// oldSize > newSize or newSize exceeds the leaves given.
    std::optional<QList<QByteArray>> consistencyProof(const QList<QByteArray> &leafHashes,
                                                      qsizetype oldSize, qsizetype newSize);

    /// RFC 9162 §2.1.4.2: does `proof` show that the tree of `newSize` with `newRoot`
    /// extends the tree of `oldSize` with `oldRoot`? (Size 0 is extended by any tree; equal
    /// sizes need equal roots and an empty proof.)
    bool verifyConsistency(qint64 oldSize, qint64 newSize, const QByteArray &oldRoot,
                           const QByteArray &newRoot, const QList<QByteArray> &proof);

    /// The log's tree kept in memory, leaf by leaf: the hash of every complete, aligned
    /// subtree is stored as it completes, so a root or a proof costs O(log n) hashes instead
    /// of hashing the whole log again.
    class Log
    {
    public:
        void append(const QByteArray &leafHash);
        qsizetype size() const { return m_levels.isEmpty() ? 0 : m_levels.first().size(); }
        /// The leaf hash at `index` (< size()).
        const QByteArray &leaf(qsizetype index) const { return m_levels.first().at(index); }
        /// Root of the first `size` leaves; empty when size exceeds the log.
        QByteArray root(qsizetype size) const;
        std::optional<QList<QByteArray>> inclusionProof(qsizetype index, qsizetype size) const;
        /// The proof verifyRange() checks, for leaves [first, first + count) of the tree of `size`.
        std::optional<QList<QByteArray>> rangeProof(qsizetype first, qsizetype count,
                                                    qsizetype size) const;
        std::optional<QList<QByteArray>> consistencyProof(qsizetype oldSize,
                                                          qsizetype newSize) const;

    private:
        QByteArray subtree(qsizetype begin, qsizetype end) const;
        void path(qsizetype index, qsizetype begin, qsizetype end, QList<QByteArray> &proof) const;
        void outside(qsizetype begin, qsizetype end, qsizetype first, qsizetype last,
                     QList<QByteArray> &proof) const;

        QList<QList<QByteArray>>
            m_levels; ///< m_levels[k][i]: the subtree of leaves [i·2^k, (i+1)·2^k)
    };

} // namespace MerkleTree

} // namespace jalon
