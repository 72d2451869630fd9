// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/retryschedule.h"

#include <QTest>

using namespace jalon;
using namespace std::chrono_literals;

class TestRetrySchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesUpToTheLongest_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("first") << 1 << qint64(5000);
        QTest::newRow("second") << 2 << qint64(10000);
        QTest::newRow("third") << 3 << qint64(20000);
        QTest::newRow("eighth") << 8 << qint64(640000);
        QTest::newRow("ninth, capped") << 9 << qint64(900000);
        QTest::newRow("many, capped") << 1000 << qint64(900000);
    }

    void doublesUpToTheLongest()
    {
        QFETCH(int, failures);
        QFETCH(qint64, ceiling);
        const RetrySchedule schedule(5s, 15min);
        QCOMPARE(schedule.delay(failures, 1.0).count(), ceiling);
        QCOMPARE(schedule.delay(failures, 0.0).count(), ceiling / 2); // never sooner than half
        const qint64 middle = schedule.delay(failures, 0.5).count();
        QVERIFY(middle > ceiling / 2 && middle < ceiling);
        QCOMPARE(schedule.delay(failures, 7.0).count(), ceiling); // draws are clamped
    }
};

QTEST_GUILESS_MAIN(TestRetrySchedule)
#include "tst_retryschedule.moc"
