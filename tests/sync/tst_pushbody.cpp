// SPDX-License-Identifier: GPL-3.0-or-later
// (No raw string literals here: moc cannot read the ones these tests need.)
#include "pushbody.h"

#include <QTest>

using namespace jalon;

class TestPushBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cutsTheEvents()
    {
        const auto events = PushBody::events(
            " { \"before\": {\"events\": [1]}, \"events\" : [ {\"a\": \"x,}]\\\"{\"}, [1, 2], "
            "\"s\", 3 ,{\"b\":{}} ], \"after\": null } ");
        QVERIFY(events);
        QCOMPARE(
            *events,
            (QList<QByteArray> { "{\"a\": \"x,}]\\\"{\"}", "[1, 2]", "\"s\"", "3", "{\"b\":{}}" }));
        QCOMPARE(PushBody::events("{\"events\":[]}")->size(), 0);
    }

    void refusesWhatIsNotAPush_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[{}]");
        QTest::newRow("no events") << QByteArray("{\"event\": []}");
        QTest::newRow("events twice") << QByteArray("{\"events\": [], \"events\": []}");
        QTest::newRow("not an array") << QByteArray("{\"events\": {}}");
        QTest::newRow("unclosed array") << QByteArray("{\"events\": [{}, {}");
        QTest::newRow("unclosed object") << QByteArray("{\"events\": [{\"a\": 1]");
        QTest::newRow("unclosed string") << QByteArray("{\"events\": [\"abc]}");
        QTest::newRow("trailing comma") << QByteArray("{\"events\": [], }");
        QTest::newRow("missing comma") << QByteArray("{\"events\": [{} {}]}");
        QTest::newRow("text after") << QByteArray("{\"events\": []} x");
    }

    void refusesWhatIsNotAPush()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!PushBody::events(body));
    }
};

QTEST_GUILESS_MAIN(TestPushBody)
#include "tst_pushbody.moc"
