// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/blocvalidity.h"

#include <QTest>

using namespace jalon;

class TestBlocValidity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validityEnd_data()
    {
        QTest::addColumn<QDate>("validatedOn");
        QTest::addColumn<int>("years");
        QTest::addColumn<QDate>("end");

        QTest::newRow("ordinary day") << QDate(2020, 3, 10) << 5 << QDate(2025, 3, 10);
        QTest::newRow("new year's eve") << QDate(2021, 12, 31) << 5 << QDate(2026, 12, 31);
        QTest::newRow("29 February to a common year")
            << QDate(2024, 2, 29) << 5 << QDate(2029, 3, 1);
        QTest::newRow("29 February to a leap year")
            << QDate(2024, 2, 29) << 4 << QDate(2028, 2, 29);
        QTest::newRow("28 February of a leap year")
            << QDate(2024, 2, 28) << 5 << QDate(2029, 2, 28);
        QTest::newRow("one year") << QDate(2026, 11, 22) << 1 << QDate(2027, 11, 22);
    }

    void validityEnd()
    {
        QFETCH(QDate, validatedOn);
        QFETCH(int, years);
        QFETCH(QDate, end);
        QCOMPARE(blocValidityEnd(validatedOn, years), end);
        QVERIFY(!isBlocExpired(validatedOn, years, end.addDays(-1)));
        QVERIFY(isBlocExpired(validatedOn, years, end));
        QVERIFY(isBlocExpired(validatedOn, years, end.addDays(1)));
    }
};

QTEST_GUILESS_MAIN(TestBlocValidity)
#include "tst_blocvalidity.moc"
