// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/progressengine.h"

#include <QTest>

using namespace jalon;

Q_DECLARE_METATYPE(jalon::CandidateFacts)
Q_DECLARE_METATYPE(jalon::CompetenceStatus)
Q_DECLARE_METATYPE(jalon::BlocStatus)
Q_DECLARE_METATYPE(jalon::BlocEvaluation)

namespace {

// A référentiel made for the boundaries: bloc R holds competences with 4, 5, 6 and 0
// criteria; blocs K4, K5 and K6 hold 4, 5 and 6 competences of one criterion each.
Referentiel makeReferentiel(QList<Role> attesters = { Role::Tutor, Role::Manager })
{
    Referentiel ref;
    ref.id = QStringLiteral("test-rules");
    ref.version = 1;
    ref.rules = Rules { { 4, 5 }, { 4, 5 }, 5, attesters, {} };
    Bloc r { QStringLiteral("R"), QStringLiteral("Criteria"), {}, {}, {} };
    for (int criteria : { 4, 5, 6, 0 }) {
        Competence c;
        c.id = QStringLiteral("C%1").arg(criteria);
        for (int k = 1; k <= criteria; ++k)
            c.criteria << Criterion { QStringLiteral("C%1.%2").arg(criteria).arg(k),
                                      QStringLiteral("criterion"),
                                      {} };
        r.competences << c;
    }
    ref.blocs << r;
    for (int size : { 4, 5, 6 }) {
        Bloc k { QStringLiteral("K%1").arg(size), QStringLiteral("Competences"), {}, {}, {} };
        for (int i = 1; i <= size; ++i) {
            const QString id = QStringLiteral("K%1-%2").arg(size).arg(i);
            k.competences << Competence { id, CompetenceType::Professional,        id,
                                          {}, { Criterion { id + ".1", id, {} } }, {} };
        }
        ref.blocs << k;
    }
    return ref;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList criteria(const QString &competence, int count)
{
    QStringList ids;
    for (int k = 1; k <= count; ++k)
        ids << QStringLiteral("%1.%2").arg(competence).arg(k);
    return ids;
}

Attestation attest(const QString &competence, Role role, int validated,
                   const char *when = "2026-05-01T10:00:00Z", bool revoked = false)
{
    const QString attester
        = role == Role::Tutor ? QStringLiteral("tutor-1") : QStringLiteral("manager-1");
    return Attestation { competence, attester, role, criteria(competence, validated),
                         at(when),   revoked };
}

// The tutor and the manager, assigned since January 2026, and the evaluator since 2020.
QList<Assignment> assignedPair()
{
    return { Assignment { QStringLiteral("tutor-1"), Role::Tutor, at("2026-01-01T00:00:00Z"), {} },
             Assignment {
                 QStringLiteral("manager-1"), Role::Manager, at("2026-01-01T00:00:00Z"), {} },
             Assignment {
                 QStringLiteral("evaluator-1"), Role::Evaluator, at("2020-01-01T00:00:00Z"), {} } };
}

// A result as the assigned evaluator signs it, on the day it gives.
BlocEvaluation evaluated(const char *bloc, bool validated, QDate date)
{
    return BlocEvaluation { QLatin1String(bloc), validated, date, QStringLiteral("evaluator-1"),
                            date.startOfDay(Qt::UTC) };
}

int competenceIndex(const Referentiel &ref, const QString &id)
{
    int index = 0;
    for (const Bloc &bloc : ref.blocs) {
        for (const Competence &competence : bloc.competences) {
            if (competence.id == id)
                return index;
            ++index;
        }
    }
    return -1;
}

// Acquires `count` competences of a K bloc (tutor and manager, all criteria).
QList<Attestation> acquire(const QString &bloc, int count)
{
    QList<Attestation> result;
    for (int i = 1; i <= count; ++i) {
        const QString id = QStringLiteral("%1-%2").arg(bloc).arg(i);
        result << attest(id, Role::Tutor, 1) << attest(id, Role::Manager, 1);
    }
    return result;
}

const QDate kToday(2026, 11, 22);

} // namespace

class TestProgressEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void criterionThreshold_data()
    {
        QTest::addColumn<QString>("competence");
        QTest::addColumn<QStringList>("validated");
        QTest::addColumn<bool>("reaches");

