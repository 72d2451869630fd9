// SPDX-License-Identifier: GPL-3.0-or-later
// The bilan de positionnement on a real vault: the candidate's submitted auto-diagnostic
// beside the manager's own ratings, the differences marked and never averaged, and the
// signed decision read back.
#include "journal/event.h"
#include "team/bilanmodel.h"
#include "teamfixture.h"
#include "vault/settings.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace jalon;

namespace {

const QString Camille = QStringLiteral("u-camille");

struct Bilan
{
    TeamFixture team;
    BilanModel model;
    QAbstractItemModelTester tester { &model,
                                      QAbstractItemModelTester::FailureReportingMode::QtTest };

    bool open(const QString &role = QStringLiteral("manager"))
    {
        if (!team.open(QStringLiteral("u-self"), role, { Camille }))
            return false;
        // The candidate rated F1.1 … F4.1 at 3, 2, 1, 0 and submitted, on her tablet.
        int level = 3;
        for (const char *activity : { "F1.1", "F2.1", "F3.1", "F4.1" }) {
            team.candidateSigns(Camille, QStringLiteral("diagnostic.answer"),
                                { { QStringLiteral("referentiel"), TeamFixture::ReferentielId },
                                  { QStringLiteral("version"), 1 },
                                  { QStringLiteral("activity"), QLatin1String(activity) },
                                  { QStringLiteral("level"), level-- },
                                  { QStringLiteral("comment"), QStringLiteral("Au quotidien") } });
        }
        team.candidateSigns(Camille, QStringLiteral("diagnostic.submit"),
                            { { QStringLiteral("referentiel"), TeamFixture::ReferentielId },
                              { QStringLiteral("version"), 1 } });
        if (!team.org.deliver())
            return false;
        model.setSession(&team.f.session);
        model.setCandidateId(Camille);
        return true;
    }

    int row(const QString &activity) const
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r).data(BilanModel::ActivityIdRole).toString() == activity)
                return r;
        }
        return -1;
    }
    QVariant value(const QString &activity, int role) const
    {
        return model.index(row(activity)).data(role);
    }
};

} // namespace

class TestBilanModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheCandidatesOwnRatings()
    {
        Bilan b;
        QVERIFY(b.open());
        QCOMPARE(b.model.count(), 4);
        QCOMPARE(b.model.candidateName(), QStringLiteral("Camille"));
        QVERIFY(b.model.submittedAt().isValid());
        QCOMPARE(b.model.answeredCount(), 4);
        QCOMPARE(b.value(QStringLiteral("F1.1"), BilanModel::CandidateLevelRole).toInt(), 3);
        QCOMPARE(b.value(QStringLiteral("F1.1"), BilanModel::CandidateCommentRole).toString(),
                 QStringLiteral("Au quotidien"));
        QCOMPARE(b.value(QStringLiteral("F1.1"), BilanModel::RatingRole).toInt(), -1);
        QCOMPARE(b.model.scale().size(), 4);
        QVERIFY(b.model.problem().contains(QLatin1String("0 of 4")));
        // Four activities of four functions: each row opens its function's title.
        for (int r = 0; r < b.model.rowCount(); ++r) {
            const QString function
                = b.model.index(r).data(BilanModel::FunctionTitleRole).toString();
            QVERIFY(!function.isEmpty());
            QCOMPARE(b.model.index(r).data(BilanModel::FirstOfFunctionRole).toBool(),
                     r == 0
                         || b.model.index(r - 1).data(BilanModel::FunctionTitleRole).toString()
                             != function);
        }
    }

    void marksTheGapsWithoutAveraging()
    {
        Bilan b;
        QVERIFY(b.open());
        b.model.rate(QStringLiteral("F1.1"), 3); // same
        b.model.rate(QStringLiteral("F2.1"), 0); // two below
        b.model.rate(QStringLiteral("F3.1"), 3); // two above
        QCOMPARE(b.model.ratedCount(), 3);
        QCOMPARE(b.model.differCount(), 2);
        QCOMPARE(b.value(QStringLiteral("F1.1"), BilanModel::DiffersRole).toBool(), false);
        QCOMPARE(b.value(QStringLiteral("F2.1"), BilanModel::GapRole).toInt(), -2);
        QCOMPARE(b.value(QStringLiteral("F3.1"), BilanModel::GapRole).toInt(), 2);
        QCOMPARE(b.value(QStringLiteral("F3.1"), BilanModel::CandidateLevelRole).toInt(),
                 1); // kept as the candidate said
        b.model.rate(QStringLiteral("F4.1"), 9); // beyond the scale: ignored
        QCOMPARE(b.model.ratedCount(), 3);
    }

    void recordsTheSignedDecision()
    {
        Bilan b;
        QVERIFY(b.open());
        for (const char *activity : { "F1.1", "F2.1", "F3.1", "F4.1" })
            b.model.rate(QLatin1String(activity), 1);
        QVERIFY(b.model.problem().contains(QLatin1String("path")));
        b.model.setPath(QStringLiteral("vae"));
        QVERIFY(b.model.problem().contains(QLatin1String("bloc")));
        b.model.toggleBloc(QStringLiteral("B3"));
        b.model.toggleBloc(QStringLiteral("B1"));
        QCOMPARE(b.model.blocs(), (QStringList { QStringLiteral("B1"), QStringLiteral("B3") }));
        b.model.setNextReview(QDate(2026, 9, 1)); // today: too soon
        QVERIFY(b.model.problem().contains(QLatin1String("review")));
        b.model.setNextReview(QDate(2026, 12, 1));
        b.model.setTrainingNeeds(QStringLiteral("Législation des prestations familiales"));
        QCOMPARE(b.model.problem(), QString());
        QVERIFY(b.model.record());

        // The signed event carries both the manager's ratings and nothing averaged.
        auto events = b.team.f.session.journal()->events();
        QVERIFY(events);
        const Event &recorded = events->last();
        QCOMPARE(recorded.kind, QStringLiteral("bilan.record"));
        QCOMPARE(recorded.subject, Camille);
        QCOMPARE(recorded.body.value(QStringLiteral("ratings"))
                     .toObject()
                     .value(QStringLiteral("F1.1"))
                     .toInt(),
                 1);
        QCOMPARE(recorded.body.value(QStringLiteral("path")).toString(), QStringLiteral("vae"));
        QCOMPARE(recorded.body.value(QStringLiteral("next_review")).toString(),
                 QStringLiteral("2026-12-01"));

        // Opened again later, the form shows the last decision.
        BilanModel again;
        again.setSession(&b.team.f.session);
        again.setCandidateId(Camille);
        QVERIFY(again.recordedAt().isValid());
        QCOMPARE(again.path(), QStringLiteral("vae"));
        QCOMPARE(again.blocs(), (QStringList { QStringLiteral("B1"), QStringLiteral("B3") }));
        QCOMPARE(again.ratedCount(), 4);
        QCOMPARE(again.trainingNeeds(), QStringLiteral("Législation des prestations familiales"));
    }

    void whatIsEnteredSurvivesALockUntilSigned()
    {
        Bilan b;
        QVERIFY(b.open());
        b.model.rate(QStringLiteral("F1.1"), 2);
        b.model.rate(QStringLiteral("F2.1"), 0);
        b.model.setPath(QStringLiteral("epreuves"));
        b.model.toggleBloc(QStringLiteral("B2"));
        b.model.setTrainingNeeds(QStringLiteral("Accueil téléphonique"));
        // The profile locks and opens again: a new page reads the same vault.
        b.team.f.session.lock();
        b.team.f.session.unlock(SessionFixture::Passphrase);
        QVERIFY(b.team.f.waitOpen());
        BilanModel again;
        again.setSession(&b.team.f.session);
        again.setCandidateId(Camille);
        QCOMPARE(again.ratedCount(), 2);
        QCOMPARE(again.path(), QStringLiteral("epreuves"));
        QCOMPARE(again.blocs(), QStringList { QStringLiteral("B2") });
        QCOMPARE(again.trainingNeeds(), QStringLiteral("Accueil téléphonique"));
        // Signed, the draft is gone: the next page shows the signed bilan.
        again.rate(QStringLiteral("F3.1"), 1);
        again.rate(QStringLiteral("F4.1"), 1);
        again.setNextReview(QDate(2026, 12, 1));
        QVERIFY(again.record());
        QVERIFY(Settings::value(b.team.f.session.openVault()->database(),
                                QStringLiteral("bilan.draft.u-camille"))
                    .isEmpty());
        BilanModel after;
        after.setSession(&b.team.f.session);
        after.setCandidateId(Camille);
        QVERIFY(after.recordedAt().isValid());
        QCOMPARE(after.ratedCount(), 4);
    }

    void onlyAManagerRecordsIt()
    {
        Bilan b;
        QVERIFY(b.open(QStringLiteral("tutor")));
        QVERIFY(b.model.problem().contains(QLatin1String("manager")));
        QVERIFY(!b.model.record());
    }
};

QTEST_MAIN(TestBilanModel)
#include "tst_bilanmodel.moc"
