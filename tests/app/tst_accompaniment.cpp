// SPDX-License-Identifier: GPL-3.0-or-later
// The VAE accompanist on a real vault: the path's sessions planned from a start date
// (spread over the months, held ones kept), a session recorded, the livret read and
// commented; and the evaluator recording a bloc's result with its validity end.
#include "candidate/carnetmodel.h"
#include "candidate/journeymodel.h"
#include "candidate/livretmodel.h"
#include "rules/vaeplan.h"
#include "teamfixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace jalon;

namespace {

const QString Camille = QStringLiteral("u-camille");
const QString WithVae = QStringLiteral("cqp-conseiller-entreprise");

} // namespace

class TestAccompaniment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void spreadsSessionsOverTheMonths()
    {
        const QList<QDate> dates = spreadSessions(QDate(2026, 9, 7), 11, 9); // a Monday
        QCOMPARE(dates.size(), 11);
        QCOMPARE(dates.first(), QDate(2026, 9, 7));
        QCOMPARE(dates.last(), QDate(2027, 6, 7)); // nine months later, a Monday
        for (int i = 1; i < dates.size(); ++i) {
            QVERIFY(dates[i] > dates[i - 1]);
            QVERIFY(dates[i].dayOfWeek() <= 5); // never a week-end
            const qint64 gap = dates[i - 1].daysTo(dates[i]);
            QVERIFY2(gap >= 25 && gap <= 31, qPrintable(QString::number(gap)));
        }
        QCOMPARE(spreadSessions(QDate(2026, 9, 5), 1, 9),
                 QList<QDate> { QDate(2026, 9, 7) }); // Saturday → Monday
        QVERIFY(spreadSessions(QDate(), 11, 9).isEmpty());
    }

    void plansAndRecordsTheSessions()
    {
        TeamFixture team;
        team.referentiel = WithVae;
        QVERIFY(team.open(QStringLiteral("u-self"), QStringLiteral("accompanist"), { Camille }));
        JourneyModel journey;
        journey.setSession(&team.f.session);
        journey.setCandidateId(Camille);
        QCOMPARE(journey.count(), 11);
        QCOMPARE(journey.monthsLeft(), 9);
        QVERIFY(journey.plan(QDate(2026, 9, 7)));
        QCOMPARE(journey.plannedCount(), 11);
        QCOMPARE(journey.startDate(), QDate(2026, 9, 7));
        QCOMPARE(journey.session(11).value(QStringLiteral("date")).toDate(), QDate(2027, 6, 7));
        QCOMPARE(journey.monthsLeft(),
                 10); // from 1 September 2026 to 7 June 2027, begun months counted

        // Session 1 held with notes; then the plan moves, and session 1 stays as it was.
        team.now = QDateTime(QDate(2026, 9, 8), QTime(18, 0), Qt::UTC);
        QVERIFY(!journey.saveSession(2, QStringLiteral("held"), QDate(2026, 10, 7), {}, {},
                                     {})); // still to come
        QVERIFY(journey.saveSession(
            1, QStringLiteral("held"), QDate(2026, 9, 7), QStringLiteral("Parcours présenté"),
            QStringLiteral("Rédiger CP1"), { QStringLiteral("CP1"), QStringLiteral("CP1") }));
        QCOMPARE(journey.heldCount(), 1);
        const QVariantMap first = journey.session(1);
        QCOMPARE(first.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Parcours présenté"));
        QCOMPARE(first.value(QStringLiteral("sections")).toStringList(),
                 QStringList { QStringLiteral("CP1") });
        QVERIFY(journey.plan(QDate(2026, 10, 5)));
        QCOMPARE(journey.session(1).value(QStringLiteral("date")).toDate(), QDate(2026, 9, 7));
        QCOMPARE(journey.session(1).value(QStringLiteral("status")).toString(),
                 QStringLiteral("held"));
        QCOMPARE(journey.session(2).value(QStringLiteral("date")).toDate(),
                 spreadSessions(QDate(2026, 10, 5), 11, 9)[1]);
        QCOMPARE(team.f.session.sync()->pendingCount(),
                 22); // 11 + 1 + 10 signed vae.session, waiting to sync
    }

    void commentsTheLivret()
    {
        TeamFixture team;
        team.referentiel = WithVae;
        QVERIFY(team.open(QStringLiteral("u-self"), QStringLiteral("accompanist"), { Camille }));
        const Event edit = team.candidateSigns(
            Camille, QStringLiteral("livret.edit"),
            { { QStringLiteral("referentiel"), WithVae },
              { QStringLiteral("version"), 1 },
              { QStringLiteral("section"), QStringLiteral("CP1") },
              { QStringLiteral("base"), QJsonValue() },
              { QStringLiteral("text"),
                QStringLiteral("J'accueille les créateurs d'entreprise.") } });
        QVERIFY(team.org.deliver());
        LivretModel livret;
        livret.setSession(&team.f.session);
        livret.setCandidateId(Camille);
        QVERIFY(livret.isReviewing());
        QCOMPARE(livret.draftedCount(), 1);
        QCOMPARE(livret.totalWords(), 4); // "J/d" join their word
        livret.setDraft(QStringLiteral("CP1"),
                        QStringLiteral("Réécrit par l'accompagnateur")); // reviewing: ignored
        QCOMPARE(livret.section(QStringLiteral("CP1")).value(QStringLiteral("text")).toString(),
                 QStringLiteral("J'accueille les créateurs d'entreprise."));
        QVERIFY(!livret.comment(QStringLiteral("CP1"), QStringLiteral("  ")));
        QVERIFY(
            livret.comment(QStringLiteral("CP1"), QStringLiteral("Donnez un exemple chiffré.")));
        const QVariantList comments
            = livret.section(QStringLiteral("CP1")).value(QStringLiteral("comments")).toList();
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Donnez un exemple chiffré."));
        auto events = team.f.session.journal()->events();
        QVERIFY(events);
        QCOMPARE(events->last().body.value(QStringLiteral("edit")).toString(),
                 edit.idText()); // on the version read
    }

    void theEvaluatorRecordsABloc()
    {
        TeamFixture team;
        QVERIFY(team.open(QStringLiteral("u-self"), QStringLiteral("evaluator"), { Camille }));
        CarnetModel carnet;
        carnet.setSession(&team.f.session);
        carnet.setCandidateId(Camille);
        QCOMPARE(carnet.validUntil(QDate(2026, 6, 30)), QDate(2031, 6, 29)); // 5 years
        QVERIFY(!carnet.evaluate(QStringLiteral("B9"), true, QDate(2026, 6, 30), {}));
        QVERIFY(!carnet.evaluate(QStringLiteral("B1"), true, QDate(2026, 9, 2), {})); // tomorrow
        QVERIFY(carnet.evaluate(QStringLiteral("B1"), true, QDate(2026, 6, 30),
                                QStringLiteral("Oral solide")));
        QVERIFY(carnet.evaluate(QStringLiteral("B2"), false, QDate(2026, 6, 30), {}));
        const QVariantMap b1 = carnet.blocs().first().toMap();
        QCOMPARE(b1.value(QStringLiteral("status")).toString(), QStringLiteral("validated"));
        QCOMPARE(b1.value(QStringLiteral("validUntil")).toDate(), QDate(2031, 6, 29));
        const QVariantMap b2 = carnet.blocs().at(1).toMap();
        QCOMPARE(b2.value(QStringLiteral("evaluated")).toBool(), true);
        QCOMPARE(b2.value(QStringLiteral("validated")).toBool(), false);
    }
};

QTEST_MAIN(TestAccompaniment)
#include "tst_accompaniment.moc"
