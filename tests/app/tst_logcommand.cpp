// SPDX-License-Identifier: GPL-3.0-or-later
// `jalon-tool log` and the MerkleTree code under it, against tests/data/merkle/vectors.json:
// roots, audit paths and consistency proofs made by make_vectors.py, a Python reading of
// RFC 6962 that shares no code with sync/merkletree.cpp. Every vector goes through the
// library, with every tampering and every claim of other sizes the vectors judge; the real
// binary runs a few cases of each tree size and each tampering, so the suite stays fast.
#include "sync/merkletree.h"
#include "toolrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jalon;

namespace {

struct Inclusion
{
    QByteArray leaf;
    qint64 index = 0;
    qint64 size = 0;
    QList<QByteArray> proof;
    QByteArray root;
    /// The same leaf, proof and root claimed in trees of other sizes, and whether the proof
    /// still hashes to the root then (make_vectors.py: rebuilt_root).
    QList<std::pair<qint64, bool>> otherSizes;
};

struct Consistency
{
    qint64 oldSize = 0;
    qint64 newSize = 0;
    QByteArray oldRoot;
    QByteArray newRoot;
    QList<QByteArray> proof;
    /// The same proof and roots claimed between other sizes {old, new, accepted}
    /// (make_vectors.py: extend_claims).
    QList<std::tuple<qint64, qint64, bool>> otherSizes;
};

struct Vectors
{
    QList<QByteArray> leaves;
    QList<QByteArray> roots; ///< roots[n]: the tree of the first n leaves
    QList<qint64> sizes;
    QList<Inclusion> inclusions;
    QList<Consistency> consistencies;
};

// One altered proof; `toolOnly` when only jalon-tool refuses it (see tamperings()).
template<typename Case> struct Tampering
{
    QByteArray name;
    Case altered;
    bool toolOnly = false;
};

QList<QByteArray> fromHex(const QJsonValue &array)
{
    QList<QByteArray> hashes;
    for (const QJsonValue &hex : array.toArray())
        hashes << QByteArray::fromHex(hex.toString().toLatin1());
    return hashes;
}

std::optional<Vectors> loadVectors()
{
    QFile file(QStringLiteral(JALON_TEST_DATA "/merkle/vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Vectors v { fromHex(json[u"leafHashes"]), fromHex(json[u"roots"]), {}, {}, {} };
    for (const QJsonValue &size : json[u"sizes"].toArray())
        v.sizes << size.toInteger();
    for (const QJsonValue &value : json[u"inclusion"].toArray()) {
        const QJsonObject item = value.toObject();
        const qint64 index = item[u"index"].toInteger();
        const qint64 size = item[u"size"].toInteger();
        Inclusion c { v.leaves.value(index), index, size, fromHex(item[u"proof"]),
                      v.roots.value(size),   {} };
        for (const QJsonValue &claim : item[u"otherSizes"].toArray())
            c.otherSizes << std::pair(claim[0].toInteger(), claim[1].toBool());
        v.inclusions << c;
    }
    for (const QJsonValue &value : json[u"consistency"].toArray()) {
        const QJsonObject item = value.toObject();
        const qint64 oldSize = item[u"oldSize"].toInteger();
        const qint64 newSize = item[u"newSize"].toInteger();
        Consistency c { oldSize,
                        newSize,
                        v.roots.value(oldSize),
                        v.roots.value(newSize),
                        fromHex(item[u"proof"]),
                        {} };
        for (const QJsonValue &claim : item[u"otherSizes"].toArray())
            c.otherSizes << std::tuple(claim[0].toInteger(), claim[1].toInteger(),
                                       claim[2].toBool());
        v.consistencies << c;
    }
    return v;
}

// What a missing proof compares as: no vector has a hash this short.
const QList<QByteArray> None { QByteArrayLiteral("no proof") };

QByteArray flipped(QByteArray hash)
{
    hash[hash.size() - 1] = char(hash[hash.size() - 1] ^ 1);
    return hash;
}

// The proof hashes to alter: all of them for the library, the ends and the middle for the
// slower tool runs.
QList<qsizetype> positions(qsizetype count, bool every)
{
    QList<qsizetype> chosen;
    for (qsizetype i = 0; i < count; ++i) {
        if (every || i == 0 || i == count / 2 || i == count - 1)
            chosen << i;
    }
    return chosen;
}

template<typename Case>
void alterProof(const Case &good, bool every, const QByteArray &extra, QList<Tampering<Case>> &out)
{
    for (qsizetype i : positions(good.proof.size(), every)) {
        Case altered = good;
        altered.proof[i] = flipped(altered.proof[i]);
        out << Tampering<Case> { "bit flipped in proof hash " + QByteArray::number(i), altered };
        altered = good;
        altered.proof.removeAt(i);
        out << Tampering<Case> { "proof hash " + QByteArray::number(i) + " dropped", altered };
    }
    Case altered = good;
    altered.proof.append(extra);
    out << Tampering<Case> { "extra hash appended", altered };
    altered = good;
    altered.proof.prepend(extra);
    out << Tampering<Case> { "extra hash prepended", altered };
}

QList<Tampering<Inclusion>> tamperings(const Inclusion &good, const QList<QByteArray> &roots,
                                       bool every)
{
    QList<Tampering<Inclusion>> out;
    alterProof(good, every, good.leaf, out);
    Inclusion altered = good;
    altered.root = flipped(good.root);
    out << Tampering<Inclusion> { "bit flipped in root", altered };
    altered = good;
    altered.leaf = flipped(good.leaf);
    out << Tampering<Inclusion> { "bit flipped in leaf", altered };
    QList<qint64> indexes { good.index - 1, good.index + 1 };
    if (!indexes.contains(good.size))
        indexes << good.size; // outside the tree
    for (qint64 index : indexes) {
        if (index < 0)
            continue;
        altered = good;
        altered.index = index;
        out << Tampering<Inclusion> { "index " + QByteArray::number(index), altered };
    }
    // A wrong size with that size's root always fails. With the same root it fails only
    // when the path hashes differently (RFC 9162 §2.1.3.2 takes the path of leaf 0 of 3 as
    // one of leaf 0 of 4, against the root of 3): the vectors say which.
    for (qint64 size : { good.size - 1, good.size + 1 }) {
        if (size <= good.index || size >= roots.size())
            continue;
        altered = good;
        altered.size = size;
        altered.root = roots[size];
        out << Tampering<Inclusion> { "size " + QByteArray::number(size), altered };
    }
    for (const auto &[size, accepted] : good.otherSizes) {
        if (accepted)
            continue;
        altered = good;
        altered.size = size;
        out << Tampering<Inclusion> { "size " + QByteArray::number(size) + ", same root", altered };
    }
    return out;
}

QList<Tampering<Consistency>> tamperings(const Consistency &good, const QList<QByteArray> &roots,
                                         bool every)
{
    QList<Tampering<Consistency>> out;
    alterProof(good, every, good.newRoot, out);
    // Every tree extends the empty one: verifyConsistency() reads neither root then, and
    // only the tool checks that the old root is the empty tree's.
    const bool fromEmpty = good.oldSize == 0;
    Consistency altered = good;
    altered.oldRoot = flipped(good.oldRoot);
    out << Tampering<Consistency> { "bit flipped in old root", altered, fromEmpty };
    if (!fromEmpty) {
        altered = good;
        altered.newRoot = flipped(good.newRoot);
        out << Tampering<Consistency> { "bit flipped in new root", altered };
        for (qint64 size : { good.oldSize - 1, good.oldSize + 1 }) {
            if (size < 1 || size > good.newSize)
                continue;
            altered = good;
            altered.oldSize = size;
            altered.oldRoot = roots[size];
            out << Tampering<Consistency> { "old size " + QByteArray::number(size), altered };
        }
        for (qint64 size : { good.newSize - 1, good.newSize + 1 }) {
            if (size < good.oldSize || size >= roots.size())
                continue;
            altered = good;
            altered.newSize = size;
            altered.newRoot = roots[size];
            out << Tampering<Consistency> { "new size " + QByteArray::number(size), altered };
        }
    }
    for (const auto &[oldSize, newSize, accepted] : good.otherSizes) {
        if (accepted)
            continue;
        altered = good;
        altered.oldSize = oldSize;
        altered.newSize = newSize;
        out << Tampering<Consistency> { "sizes " + QByteArray::number(oldSize) + " to "
                                            + QByteArray::number(newSize) + ", same roots",
                                        altered };
    }
    if (good.oldSize != good.newSize) {
        altered = good;
        std::swap(altered.oldSize, altered.newSize);
        std::swap(altered.oldRoot, altered.newRoot);
        out << Tampering<Consistency> { "sizes swapped", altered };
    }
    return out;
}

QString hex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex());
}

QString hexList(const QList<QByteArray> &hashes)
{
    QStringList parts;
    for (const QByteArray &hash : hashes)
        parts << hex(hash);
    return parts.join(QLatin1Char(','));
}

QStringList arguments(const Inclusion &c)
{
    return { "log",         "verify-inclusion",
             "--index",     QString::number(c.index),
             "--size",      QString::number(c.size),
             "--leaf-hash", hex(c.leaf),
             "--root",      hex(c.root),
             "--proof",     hexList(c.proof) };
}

QStringList arguments(const Consistency &c)
{
    return { "log",        "verify-consistency",
             "--old-size", QString::number(c.oldSize),
             "--new-size", QString::number(c.newSize),
             "--old-root", hex(c.oldRoot),
             "--new-root", hex(c.newRoot),
             "--proof",    hexList(c.proof) };
}

bool verify(const Inclusion &c)
{
    return MerkleTree::verifyInclusion(c.leaf, c.index, c.size, c.proof, c.root);
}

bool verify(const Consistency &c)
{
    return MerkleTree::verifyConsistency(c.oldSize, c.newSize, c.oldRoot, c.newRoot, c.proof);
}

QByteArray tag(const Inclusion &c)
{
    return "leaf " + QByteArray::number(c.index) + " of " + QByteArray::number(c.size);
}

QByteArray tag(const Consistency &c)
{
    return QByteArray::number(c.oldSize) + " to " + QByteArray::number(c.newSize);
}

// The cases the binary runs: first, middle and last leaf of every size; for every size, the
// old sizes 0, 1, the listed size before it and itself.
bool sampled(const Inclusion &c)
{
    return c.index == 0 || c.index == c.size / 2 || c.index == c.size - 1;
}

bool sampled(const Consistency &c, const QList<qint64> &sizes)
{
    const qsizetype at = sizes.indexOf(c.newSize);
    return c.oldSize <= 1 || c.oldSize == c.newSize || (at > 0 && c.oldSize == sizes[at - 1]);
}

} // namespace