        QTest::newRow("3 of 4") << "C4" << criteria("C4", 3) << false;
        QTest::newRow("4 of 4") << "C4" << criteria("C4", 4) << true;
        QTest::newRow("3 of 5") << "C5" << criteria("C5", 3) << false;
        QTest::newRow("4 of 5") << "C5" << criteria("C5", 4) << true;
        QTest::newRow("5 of 5") << "C5" << criteria("C5", 5) << true;
        QTest::newRow("4 of 6") << "C6" << criteria("C6", 4) << false;
        QTest::newRow("5 of 6") << "C6" << criteria("C6", 5) << true;
        QTest::newRow("no criteria") << "C0" << QStringList() << true;
        QTest::newRow("none of 5") << "C5" << QStringList() << false;
        QTest::newRow("one criterion ticked four times")
            << "C5" << QStringList { "C5.1", "C5.1", "C5.1", "C5.1" } << false;
        QTest::newRow("criteria of another competence")
            << "C5" << (criteria("C5", 3) + QStringList { "C6.1", "C6.2" }) << false;
        QTest::newRow("unknown criteria")
            << "C5" << (criteria("C5", 3) + QStringList { "C5.9" }) << false;
        QTest::newRow("unknown competence") << "C9" << criteria("C9", 4) << false;
    }

    void criterionThreshold()
    {
        QFETCH(QString, competence);
        QFETCH(QStringList, validated);
        QFETCH(bool, reaches);
        const Referentiel ref = makeReferentiel();
        const ProgressEngine engine(ref);
        const Attestation attestation { competence, QStringLiteral("tutor-1"),  Role::Tutor,
                                        validated,  at("2026-05-01T10:00:00Z"), false };
        QCOMPARE(engine.reachesCriterionThreshold(attestation), reaches);
    }

    // The fewest more to give to reach 80 %: what the attestation form and the carnet
    // say is still needed.
    void stillNeededToReachTheThreshold()
    {
        constexpr Fraction eighty { 4, 5 };
        QCOMPARE(stillNeeded(0, 5, eighty), 4);
        QCOMPARE(stillNeeded(3, 5, eighty), 1);
        QCOMPARE(stillNeeded(4, 5, eighty), 0);
        QCOMPARE(stillNeeded(0, 6, eighty), 5); // 4.8 rounds up
        QCOMPARE(stillNeeded(0, 0, eighty), 0);
        QCOMPARE(stillNeeded(0, 3, Fraction { 1, 1 }), 3);
        QVERIFY(reachesThreshold(stillNeeded(2, 9, eighty) + 2, 9, eighty));
        QVERIFY(!reachesThreshold(stillNeeded(2, 9, eighty) + 1, 9, eighty));
    }

    // One rounding for every share shown in percent: the diagnostic's screen and its PDF
    // said 67 % and 66 % for two thirds.
    void percentsAreRoundedOneWay()
    {
        QCOMPARE(percentOf(2, 3), 67);
        QCOMPARE(percentOf(1, 3), 33);
        QCOMPARE(percentOf(1, 8), 13); // 12.5
        QCOMPARE(percentOf(4, 5), 80);
        QCOMPARE(percentOf(7, 7), 100);
        QCOMPARE(percentOf(0, 0), 0);
    }

