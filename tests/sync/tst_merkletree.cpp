// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 6962 / RFC 9162 Merkle hashing, against the reference test vectors of RFC 6962's
// implementation (eight leaves, every root, some audit paths), then every proof of every
// tree up to 70 leaves, and proofs that must fail.
#include "sync/merkletree.h"

#include <QTest>

using namespace jalon;

namespace {

const QList<QByteArray> Leaves { QByteArray(),
                                 QByteArray::fromHex("00"),
                                 QByteArray::fromHex("10"),
                                 QByteArray::fromHex("2021"),
                                 QByteArray::fromHex("3031"),
                                 QByteArray::fromHex("40414243"),
                                 QByteArray::fromHex("5051525354555657"),
                                 QByteArray::fromHex("606162636465666768696a6b6c6d6e6f") };

QList<QByteArray> leafHashes(qsizetype count)
{
    QList<QByteArray> hashes;
    for (qsizetype i = 0; i < count; ++i)
        hashes << MerkleTree::leafHash(i < Leaves.size() ? Leaves[i] : QByteArray::number(i));
    return hashes;
}

QList<QByteArray> fromHex(const QStringList &hex)
{
    QList<QByteArray> bytes;
    for (const QString &text : hex)
        bytes << QByteArray::fromHex(text.toLatin1());
    return bytes;
}

} // namespace

class TestMerkleTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceRoots_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("root");
        const char *roots[]
            = { "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
                "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
                "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
                "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328" };
        QTest::newRow("empty")
            << 0
            << QByteArray::fromHex(
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int size = 1; size <= 8; ++size)
            QTest::addRow("%d leaves", size) << size << QByteArray::fromHex(roots[size - 1]);
    }

    void referenceRoots()
    {
        QFETCH(int, size);
        QFETCH(QByteArray, root);
        QCOMPARE(MerkleTree::root(leafHashes(8), size).toHex(), root.toHex());
    }

    void referencePaths_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("size");
        QTest::addColumn<QList<QByteArray>>("path");
        QTest::newRow("0 of 1") << 0 << 1 << QList<QByteArray>();
        QTest::newRow("0 of 8")
            << 0 << 8
            << fromHex({ "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                         "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                         "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4" });
        QTest::newRow("5 of 8")
            << 5 << 8
            << fromHex({ "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                         "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                         "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7" });
        QTest::newRow("2 of 3")
            << 2 << 3
            << fromHex({ "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125" });
        QTest::newRow("1 of 5")
            << 1 << 5
            << fromHex({ "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                         "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                         "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b" });
    }

    void referencePaths()
    {
        QFETCH(int, index);
        QFETCH(int, size);
        QFETCH(QList<QByteArray>, path);
        const QList<QByteArray> leaves = leafHashes(8);
        const auto proof = MerkleTree::inclusionProof(leaves, index, size);
        QVERIFY(proof);
        QCOMPARE(*proof, path);
        QVERIFY(MerkleTree::verifyInclusion(leaves[index], index, size, path,
                                            MerkleTree::root(leaves, size)));
    }

    void everyProofOfEveryTreeVerifies()
    {
        const QList<QByteArray> leaves = leafHashes(70);
        for (qsizetype size = 1; size <= leaves.size(); ++size) {
            const QByteArray root = MerkleTree::root(leaves, size);
            for (qsizetype index = 0; index < size; ++index) {
                const auto proof = MerkleTree::inclusionProof(leaves, index, size);
                QVERIFY(proof);
                QVERIFY2(MerkleTree::verifyInclusion(leaves[index], index, size, *proof, root),
                         qPrintable(QStringLiteral("%1 of %2").arg(index).arg(size)));
                // The same proof says nothing about another leaf or another place.
                QVERIFY(!MerkleTree::verifyInclusion(
                            leaves[(index + 1) % size == index ? 0 : (index + 1) % size], index,
                            size, *proof, root)
                        || size == 1);
                if (size > 1)
                    QVERIFY(!MerkleTree::verifyInclusion(leaves[index], (index + 1) % size, size,
                                                         *proof, root));
            }
        }
    }

    // The in-memory log gives the same roots and proofs as hashing the whole tree.
    void theLogAgreesWithTheWholeTree()
    {
        const QList<QByteArray> leaves = leafHashes(70);
        MerkleTree::Log log;
        QCOMPARE(log.root(0), MerkleTree::root(leaves, 0));
        for (qsizetype size = 1; size <= leaves.size(); ++size) {
            log.append(leaves[size - 1]);
            QCOMPARE(log.size(), size);
            for (qsizetype upTo = 1; upTo <= size; ++upTo) {
                QCOMPARE(log.root(upTo), MerkleTree::root(leaves, upTo));
                for (qsizetype index = 0; index < upTo; index += 7)
                    QCOMPARE(*log.inclusionProof(index, upTo),
                             *MerkleTree::inclusionProof(leaves, index, upTo));
            }
        }
        QVERIFY(log.root(71).isEmpty());
        QVERIFY(!log.inclusionProof(0, 71));
    }

    void rangeProofsVerify()
    {
        const QList<QByteArray> leaves = leafHashes(40);
        MerkleTree::Log log;
        for (const QByteArray &leaf : leaves)
            log.append(leaf);
        for (qsizetype size = 1; size <= leaves.size(); ++size) {
            const QByteArray root = log.root(size);
            for (qsizetype first = 0; first < size; ++first) {
                for (qsizetype count = 1; first + count <= size; ++count) {
                    const auto proof = log.rangeProof(first, count, size);
                    QVERIFY(proof);
                    const QList<QByteArray> range = leaves.mid(first, count);
                    QVERIFY2(
                        MerkleTree::verifyRange(range, first, size, *proof, root),
                        qPrintable(QStringLiteral("%1+%2 of %3").arg(first).arg(count).arg(size)));
                    QVERIFY(proof->size() <= 2 * 6); // O(log n), whatever the count
                    if (count == 1) // one leaf: the same hashes as its audit path, in another order
                        QCOMPARE(proof->size(), log.inclusionProof(first, size)->size());
                }
            }
        }
        // Tampering anywhere fails.
        const auto proof = *log.rangeProof(5, 10, 37);
        const QByteArray root = log.root(37);
        QList<QByteArray> range = leaves.mid(5, 10);
        QVERIFY(MerkleTree::verifyRange(range, 5, 37, proof, root));
        QVERIFY(!MerkleTree::verifyRange(range, 6, 37, proof, root)); // another place
        QVERIFY(!MerkleTree::verifyRange(range.mid(1), 6, 37, proof, root)); // a leaf left out
        QVERIFY(!MerkleTree::verifyRange(range, 5, 37, proof.mid(1), root)); // a hash missing
        QVERIFY(!MerkleTree::verifyRange(range, 5, 37, proof + QList<QByteArray> { root },
                                         root)); // one too many
        range[3] = leaves[30];
        QVERIFY(!MerkleTree::verifyRange(range, 5, 37, proof, root)); // a leaf swapped
        QVERIFY(!MerkleTree::verifyRange({}, 5, 37, proof, root));
        QVERIFY(!log.rangeProof(30, 10, 37));
    }

    void badProofsFail()
    {
        const QList<QByteArray> leaves = leafHashes(8);
        const QByteArray root = MerkleTree::root(leaves);
        auto proof = *MerkleTree::inclusionProof(leaves, 5, 8);
        QVERIFY(MerkleTree::verifyInclusion(leaves[5], 5, 8, proof, root));

        // The tree head signs size and root together: the proof of another size fails.
        QVERIFY(!MerkleTree::verifyInclusion(leaves[5], 5, 7, proof, MerkleTree::root(leaves, 7)));
        QVERIFY(!MerkleTree::verifyInclusion(leaves[5], 5, 6, proof, root));
        QVERIFY(
            !MerkleTree::verifyInclusion(leaves[5], 8, 8, proof, root)); // index out of the tree
        QVERIFY(!MerkleTree::verifyInclusion(leaves[5], -1, 8, proof, root));
        QVERIFY(!MerkleTree::verifyInclusion(leaves[5], 5, 8, proof.mid(0, 2), root)); // too short
        QVERIFY(!MerkleTree::verifyInclusion(leaves[5], 5, 8, proof + QList<QByteArray> { root },
                                             root)); // too long
        QList<QByteArray> altered = proof;
        altered[1][0] = char(altered[1][0] ^ 1);
        QVERIFY(!MerkleTree::verifyInclusion(leaves[5], 5, 8, altered, root));
        QVERIFY(!MerkleTree::verifyInclusion(leaves[5], 5, 8, proof, MerkleTree::root(leaves, 7)));
        // A leaf hash is not a node hash: domain separation.
        QVERIFY(MerkleTree::leafHash(QByteArray(64, 'x'))
                != MerkleTree::nodeHash(QByteArray(32, 'x'), QByteArray(32, 'x')));
        QVERIFY(!MerkleTree::inclusionProof(leaves, 8, 8));
        QVERIFY(!MerkleTree::inclusionProof(leaves, 0, 9));
    }
};

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "tst_merkletree.moc"
