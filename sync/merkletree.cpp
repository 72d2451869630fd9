// SPDX-License-Identifier: GPL-3.0-or-later
#include "merkletree.h"

#include "crypto/sha256.h"

#include <bit>

namespace jalon::MerkleTree {

namespace {

    // The largest power of two smaller than n (n ≥ 2): where RFC 6962 splits a tree.
    qsizetype splitPoint(qsizetype n)
    {
        return qsizetype(std::bit_floor(quint64(n - 1)));
    }

    QByteArray subtreeRoot(const QList<QByteArray> &leaves, qsizetype begin, qsizetype end)
    {
        const qsizetype n = end - begin;
        if (n == 1)
            return leaves[begin];
        const qsizetype k = splitPoint(n);
        return nodeHash(subtreeRoot(leaves, begin, begin + k), subtreeRoot(leaves, begin + k, end));
    }

    void path(const QList<QByteArray> &leaves, qsizetype index, qsizetype begin, qsizetype end,
              QList<QByteArray> &proof)
    {
        const qsizetype n = end - begin;
        if (n <= 1)
            return;
        const qsizetype k = splitPoint(n);
        if (index < k) {
            path(leaves, index, begin, begin + k, proof);
            proof << subtreeRoot(leaves, begin + k, end);
        } else {
            path(leaves, index - k, begin + k, end, proof);
            proof << subtreeRoot(leaves, begin, begin + k);
        }
    }

    // Rebuilds the root of [begin, end) from the range's own leaves and the proof's hashes
    // of the subtrees outside it, taken in order.
    struct RangeCheck
    {
        const QList<QByteArray> &leaves;
        qint64 first;
        qint64 last;
        const QList<QByteArray> &proof;
        qsizetype used = 0;
        bool ok = true;

        QByteArray hash(qint64 begin, qint64 end)
        {
            if (end <= first || begin >= last) {
                if (used == proof.size()) {
                    ok = false;
                    return {};
                }
                return proof[used++];
            }
            if (begin >= first && end <= last)
                return subtreeRoot(leaves, begin - first, end - first);
            const qint64 k = splitPoint(end - begin);
            const QByteArray left = hash(begin, begin + k);
            return nodeHash(left, hash(begin + k, end));
        }
    };