    void competenceStatus_data()
    {
        QTest::addColumn<CandidateFacts>("facts");
        QTest::addColumn<CompetenceStatus>("status");

        const QList<Assignment> pair = assignedPair();
        QTest::newRow("nothing attested")
            << CandidateFacts { {}, pair, {} } << CompetenceStatus::NotStarted;
        QTest::newRow("tutor only") << CandidateFacts { { attest("C5", Role::Tutor, 4) }, pair, {} }
                                    << CompetenceStatus::InProgress;
        QTest::newRow("manager only")
            << CandidateFacts { { attest("C5", Role::Manager, 5) }, pair, {} }
            << CompetenceStatus::InProgress;
        QTest::newRow("tutor and manager at 4 of 5") << CandidateFacts {
            { attest("C5", Role::Tutor, 4), attest("C5", Role::Manager, 4) }, pair, {}
        } << CompetenceStatus::Acquired;
        QTest::newRow("manager at 3 of 5") << CandidateFacts {
            { attest("C5", Role::Tutor, 5), attest("C5", Role::Manager, 3) }, pair, {}
        } << CompetenceStatus::InProgress;
        QTest::newRow("manager's attestation revoked")
            << CandidateFacts { { attest("C5", Role::Tutor, 5),
                                  attest("C5", Role::Manager, 5, "2026-05-01T10:00:00Z", true) },
                                pair,
                                {} }
            << CompetenceStatus::InProgress;
        QTest::newRow("both revoked")
            << CandidateFacts { { attest("C5", Role::Tutor, 5, "2026-05-01T10:00:00Z", true),
                                  attest("C5", Role::Manager, 5, "2026-05-01T10:00:00Z", true) },
                                pair,
                                {} }
            << CompetenceStatus::NotStarted;
        QTest::newRow("no criteria, both attest") << CandidateFacts {
            { attest("C0", Role::Tutor, 0), attest("C0", Role::Manager, 0) }, pair, {}
        } << CompetenceStatus::Acquired;
        QTest::newRow("manager never assigned") << CandidateFacts {
            { attest("C5", Role::Tutor, 5), attest("C5", Role::Manager, 5) }, { pair[0] }, {}
        } << CompetenceStatus::InProgress;
        QTest::newRow("manager assigned only after signing") << CandidateFacts {
            { attest("C5", Role::Tutor, 5), attest("C5", Role::Manager, 5) },
            { pair[0], Assignment { "manager-1", Role::Manager, at("2026-06-01T00:00:00Z"), {} } },
            {}
        } << CompetenceStatus::InProgress;
        QTest::newRow("manager unassigned before signing") << CandidateFacts {
            { attest("C5", Role::Tutor, 5), attest("C5", Role::Manager, 5) },
            { pair[0],
              Assignment { "manager-1", Role::Manager, at("2026-01-01T00:00:00Z"),
                           at("2026-04-30T00:00:00Z") } },
            {}
        } << CompetenceStatus::InProgress;
        QTest::newRow("manager unassigned after signing") << CandidateFacts {
            { attest("C5", Role::Tutor, 5), attest("C5", Role::Manager, 5) },
            { pair[0],
              Assignment { "manager-1", Role::Manager, at("2026-01-01T00:00:00Z"),
                           at("2026-06-01T00:00:00Z") } },
            {}
        } << CompetenceStatus::Acquired;
        QTest::newRow("tutor signing as manager without that assignment")
            << CandidateFacts { { attest("C5", Role::Tutor, 5),
                                  Attestation { "C5", "tutor-1", Role::Manager, criteria("C5", 5),
                                                at("2026-05-01T10:00:00Z"), false } },
                                pair,
                                {} }
            << CompetenceStatus::InProgress;
        QTest::newRow("later attestation below threshold replaces earlier")
            << CandidateFacts { { attest("C5", Role::Tutor, 5, "2026-03-01T10:00:00Z"),
                                  attest("C5", Role::Tutor, 2, "2026-05-01T10:00:00Z"),
                                  attest("C5", Role::Manager, 5) },
                                pair,
                                {} }
            << CompetenceStatus::InProgress;
        QTest::newRow("later attestation reaching threshold replaces earlier")
            << CandidateFacts { { attest("C5", Role::Tutor, 5, "2026-05-01T10:00:00Z"),
                                  attest("C5", Role::Tutor, 2, "2026-03-01T10:00:00Z"),
                                  attest("C5", Role::Manager, 5) },
                                pair,
                                {} }
            << CompetenceStatus::Acquired;
        QTest::newRow("later one revoked, earlier one current again")
            << CandidateFacts { { attest("C5", Role::Tutor, 5, "2026-03-01T10:00:00Z"),
                                  attest("C5", Role::Tutor, 2, "2026-05-01T10:00:00Z", true),
                                  attest("C5", Role::Manager, 5) },
                                pair,
                                {} }
            << CompetenceStatus::Acquired;
        QTest::newRow("a second tutor makes up for the first")
            << CandidateFacts { { attest("C5", Role::Tutor, 2),
                                  Attestation { "C5", "tutor-2", Role::Tutor, criteria("C5", 4),
                                                at("2026-05-02T10:00:00Z"), false },
                                  attest("C5", Role::Manager, 5) },
                                pair
                                    + QList<Assignment> { Assignment {
                                        "tutor-2", Role::Tutor, at("2026-01-01T00:00:00Z"), {} } },
                                {} }
            << CompetenceStatus::Acquired;
        QTest::newRow("a candidate's own attestation does not count") << CandidateFacts {
            { attest("C5", Role::Tutor, 5),
              Attestation { "C5", "candidate-1", Role::Candidate, criteria("C5", 5),
                            at("2026-05-01T10:00:00Z"), false } },
            pair
                + QList<Assignment> { Assignment {
                    "candidate-1", Role::Candidate, at("2026-01-01T00:00:00Z"), {} } },
            {}
        } << CompetenceStatus::InProgress;
    }

