// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/signingkey.h"
#include "jcs/canonicaljson.h"
#include "journal/event.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cstring>

using namespace jalon;

namespace {
QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(JALON_TEST_DATA "/jcs/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

double fromBits(quint64 bits)
{
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}
} // namespace

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 8785 §3.2.2 (the sample of §3.2.3 and the sorting example of §3.2.3).
    void rfcExamples_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");

        QTest::newRow("rfc 8785 3.2.2")
            << readData("rfc8785-sample.json") << readData("rfc8785-sample.canonical");
        QTest::newRow("rfc 8785 3.2.3 sorting")
            << readData("rfc8785-sorting.json") << readData("rfc8785-sorting.canonical");
        QTest::newRow("nested and empty")
            << QByteArray(" { \"b\" : [ ] , \"a\" : { } , \"c\" : [ { \"z\" : 1 , \"y\" : 2 } ] } ")
            << QByteArray("{\"a\":{},\"b\":[],\"c\":[{\"y\":2,\"z\":1}]}");
        QTest::newRow("minus zero") << QByteArray("[-0, -0.0, 0e10]") << QByteArray("[0,0,0]");
        QTest::newRow("no normalisation") << QByteArray("[\"e\xcc\x81\", \"\xc3\xa9\"]")
                                          << QByteArray("[\"e\xcc\x81\",\"\xc3\xa9\"]");
        QTest::newRow("underflow to zero") << QByteArray("[1e-400]") << QByteArray("[0]");
        QTest::newRow("scalar") << QByteArray("\"\\u00e9\\t\"") << QByteArray("\"\xc3\xa9\\t\"");
    }

    void rfcExamples()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        const auto result = CanonicalJson::canonicalize(input);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message()));
        QCOMPARE(*result, canonical);
        // Canonical output is a fixed point.
        QCOMPARE(*CanonicalJson::canonicalize(*result), canonical);
    }

    // RFC 8785 Appendix B.
    void rfcNumbers_data()
    {
        QTest::addColumn<quint64>("bits");
        QTest::addColumn<QByteArray>("text");
        const QList<QPair<quint64, const char *>> table {
            { 0x0000000000000000, "0" },
            { 0x8000000000000000, "0" },
            { 0x0000000000000001, "5e-324" },
            { 0x8000000000000001, "-5e-324" },
            { 0x7fefffffffffffff, "1.7976931348623157e+308" },
            { 0xffefffffffffffff, "-1.7976931348623157e+308" },
            { 0x4340000000000000, "9007199254740992" },
            { 0xc340000000000000, "-9007199254740992" },
            { 0x4430000000000000, "295147905179352830000" },
            { 0x44b52d02c7e14af5, "9.999999999999997e+22" },
            { 0x44b52d02c7e14af6, "1e+23" },
            { 0x44b52d02c7e14af7, "1.0000000000000001e+23" },
            { 0x444b1ae4d6e2ef4e, "999999999999999700000" },
            { 0x444b1ae4d6e2ef4f, "999999999999999900000" },
            { 0x444b1ae4d6e2ef50, "1e+21" },
            { 0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7" },
            { 0x3eb0c6f7a0b5ed8d, "0.000001" },
            { 0x41b3de4355555553, "333333333.3333332" },
            { 0x41b3de4355555554, "333333333.33333325" },
            { 0x41b3de4355555555, "333333333.3333333" },
            { 0x41b3de4355555556, "333333333.3333334" },
            { 0x41b3de4355555557, "333333333.33333343" },
            { 0xbecbf647612f3696, "-0.0000033333333333333333" },
            { 0x43143ff3c1cb0959, "1424953923781206.2" },
        };
        for (const auto &[bits, text] : table)
            QTest::newRow(text) << bits << QByteArray(text);
    }

    void rfcNumbers()
    {
        QFETCH(quint64, bits);
        QFETCH(QByteArray, text);
        QCOMPARE(CanonicalJson::formatNumber(fromBits(bits)), text);
    }

    // Tens of thousands of doubles against ECMAScript's own Number.prototype.toString.
    void generatedNumbers()
    {
        QFile file(QStringLiteral(JALON_TEST_DATA "/jcs/numbers.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int checked = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> fields = line.split(' ');
            QCOMPARE(fields.size(), 2);
            bool ok = false;
            const double value = fromBits(fields[0].toULongLong(&ok, 16));
            QVERIFY(ok);
            const QByteArray text = CanonicalJson::formatNumber(value);
            if (text != fields[1])
                QFAIL(qPrintable(QStringLiteral("%1: got %2, ECMAScript says %3")
                                     .arg(QString::fromLatin1(fields[0]), QString::fromLatin1(text),
                                          QString::fromLatin1(fields[1]))));
            ++checked;
        }
        QVERIFY(checked > 20000);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("problem");

        QTest::newRow("duplicate key")
            << QByteArray("{\"a\":1,\"b\":2,\"a\":3}") << "appears twice";
        QTest::newRow("duplicate key spelt differently")
            << QByteArray("{\"a\":1,\"\\u0061\":2}") << "appears twice";
        QTest::newRow("lone high surrogate")
            << QByteArray("[\"\\ud83d\"]") << "lone high surrogate";
        QTest::newRow("high surrogate then letter")
            << QByteArray("[\"\\ud83dA\"]") << "lone high surrogate";
        QTest::newRow("lone low surrogate") << QByteArray("[\"\\ude00\"]") << "lone low surrogate";
        QTest::newRow("surrogate in UTF-8") << QByteArray("[\"\xed\xa0\x80\"]") << "surrogate";
        QTest::newRow("invalid UTF-8") << QByteArray("[\"\xc3\x28\"]") << "invalid UTF-8";
        QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]") << "invalid UTF-8";
        QTest::newRow("NaN") << QByteArray("[NaN]") << "unexpected character";
        QTest::newRow("Infinity") << QByteArray("[Infinity]") << "unexpected character";
        QTest::newRow("overflow") << QByteArray("[1e400]") << "too large";
        QTest::newRow("leading zero") << QByteArray("[01]") << "expected";
        QTest::newRow("trailing comma") << QByteArray("[1,]") << "unexpected character";
        QTest::newRow("unquoted key") << QByteArray("{a:1}") << "member name";
        QTest::newRow("raw control character") << QByteArray("[\"a\tb\"]") << "control character";
        QTest::newRow("bad escape") << QByteArray("[\"\\x41\"]") << "unknown escape";
        QTest::newRow("truncated") << QByteArray("{\"a\":") << "ends too early";
        QTest::newRow("trailing text") << QByteArray("{} {}") << "after the JSON value";
        QTest::newRow("empty") << QByteArray() << "ends too early";
        QTest::newRow("too deep") << QByteArray(100, '[') + QByteArray(100, ']')
                                  << "nested more than";
    }

    void rejects()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, problem);
        const auto result = CanonicalJson::canonicalize(input);
        QVERIFY(!result.has_value());
        QVERIFY2(result.error().problem.contains(problem), qPrintable(result.error().message()));
    }

    void serializesBuiltValuesLikeParsedOnes()
    {
        const QJsonObject object { { "\u20ac", 1 },
                                   { "\r",
                                     QJsonArray { 1.5, -0.0, 1e21, 1e-7, true, QJsonValue() } },
                                   { "1", QStringLiteral("é\"\\\n\u001f") },
                                   { "\U0001F600", QJsonObject {} },
                                   { "\uFB33", 2 } };
        const QByteArray built = CanonicalJson::serialize(object);
        QCOMPARE(built, *CanonicalJson::canonicalize(built));
        QCOMPARE(built,
                 QByteArray("{\"\\r\":[1.5,0,1e+21,1e-7,true,null],\"1\":"
                            "\"\xc3\xa9\\\"\\\\\\n\\u001f\",\"\xe2\x82\xac\":1,"
                            "\"\xf0\x9f\x98\x80\":{},\"\xef\xac\xb3\":2}"));
    }

    // RFC 8785 sorts keys by UTF-16 code units: U+1F600 (D83D DE00) before U+E000.
    void keysAboveTheBmpSortBeforePrivateUse()
    {
        const QJsonObject object { { QStringLiteral("\uE000"), 1 },
                                   { QStringLiteral("\U0001F600"), 2 },
                                   { QStringLiteral("a"), 3 } };
        const QByteArray expected("{\"a\":3,\"\xf0\x9f\x98\x80\":2,\"\xee\x80\x80\":1}");
        QCOMPARE(CanonicalJson::serialize(object), expected);
        QCOMPARE(*CanonicalJson::canonicalize(expected), expected);
        QCOMPARE(CanonicalJson::serialize(QJsonDocument::fromJson(expected).object()), expected);
    }

    // A byte-order mark inside a string is data, wherever it stands.
    void aByteOrderMarkInAStringIsKept_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("first") << QByteArray("{\"t\":\"\xef\xbb\xbfx\"}");
        QTest::newRow("middle") << QByteArray("{\"t\":\"x\xef\xbb\xbfy\"}");
        QTest::newRow("last") << QByteArray("{\"t\":\"x\xef\xbb\xbf\"}");
        QTest::newRow("alone") << QByteArray("{\"t\":\"\xef\xbb\xbf\"}");
        QTest::newRow("a key") << QByteArray("{\"\xef\xbb\xbfk\":1}");
    }

    void aByteOrderMarkInAStringIsKept()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(*CanonicalJson::canonicalize(json), json);
        // Qt 6.4's own parser drops a leading one (QJsonDocument::fromJson): never read signed text
        // with it.
        QCOMPARE(CanonicalJson::serialize(CanonicalJson::parseDocument(json).object()), json);
    }

    // What a device signs, the journal reads back as canonical: the two cases above in events.
    void signedEventsWithSuchTextReadBack_data()
    {
        QTest::addColumn<QJsonObject>("ratings");
        QTest::newRow("keys on both sides of the BMP")
            << QJsonObject { { QStringLiteral("\uE000"), 1 }, { QStringLiteral("\U0001F600"), 2 } };
        QTest::newRow("a leading byte-order mark")
            << QJsonObject { { QStringLiteral("\uFEFFF1.1"), 1 } };
    }

    void signedEventsWithSuchTextReadBack()
    {
        QFETCH(QJsonObject, ratings);
        Event event;
        event.seq = 1;
        event.at = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
        event.kind = QStringLiteral("bilan.record");
        event.subject = QStringLiteral("u-1");
        event.body = { { QStringLiteral("ratings"), ratings },
                       { QStringLiteral("comment"), QStringLiteral("\uFEFFdébut") } };
        const QByteArray canonical = event.signWith(SigningKey::generate());
        const auto read = Event::fromJson(canonical);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
        QVERIFY(read->hasValidSignature());
        QCOMPARE(read->canonical(), canonical);
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