    // RFC 6962 §2.1.2 SUBPROOF(m, D[begin:end], whole), over any way of hashing a subtree.
    template<typename Subtree>
    void subproof(qsizetype m, qsizetype begin, qsizetype end, bool whole, const Subtree &subtree,
                  QList<QByteArray> &proof)
    {
        const qsizetype n = end - begin;
        if (m == n) {
            if (!whole)
                proof << subtree(begin, end);
            return;
        }
        const qsizetype k = splitPoint(n);
        if (m <= k) {
            subproof(m, begin, begin + k, whole, subtree, proof);
            proof << subtree(begin + k, end);
        } else {
            subproof(m - k, begin + k, end, false, subtree, proof);
            proof << subtree(begin, begin + k);
        }
    }

} // namespace

std::optional<QList<QByteArray>> consistencyProof(const QList<QByteArray> &leafHashes,
                                                  qsizetype oldSize, qsizetype newSize)
{
    if (oldSize < 0 || oldSize > newSize || newSize > leafHashes.size())
        return std::nullopt;
    QList<QByteArray> proof;
    if (oldSize == 0 || oldSize == newSize)
        return proof;
    subproof(
        oldSize, 0, newSize, true,
        [&](qsizetype begin, qsizetype end) { return subtreeRoot(leafHashes, begin, end); }, proof);
    return proof;
}

bool verifyConsistency(qint64 oldSize, qint64 newSize, const QByteArray &oldRoot,
                       const QByteArray &newRoot, const QList<QByteArray> &proof)
{
    if (oldSize < 0 || oldSize > newSize)
        return false;
    if (oldSize == 0)
        return proof.isEmpty();
    if (oldSize == newSize)
        return proof.isEmpty() && oldRoot == newRoot;
    if (proof.isEmpty())
        return false;
    QList<QByteArray> path = proof;
    if (std::has_single_bit(quint64(oldSize)))
        path.prepend(oldRoot);
    quint64 fn = quint64(oldSize - 1);
    quint64 sn = quint64(newSize - 1);
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    QByteArray fr = path.first();
    QByteArray sr = path.first();
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QByteArray &c = path[i];
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return fr == oldRoot && sr == newRoot && sn == 0;
}

bool verifyRange(const QList<QByteArray> &leaves, qint64 first, qint64 size,
                 const QList<QByteArray> &proof, const QByteArray &root)
{
    const qint64 last = first + leaves.size();
    if (leaves.isEmpty() || first < 0 || last > size)
        return false;
    RangeCheck check { leaves, first, last, proof };
    const QByteArray computed = check.hash(0, size);
    return check.ok && check.used == proof.size() && computed == root;
}

QByteArray leafHash(const QByteArray &data)
{
    return sha256(QByteArray(1, '\0') + data);
}

QByteArray nodeHash(const QByteArray &left, const QByteArray &right)
{
    return sha256(QByteArray(1, '\1') + left + right);
}

QByteArray root(const QList<QByteArray> &leafHashes, qsizetype size)
{
    if (size <= 0 || size > leafHashes.size())
        return size == 0 ? sha256({}) : QByteArray();
    return subtreeRoot(leafHashes, 0, size);
}

std::optional<QList<QByteArray>> inclusionProof(const QList<QByteArray> &leafHashes,
                                                qsizetype index, qsizetype size)
{
    if (index < 0 || index >= size || size > leafHashes.size())
        return std::nullopt;
    QList<QByteArray> proof;
    path(leafHashes, index, 0, size, proof);
    return proof;
}

bool verifyInclusion(const QByteArray &leafHash, qint64 index, qint64 size,
                     const QList<QByteArray> &proof, const QByteArray &root)
{
    if (index < 0 || index >= size)
        return false;
    quint64 fn = quint64(index);
    quint64 sn = quint64(size - 1);
    QByteArray r = leafHash;
    for (const QByteArray &p : proof) {
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            if (!(fn & 1)) {
                while (fn != 0 && !(fn & 1)) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

void Log::append(const QByteArray &leafHash)
{
    if (m_levels.isEmpty())
        m_levels.append(QList<QByteArray>());
    m_levels[0].append(leafHash);
    // Each completed pair of subtrees completes one a level up.
    for (qsizetype level = 0; m_levels[level].size() % 2 == 0; ++level) {
        const QList<QByteArray> &below = m_levels[level];
        const QByteArray node = nodeHash(below[below.size() - 2], below.last());
        if (level + 1 == m_levels.size())
            m_levels.append(QList<QByteArray>());
        m_levels[level + 1].append(node);
    }
}

QByteArray Log::subtree(qsizetype begin, qsizetype end) const
{
    const qsizetype n = end - begin;
    if (std::has_single_bit(quint64(n)) && begin % n == 0) {
        const int level = std::countr_zero(quint64(n));
        return m_levels[level][begin >> level];
    }
    const qsizetype k = splitPoint(n);
    return nodeHash(subtree(begin, begin + k), subtree(begin + k, end));
}

QByteArray Log::root(qsizetype size) const
{
    if (size == 0)
        return sha256({});
    if (size < 0 || size > this->size())
        return {};
    return subtree(0, size);
}

void Log::path(qsizetype index, qsizetype begin, qsizetype end, QList<QByteArray> &proof) const
{
    const qsizetype n = end - begin;
    if (n <= 1)
        return;
    const qsizetype k = splitPoint(n);
    if (index < k) {
        path(index, begin, begin + k, proof);
        proof << subtree(begin + k, end);
    } else {
        path(index - k, begin + k, end, proof);
        proof << subtree(begin, begin + k);
    }
}

void Log::outside(qsizetype begin, qsizetype end, qsizetype first, qsizetype last,
                  QList<QByteArray> &proof) const
{
    if (end <= first || begin >= last) {
        proof << subtree(begin, end);
        return;
    }
    if (begin >= first && end <= last)
        return;
    const qsizetype k = splitPoint(end - begin);
    outside(begin, begin + k, first, last, proof);
    outside(begin + k, end, first, last, proof);
}

std::optional<QList<QByteArray>> Log::rangeProof(qsizetype first, qsizetype count,
                                                 qsizetype size) const
{
    if (first < 0 || count < 1 || first + count > size || size > this->size())
        return std::nullopt;
    QList<QByteArray> proof;
    outside(0, size, first, first + count, proof);
    return proof;
}

std::optional<QList<QByteArray>> Log::consistencyProof(qsizetype oldSize, qsizetype newSize) const
{
    if (oldSize < 0 || oldSize > newSize || newSize > this->size())
        return std::nullopt;
    QList<QByteArray> proof;
    if (oldSize == 0 || oldSize == newSize)
        return proof;
    subproof(
        oldSize, 0, newSize, true,
        [this](qsizetype begin, qsizetype end) { return subtree(begin, end); }, proof);
    return proof;
}

std::optional<QList<QByteArray>> Log::inclusionProof(qsizetype index, qsizetype size) const
{
    if (index < 0 || index >= size || size > this->size())
        return std::nullopt;
    QList<QByteArray> proof;
    path(index, 0, size, proof);
    return proof;
}

} // namespace jalon::MerkleTree