    void competenceStatus()
    {
        QFETCH(CandidateFacts, facts);
        QFETCH(CompetenceStatus, status);
        const Referentiel ref = makeReferentiel();
        const CandidateProgress progress = ProgressEngine(ref).evaluate(facts, kToday);
        const QString competence = facts.attestations.isEmpty()
            ? QStringLiteral("C5")
            : facts.attestations[0].competenceId;
        QCOMPARE(progress.competences.at(competenceIndex(ref, competence)), status);
    }

    void attesterRolesComeFromTheReferentiel()
    {
        const Referentiel ref = makeReferentiel({ Role::Tutor });
        const CandidateFacts facts { { attest("C5", Role::Tutor, 4) }, assignedPair(), {} };
        const CandidateProgress progress = ProgressEngine(ref).evaluate(facts, kToday);
        QCOMPARE(progress.competences.at(competenceIndex(ref, "C5")), CompetenceStatus::Acquired);
    }

    void blocReadiness_data()
    {
        QTest::addColumn<QString>("bloc");
        QTest::addColumn<int>("acquired");
        QTest::addColumn<BlocStatus>("status");

        QTest::newRow("none of 5") << "K5" << 0 << BlocStatus::NotStarted;
        QTest::newRow("3 of 4") << "K4" << 3 << BlocStatus::InProgress;
        QTest::newRow("4 of 4") << "K4" << 4 << BlocStatus::Ready;
        QTest::newRow("3 of 5") << "K5" << 3 << BlocStatus::InProgress;
        QTest::newRow("4 of 5") << "K5" << 4 << BlocStatus::Ready;
        QTest::newRow("5 of 5") << "K5" << 5 << BlocStatus::Ready;
        QTest::newRow("4 of 6") << "K6" << 4 << BlocStatus::InProgress;
        QTest::newRow("5 of 6") << "K6" << 5 << BlocStatus::Ready;
    }

    void blocReadiness()
    {
        QFETCH(QString, bloc);
        QFETCH(int, acquired);
        QFETCH(BlocStatus, status);
        const Referentiel ref = makeReferentiel();
        const CandidateProgress progress
            = ProgressEngine(ref).evaluate({ acquire(bloc, acquired), assignedPair(), {} }, kToday);
        const int blocIndex = bloc == QLatin1String("K4") ? 1 : bloc == QLatin1String("K5") ? 2 : 3;
        QCOMPARE(progress.blocs[blocIndex].acquired, acquired);
        QCOMPARE(progress.blocs[blocIndex].status, status);
        QCOMPARE(progress.blocs[blocIndex].ready, status == BlocStatus::Ready);
    }

