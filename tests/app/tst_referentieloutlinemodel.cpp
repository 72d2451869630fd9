// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentiellibrary.h"
#include "referentieloutlinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace jalon;

class TestReferentielOutlineModel : public QObject
{
    Q_OBJECT

private:
    ReferentielLibrary m_library { nullptr };
    const QString m_id = QStringLiteral("cqp-conseiller-offres-service-securite-sociale");

    static QString code(const QAbstractItemModel &model, int row)
    {
        return model.index(row, 0).data(ReferentielOutlineModel::CodeRole).toString();
    }

private Q_SLOTS:
    void showsBlocsClosed()
    {
        ReferentielOutlineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setLibrary(&m_library);
        model.setReferentielId(m_id);
        const Referentiel *ref = m_library.find(m_id);
        QVERIFY(ref);
        QCOMPARE(model.rowCount(), ref->blocs.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(code(model, row), ref->blocs[row].id);
            QCOMPARE(model.index(row).data(ReferentielOutlineModel::ChildCountRole).toInt(),
                     ref->blocs[row].competences.size());
            QCOMPARE(model.index(row).data(ReferentielOutlineModel::ExpandedRole).toBool(), false);
        }
    }

    void togglesInsertAndRemoveChildren()
    {
        ReferentielOutlineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLibrary(&m_library);
        model.setReferentielId(m_id);
        const Referentiel *ref = m_library.find(m_id);
        QVERIFY(ref);
        const int blocs = int(ref->blocs.size());
        const int firstBlocCompetences = int(ref->blocs[0].competences.size());

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.toggle(0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), blocs + firstBlocCompetences);
        QCOMPARE(code(model, 1), ref->blocs[0].competences[0].id);
        QCOMPARE(model.index(1).data(ReferentielOutlineModel::DepthRole).toInt(), 1);

        // Open the first competence: its criteria appear right below it.
        model.toggle(1);
        const int criteria = int(ref->blocs[0].competences[0].criteria.size());
        QCOMPARE(model.rowCount(), blocs + firstBlocCompetences + criteria);
        QCOMPARE(code(model, 2), ref->blocs[0].competences[0].criteria[0].id);

        // Closing the bloc hides its open competence's criteria too.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.toggle(0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), blocs);
        // Reopened, it remembers the competence was open.
        model.toggle(0);
        QCOMPARE(model.rowCount(), blocs + firstBlocCompetences + criteria);

        // A leaf does not toggle; nor does a row out of range.
        model.toggle(2);
        model.toggle(-1);
        model.toggle(10000);
        QCOMPARE(model.rowCount(), blocs + firstBlocCompetences + criteria);
    }

    void expandAllShowsEveryNode_data()
    {
        QTest::addColumn<int>("view");
        QTest::newRow("competences") << int(ReferentielOutlineModel::Competences);
        QTest::newRow("activities") << int(ReferentielOutlineModel::Activities);
        QTest::newRow("assessment") << int(ReferentielOutlineModel::Assessment);
    }

    void expandAllShowsEveryNode()
    {
        QFETCH(int, view);
        ReferentielOutlineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLibrary(&m_library);
        model.setReferentielId(m_id);
        model.setView(ReferentielOutlineModel::View(view));
        const Referentiel *ref = m_library.find(m_id);
        QVERIFY(ref);
        int expected = 0;
        if (view == ReferentielOutlineModel::Competences) {
            expected = int(ref->blocs.size()) + ref->competenceCount() + ref->criterionCount();
        } else if (view == ReferentielOutlineModel::Activities) {
            expected = int(ref->functions.size()) + ref->activityCount();
        } else {
            for (const Bloc &bloc : ref->blocs) {
                expected += 1 + int(bloc.assessment.parts.size());
                for (const AssessmentPart &part : bloc.assessment.parts)
                    expected += int(part.expectations.size());
            }
        }
        model.expandAll();
        QCOMPARE(model.rowCount(), expected);
        model.collapseAll();
        QCOMPARE(model.rowCount(),
                 view == ReferentielOutlineModel::Activities ? ref->functions.size()
                                                             : ref->blocs.size());
    }

    void unknownReferentielIsEmpty()
    {
        ReferentielOutlineModel model;
        model.setLibrary(&m_library);
        model.setReferentielId(QStringLiteral("absent"));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReferentielOutlineModel)
#include "tst_referentieloutlinemodel.moc"
