// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentiellibrary.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace jalon;

class TestReferentielListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheBundledReferentielsByTitle()
    {
        ReferentielLibrary library(nullptr);
        QVERIFY2(library.loadError().isEmpty(), qPrintable(library.loadError()));
        ReferentielListModel *model = library.list();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4);
        QStringList titles;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            titles << index.data(ReferentielListModel::TitleRole).toString();
            QVERIFY(!index.data(ReferentielListModel::IdRole).toString().isEmpty());
            QVERIFY(index.data(ReferentielListModel::BlocCountRole).toInt() >= 3);
            QVERIFY(index.data(ReferentielListModel::CompetenceCountRole).toInt() > 0);
            QVERIFY(index.data(ReferentielListModel::ActivityCountRole).toInt() > 0);
        }
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        QCOMPARE(titles, sorted);
        QVERIFY(model->roleNames().values().contains("referentielId"));
    }

    void summaryGivesRulesAndPaths()
    {
        ReferentielLibrary library(nullptr);
        const QVariantMap summary = library.summary(QStringLiteral("cqp-conseiller-entreprise"));
        QCOMPARE(summary.value("blocCount").toInt(), 3);
        QCOMPARE(summary.value("competenceCount").toInt(), 13);
        QCOMPARE(summary.value("validityYears").toInt(), 5);
        QCOMPARE(summary.value("vaeSessions").toInt(), 11);
        QCOMPARE(summary.value("vaeMonths").toInt(), 9);
        QVERIFY(summary.value("criterionThreshold").toString().startsWith(QStringLiteral("80")));
        QVERIFY(library.summary(QStringLiteral("absent")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReferentielListModel)
#include "tst_referentiellistmodel.moc"