    void blocStartedByOneAttestation()
    {
        const Referentiel ref = makeReferentiel();
        const CandidateProgress progress = ProgressEngine(ref).evaluate(
            { { attest("K5-1", Role::Tutor, 1) }, assignedPair(), {} }, kToday);
        QCOMPARE(progress.blocs[2].status, BlocStatus::InProgress);
        QCOMPARE(progress.blocs[2].acquired, 0);
    }

    void blocExpiry_data()
    {
        QTest::addColumn<QDate>("validatedOn");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<BlocStatus>("status");
        QTest::addColumn<QDate>("validUntil");

        QTest::newRow("day before expiry") << QDate(2020, 3, 10) << QDate(2025, 3, 9)
                                           << BlocStatus::Validated << QDate(2025, 3, 9);
        QTest::newRow("day of expiry")
            << QDate(2020, 3, 10) << QDate(2025, 3, 10) << BlocStatus::Expired << QDate(2025, 3, 9);
        QTest::newRow("day after expiry")
            << QDate(2020, 3, 10) << QDate(2025, 3, 11) << BlocStatus::Expired << QDate(2025, 3, 9);
        QTest::newRow("validated today") << QDate(2026, 11, 22) << QDate(2026, 11, 22)
                                         << BlocStatus::Validated << QDate(2031, 11, 21);
        QTest::newRow("leap day, before expiry") << QDate(2024, 2, 29) << QDate(2029, 2, 28)
                                                 << BlocStatus::Validated << QDate(2029, 2, 28);
        QTest::newRow("leap day, day of expiry")
            << QDate(2024, 2, 29) << QDate(2029, 3, 1) << BlocStatus::Expired << QDate(2029, 2, 28);
        QTest::newRow("leap day to leap year") << QDate(2028, 2, 29) << QDate(2033, 2, 28)
                                               << BlocStatus::Validated << QDate(2033, 2, 28);
        QTest::newRow("across a leap day") << QDate(2023, 3, 1) << QDate(2028, 2, 29)
                                           << BlocStatus::Validated << QDate(2028, 2, 29);
        QTest::newRow("evaluation not yet effective")
            << QDate(2027, 1, 5) << QDate(2026, 11, 22) << BlocStatus::NotStarted << QDate();
    }

    void blocExpiry()
    {
        QFETCH(QDate, validatedOn);
        QFETCH(QDate, today);
        QFETCH(BlocStatus, status);
        QFETCH(QDate, validUntil);
        const Referentiel ref = makeReferentiel();
        const CandidateFacts facts { {}, assignedPair(), { evaluated("K5", true, validatedOn) } };
        const CandidateProgress progress = ProgressEngine(ref).evaluate(facts, today);
        QCOMPARE(progress.blocs[2].status, status);
        QCOMPARE(progress.blocs[2].validUntil, validUntil);
    }

    void latestEvaluationDecides_data()
    {
        QTest::addColumn<QList<BlocEvaluation>>("evaluations");
        QTest::addColumn<BlocStatus>("status");

        QTest::newRow("not validated")
            << QList<BlocEvaluation> { evaluated("K4", false, QDate(2026, 3, 1)) }
            << BlocStatus::Ready;
        QTest::newRow("failed then validated")
            << QList<BlocEvaluation> { evaluated("K4", false, QDate(2026, 3, 1)),
                                       evaluated("K4", true, QDate(2026, 9, 1)) }
            << BlocStatus::Validated;
        QTest::newRow("validated then failed, recorded out of order")
            << QList<BlocEvaluation> { evaluated("K4", false, QDate(2026, 9, 1)),
                                       evaluated("K4", true, QDate(2026, 3, 1)) }
            << BlocStatus::Ready;
        QTest::newRow("another bloc's result")
            << QList<BlocEvaluation> { evaluated("K5", true, QDate(2026, 3, 1)) }
            << BlocStatus::Ready;
    }