Q_DECLARE_METATYPE(Inclusion)
Q_DECLARE_METATYPE(Consistency)

class TestLogCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = loadVectors();
        QVERIFY2(loaded, "tests/data/merkle/vectors.json cannot be read");
        m_vectors = std::move(*loaded);
        QCOMPARE(m_vectors.leaves.size(), 129);
        QCOMPARE(m_vectors.roots.size(), 130);
        QVERIFY(m_vectors.inclusions.size() > 200);
        QVERIFY(m_vectors.consistencies.size() > 250);
        for (const QByteArray &leaf : m_vectors.leaves)
            m_log.append(leaf);
    }

    void leavesAndRoots()
    {
        for (qsizetype i = 0; i < m_vectors.leaves.size(); ++i)
            QCOMPARE(MerkleTree::leafHash(QByteArray::number(i)).toHex(),
                     m_vectors.leaves[i].toHex());
        for (qsizetype size = 0; size < m_vectors.roots.size(); ++size) {
            QCOMPARE(MerkleTree::root(m_vectors.leaves, size).toHex(),
                     m_vectors.roots[size].toHex());
            QCOMPARE(m_log.root(size).toHex(), m_vectors.roots[size].toHex());
        }
    }

    void inclusion_data()
    {
        QTest::addColumn<Inclusion>("good");
        for (const Inclusion &c : m_vectors.inclusions)
            QTest::newRow(tag(c).constData()) << c;
    }

    void inclusion()
    {
        QFETCH(Inclusion, good);
        QCOMPARE(MerkleTree::inclusionProof(m_vectors.leaves, good.index, good.size).value_or(None),
                 good.proof);
        QCOMPARE(m_log.inclusionProof(good.index, good.size).value_or(None), good.proof);
        QVERIFY(verify(good));
        for (const auto &t : tamperings(good, m_vectors.roots, true))
            QVERIFY2(!verify(t.altered), t.name.constData());
        for (const auto &[size, accepted] : good.otherSizes) {
            Inclusion claim = good;
            claim.size = size;
            QVERIFY2(verify(claim) == accepted, QByteArray::number(size).constData());
        }
    }

    void consistency_data()
    {
        QTest::addColumn<Consistency>("good");
        for (const Consistency &c : m_vectors.consistencies)
            QTest::newRow(tag(c).constData()) << c;
    }

    void consistency()
    {
        QFETCH(Consistency, good);
        QCOMPARE(MerkleTree::consistencyProof(m_vectors.leaves, good.oldSize, good.newSize)
                     .value_or(None),
                 good.proof);
        QCOMPARE(m_log.consistencyProof(good.oldSize, good.newSize).value_or(None), good.proof);
        QVERIFY(verify(good));
        for (const auto &t : tamperings(good, m_vectors.roots, true)) {
            if (!t.toolOnly)
                QVERIFY2(!verify(t.altered), t.name.constData());
        }
        for (const auto &[oldSize, newSize, accepted] : good.otherSizes) {
            Consistency claim = good;
            claim.oldSize = oldSize;
            claim.newSize = newSize;
            QVERIFY2(verify(claim) == accepted, tag(claim).constData());
        }
    }

    void impossibleRequests()
    {
        const QList<QByteArray> &leaves = m_vectors.leaves;
        QVERIFY(!MerkleTree::consistencyProof(leaves, 5, 4));
        QVERIFY(!MerkleTree::consistencyProof(leaves, -1, 4));
        QVERIFY(!MerkleTree::consistencyProof(leaves, 4, leaves.size() + 1));
        QVERIFY(!m_log.consistencyProof(5, 4));
        QVERIFY(!m_log.consistencyProof(-1, 4));
        QVERIFY(!m_log.consistencyProof(4, m_log.size() + 1));
        QVERIFY(!MerkleTree::inclusionProof(leaves, 4, 4));
        QVERIFY(!m_log.inclusionProof(0, m_log.size() + 1));
    }

    void toolAcceptsGoodProofs_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const Inclusion &c : m_vectors.inclusions) {
            if (sampled(c))
                QTest::newRow(tag(c).constData()) << arguments(c);
        }
        for (const Consistency &c : m_vectors.consistencies) {
            if (sampled(c, m_vectors.sizes))
                QTest::newRow(tag(c).constData()) << arguments(c);
        }
        // Hexadecimal in capitals is the same hash.
        const auto longest
            = std::max_element(m_vectors.consistencies.cbegin(), m_vectors.consistencies.cend(),
                               [](const Consistency &a, const Consistency &b) {
                                   return a.proof.size() < b.proof.size();
                               });
        QStringList upper = arguments(*longest);
        for (qsizetype i = 7; i < upper.size(); i += 2)
            upper[i] = upper[i].toUpper();
        QTest::newRow("capitals") << upper;
    }

    void toolAcceptsGoodProofs()
    {
        QFETCH(QStringList, arguments);
        const ToolRun run = runTool(arguments);
        QVERIFY2(run.status == 0, run.err.constData());
        QCOMPARE(run.out.count('\n'), 1);
        QVERIFY(run.err.isEmpty());
    }

    void toolRefusesTamperedProofs_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const Inclusion &c : m_vectors.inclusions) {
            if ((c.index == 0 && c.size == 1) || (c.index == 16 && c.size == 17)
                || (c.index == 64 && c.size == 100) || (c.index == 128 && c.size == 129)) {
                for (const auto &t : tamperings(c, m_vectors.roots, false))
                    QTest::addRow("%s: %s", tag(c).constData(), t.name.constData())
                        << arguments(t.altered);
            }
        }
        for (const Consistency &c : m_vectors.consistencies) {
            const auto pair = std::pair(c.oldSize, c.newSize);
            if (pair == std::pair(0LL, 5LL) || pair == std::pair(1LL, 1LL)
                || pair == std::pair(3LL, 7LL) || pair == std::pair(32LL, 65LL)
                || pair == std::pair(100LL, 129LL)) {
                for (const auto &t : tamperings(c, m_vectors.roots, false))
                    QTest::addRow("%s: %s", tag(c).constData(), t.name.constData())
                        << arguments(t.altered);
            }
        }
    }

    void toolRefusesTamperedProofs()
    {
        QFETCH(QStringList, arguments);
        const ToolRun run = runTool(arguments);
        QVERIFY2(run.status == 1, run.out.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.endsWith('\n'));
        QCOMPARE(run.err.count('\n'), 1);
    }

    void toolRefusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named"); // what the message must point at
        const QStringList inclusion = arguments(m_vectors.inclusions[20]);
        const QStringList consistency = arguments(m_vectors.consistencies[100]);
        const auto with = [](QStringList list, const QString &option, const QString &value) {
            list[list.indexOf(option) + 1] = value;
            return list;
        };
        const auto without = [](QStringList list, const QString &option) {
            list.remove(list.indexOf(option), 2);
            return list;
        };
        for (const char *option : { "--index", "--size", "--leaf-hash", "--root", "--proof" })
            QTest::addRow("inclusion without %s", option)
                << without(inclusion, option) << QString::fromLatin1(option);
        for (const char *option :
             { "--old-size", "--new-size", "--old-root", "--new-root", "--proof" })
            QTest::addRow("consistency without %s", option)
                << without(consistency, option) << QString::fromLatin1(option);
        const QString hash = inclusion[inclusion.indexOf("--root") + 1];
        QTest::newRow("size not a number") << with(inclusion, "--size", "ten") << "--size";
        QTest::newRow("size in hex") << with(inclusion, "--size", "0x10") << "--size";
        QTest::newRow("size with a sign") << with(inclusion, "--size", "+10") << "--size";
        QTest::newRow("size empty") << with(inclusion, "--size", "") << "--size";
        QTest::newRow("size too large")
            << with(inclusion, "--size", "99999999999999999999") << "--size";
        QTest::newRow("negative index") << with(inclusion, "--index", "-1") << "--index";
        QTest::newRow("negative old size") << with(consistency, "--old-size", "-3") << "--old-size";
        QTest::newRow("new size not a number")
            << with(consistency, "--new-size", "1.5") << "--new-size";
        QTest::newRow("root of 63 digits") << with(inclusion, "--root", hash.left(63)) << "--root";
        QTest::newRow("root of 65 digits") << with(inclusion, "--root", hash + "0") << "--root";
        QTest::newRow("leaf not hexadecimal")
            << with(inclusion, "--leaf-hash", hash.left(63) + "g") << "--leaf-hash";
        QTest::newRow("old root empty") << with(consistency, "--old-root", "") << "--old-root";
        QTest::newRow("proof with an empty hash")
            << with(inclusion, "--proof", hash + ",," + hash) << "--proof";
        QTest::newRow("proof with a trailing comma")
            << with(inclusion, "--proof", hash + ",") << "--proof";
        QTest::newRow("proof with a short hash")
            << with(consistency, "--proof", hash + "," + hash.left(10)) << "--proof";
        QTest::newRow("unknown option") << inclusion + QStringList { "--json" } << "json";
        QTest::newRow("stray argument") << inclusion + QStringList { "extra" } << "extra";
        QTest::newRow("no subcommand") << QStringList { "log" } << "verify-inclusion";
        QTest::newRow("unknown subcommand")
            << QStringList { "log", "verify", "--size", "1" } << "verify-consistency";
    }

    void toolRefusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const ToolRun run = runTool(arguments);
        QVERIFY2(run.status == 2, run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(named), run.err.constData());
    }

private:
    Vectors m_vectors;
    MerkleTree::Log m_log;
};

QTEST_GUILESS_MAIN(TestLogCommand)
#include "tst_logcommand.moc"