    void latestEvaluationDecides()
    {
        QFETCH(QList<BlocEvaluation>, evaluations);
        QFETCH(BlocStatus, status);
        const Referentiel ref = makeReferentiel();
        const CandidateProgress progress = ProgressEngine(ref).evaluate(
            { acquire("K4", 4), assignedPair(), evaluations }, kToday);
        QCOMPARE(progress.blocs[1].status, status);
    }

    // A result counts only when its signer was assigned as evaluator when signing: another
    // role, someone never assigned, or an evaluator no longer assigned is not the jury.
    void anEvaluationCountsOnlyFromTheAssignedEvaluator_data()
    {
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QDateTime>("signedAt");
        QTest::addColumn<BlocStatus>("status");
        const QDateTime june = at("2026-06-01T10:00:00Z");
        QTest::newRow("the assigned evaluator")
            << QStringLiteral("evaluator-1") << june << BlocStatus::Validated;
        QTest::newRow("the tutor") << QStringLiteral("tutor-1") << june << BlocStatus::Ready;
        QTest::newRow("an evaluator never assigned")
            << QStringLiteral("evaluator-2") << june << BlocStatus::Ready;
        QTest::newRow("after the evaluator's assignment ended")
            << QStringLiteral("evaluator-3") << june << BlocStatus::Ready;
        QTest::newRow("before the evaluator's assignment began")
            << QStringLiteral("evaluator-4") << june << BlocStatus::Ready;
    }

    void anEvaluationCountsOnlyFromTheAssignedEvaluator()
    {
        QFETCH(QString, signer);
        QFETCH(QDateTime, signedAt);
        QFETCH(BlocStatus, status);
        QList<Assignment> assignments = assignedPair();
        assignments << Assignment { QStringLiteral("evaluator-3"), Role::Evaluator,
                                    at("2026-01-01T00:00:00Z"), at("2026-05-01T00:00:00Z") }
                    << Assignment { QStringLiteral("evaluator-4"),
                                    Role::Evaluator,
                                    at("2026-07-01T00:00:00Z"),
                                    {} };
        const BlocEvaluation result { "K4", true, QDate(2026, 6, 1), signer, signedAt };
        const CandidateProgress progress
            = ProgressEngine(makeReferentiel())
                  .evaluate({ acquire("K4", 4), assignments, { result } }, kToday);
        QCOMPARE(progress.blocs[1].status, status);
    }

    void certificationObtained_data()
    {
        QTest::addColumn<QList<BlocEvaluation>>("evaluations");
        QTest::addColumn<bool>("obtained");

        const QList<BlocEvaluation> all { evaluated("R", true, QDate(2024, 1, 10)),
                                          evaluated("K4", true, QDate(2025, 6, 1)),
                                          evaluated("K5", true, QDate(2026, 1, 1)),
                                          evaluated("K6", true, QDate(2026, 6, 1)) };
        QTest::newRow("every bloc validated") << all << true;
        QTest::newRow("one bloc missing") << all.mid(1) << false;
        QTest::newRow("one bloc not validated")
            << (all.mid(0, 3) + QList<BlocEvaluation> { evaluated("K6", false, QDate(2026, 6, 1)) })
            << false;
        QTest::newRow("one bloc expired")
            << (QList<BlocEvaluation> { evaluated("R", true, QDate(2021, 11, 22)) } + all.mid(1))
            << false;
        QTest::newRow("oldest bloc valid its last day")
            << (QList<BlocEvaluation> { evaluated("R", true, QDate(2021, 11, 23)) } + all.mid(1))
            << true;
        QTest::newRow("nothing evaluated") << QList<BlocEvaluation> {} << false;
    }

    void certificationObtained()
    {
        QFETCH(QList<BlocEvaluation>, evaluations);
        QFETCH(bool, obtained);
        const Referentiel ref = makeReferentiel();
        const CandidateProgress progress
            = ProgressEngine(ref).evaluate({ {}, assignedPair(), evaluations }, kToday);
        QCOMPARE(progress.obtained, obtained);
    }
};

QTEST_GUILESS_MAIN(TestProgressEngine)
#include "tst_progressengine.moc"
