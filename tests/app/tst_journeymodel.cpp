// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidate/journeymodel.h"
#include "sessionfixture.h"
#include "signedfixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace jalon;

namespace {

const QString WithVae = QStringLiteral("cqp-conseiller-entreprise");
const QString WithoutVae = QStringLiteral("cqp-conseiller-offres-service-securite-sociale");
const QDateTime Enrolled(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);

/// A candidate followed by a VAE accompanist assigned in January, and the journey model
/// on them, looked at on `today`.
struct Journey
{
    SessionFixture f;
    SignedFixtures org { f.session };
    JourneyModel model;
    QAbstractItemModelTester tester { &model,
                                      QAbstractItemModelTester::FailureReportingMode::QtTest };
    FixtureSigner *accompanist = nullptr;
    QDateTime signedAt = Enrolled; ///< each record is signed later than the one before

    bool open(QDate today = QDate(2026, 3, 1), const QString &referentiel = WithVae)
    {
        f.session.setClock([today] { return QDateTime(today, QTime(8, 0), Qt::UTC); });
        if (!f.open(referentiel) || !org.trustServer())
            return false;
        // The model follows the session's own user: the accompanist's events name it.
        accompanist = &org.person(QStringLiteral("u-accompanist"), QStringLiteral("Hélène Roux"),
                                  QStringLiteral("accompanist"), Enrolled);
        org.assign(f.session.userId(), QStringLiteral("u-accompanist"),
                   QStringLiteral("accompanist"), Enrolled);
        model.setSession(&f.session);
        return org.deliver();
    }

    void record(int number, const char *status, QDate date, const QJsonObject &more = {})
    {
        QJsonObject body { { QStringLiteral("number"), number },
                           { QStringLiteral("status"), QLatin1String(status) },
                           { QStringLiteral("date"), date.toString(Qt::ISODate) } };
        for (auto field = more.begin(); field != more.end(); ++field)
            body.insert(field.key(), field.value());
        signedAt = signedAt.addSecs(3600);
        org.sign(*accompanist, QStringLiteral("vae.session"), f.session.userId(), body, signedAt);
    }

    QVariant value(int number, int role) const { return model.index(number - 1).data(role); }
};

} // namespace

class TestJourneyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elevenSessionsNotPlanned()
    {
        Journey j;
        QVERIFY(j.open());
        QCOMPARE(j.model.rowCount(), 11);
        for (int number = 1; number <= 11; ++number) {
            QCOMPARE(j.value(number, JourneyModel::NumberRole).toInt(), number);
            QCOMPARE(j.value(number, JourneyModel::StatusRole).toString(),
                     QStringLiteral("notPlanned"));
            QVERIFY(!j.value(number, JourneyModel::DateRole).toDate().isValid());
            QCOMPARE(j.value(number, JourneyModel::NotesRole).toString(), QString());
            QCOMPARE(j.value(number, JourneyModel::SectionsRole).toString(), QString());
        }
        QCOMPARE(j.model.heldCount(), 0);
        QCOMPARE(j.model.plannedCount(), 0);
        QCOMPARE(j.model.months(), 9);
        QVERIFY(j.model.nextSession().isEmpty());
        const QVariantList milestones = j.model.milestones();
        QCOMPARE(milestones.size(), 4);
        QStringList ids;
        for (const QVariant &milestone : milestones)
            ids << milestone.toMap().value(QStringLiteral("id")).toString();
        QCOMPARE(ids,
                 (QStringList { QStringLiteral("rh"), QStringLiteral("faisabilite"),
                                QStringLiteral("livret"), QStringLiteral("oral") }));
        QCOMPARE(milestones[1].toMap().value(QStringLiteral("duration")).toString(),
                 QStringLiteral("1 h à 1 h 30"));
        QVERIFY(!milestones[0].toMap().value(QStringLiteral("label")).toString().isEmpty());
    }

    void recordedSessionsFillRows()
    {
        Journey j;
        QVERIFY(j.open());
        j.record(1, "held", QDate(2026, 2, 10),
                 { { QStringLiteral("notes"),
                     QStringLiteral("Lecture du référentiel, choix des activités") },
                   { QStringLiteral("next_steps"), QStringLiteral("Rédiger CP1") },
                   { QStringLiteral("sections"),
                     QJsonArray { QStringLiteral("CP1"), QStringLiteral("CP2") } } });
        j.record(2, "planned", QDate(2026, 3, 10));
        j.record(3, "cancelled", QDate(2026, 3, 24));
        j.record(12, "planned", QDate(2026, 12, 1)); // beyond the path's 11: not a row
        QVERIFY(j.org.deliver());
        QCOMPARE(j.model.rowCount(), 11);
        QCOMPARE(j.value(1, JourneyModel::StatusRole).toString(), QStringLiteral("held"));
        QCOMPARE(j.value(1, JourneyModel::DateRole).toDate(), QDate(2026, 2, 10));
        QCOMPARE(j.value(1, JourneyModel::NotesRole).toString(),
                 QStringLiteral("Lecture du référentiel, choix des activités"));
        QCOMPARE(j.value(1, JourneyModel::NextStepsRole).toString(), QStringLiteral("Rédiger CP1"));
        QCOMPARE(j.value(1, JourneyModel::SectionsRole).toString(), QStringLiteral("CP1, CP2"));
        QCOMPARE(j.value(2, JourneyModel::StatusRole).toString(), QStringLiteral("planned"));
        QCOMPARE(j.value(3, JourneyModel::StatusRole).toString(), QStringLiteral("cancelled"));
        QCOMPARE(j.value(4, JourneyModel::StatusRole).toString(), QStringLiteral("notPlanned"));
        QCOMPARE(j.model.heldCount(), 1);
        QCOMPARE(j.model.plannedCount(), 1);

        j.record(2, "held", QDate(2026, 3, 10),
                 { { QStringLiteral("notes"), QStringLiteral("Premier jet de CP1 relu") } });
        QVERIFY(j.org.deliver());
        QCOMPARE(j.value(2, JourneyModel::StatusRole).toString(), QStringLiteral("held"));
        QCOMPARE(j.model.heldCount(), 2);
        QCOMPARE(j.model.plannedCount(), 0);
    }

    // Only the candidate's accompanist records their sessions: one signed by a tutor, or by
    // an accompanist of someone else, changes nothing on the device, even over a session
    // the accompanist had recorded, whatever the server let through.
    void onlyTheAssignedAccompanistRecordsSessions()
    {
        Journey j;
        QVERIFY(j.open());
        j.record(1, "held", QDate(2026, 2, 10));
        FixtureSigner &tutor
            = j.org.person(QStringLiteral("u-tutor"), QStringLiteral("Claire Dubois"),
                           QStringLiteral("tutor"), Enrolled);
        j.org.assign(j.f.session.userId(), QStringLiteral("u-tutor"), QStringLiteral("tutor"),
                     Enrolled);
        FixtureSigner &other = j.org.person(QStringLiteral("u-other"), QStringLiteral("Luc Morel"),
                                            QStringLiteral("accompanist"), Enrolled);
        const QDateTime later = j.signedAt.addDays(1);
        for (FixtureSigner *signer : { &tutor, &other }) {
            j.org.sign(*signer, QStringLiteral("vae.session"), j.f.session.userId(),
                       { { QStringLiteral("number"), 1 },
                         { QStringLiteral("status"), QStringLiteral("cancelled") },
                         { QStringLiteral("date"), QStringLiteral("2026-02-10") } },
                       later);
            j.org.sign(*signer, QStringLiteral("vae.session"), j.f.session.userId(),
                       { { QStringLiteral("number"), 5 },
                         { QStringLiteral("status"), QStringLiteral("planned") },
                         { QStringLiteral("date"), QStringLiteral("2026-04-10") } },
                       later);
        }
        QVERIFY(j.org.deliver());
        QCOMPARE(j.value(1, JourneyModel::StatusRole).toString(), QStringLiteral("held"));
        QCOMPARE(j.value(5, JourneyModel::StatusRole).toString(), QStringLiteral("notPlanned"));
        QCOMPARE(j.model.plannedCount(), 0);
    }

    void nextSession_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("number"); // 0: none
        QTest::addColumn<QDate>("date");
        QTest::newRow("a held one is not next") << QDate(2026, 2, 1) << 2 << QDate(2026, 3, 10);
        QTest::newRow("the day before") << QDate(2026, 3, 9) << 2 << QDate(2026, 3, 10);
        QTest::newRow("on its day") << QDate(2026, 3, 10) << 2 << QDate(2026, 3, 10);
        QTest::newRow("the day after, cancelled skipped")
            << QDate(2026, 3, 11) << 3 << QDate(2026, 4, 7);
        QTest::newRow("after the last planned") << QDate(2026, 4, 8) << 0 << QDate();
    }

    void nextSession()
    {
        QFETCH(QDate, today);
        QFETCH(int, number);
        Journey j;
        QVERIFY(j.open(today));
        j.record(1, "held", QDate(2026, 2, 10));
        j.record(2, "planned", QDate(2026, 3, 10));
        j.record(4, "cancelled", QDate(2026, 3, 24));
        j.record(3, "planned", QDate(2026, 4, 7));
        QVERIFY(j.org.deliver());
        const QVariantMap next = j.model.nextSession();
        QCOMPARE(next.isEmpty(), number == 0);
        QCOMPARE(next.value(QStringLiteral("number"), 0).toInt(), number);
        QTEST(next.value(QStringLiteral("date")).toDate(), "date");
    }

    void noVaePathMeansNoRows()
    {
        Journey j;
        QVERIFY(j.open());
        QCOMPARE(j.model.rowCount(), 11);
        j.record(1, "planned", QDate(2026, 3, 10));
        QVERIFY(j.org.deliver());
        QVERIFY(j.f.session.chooseReferentiel(WithoutVae));
        QCOMPARE(j.model.rowCount(), 0);
        QCOMPARE(j.model.plannedCount(), 0);
        QCOMPARE(j.model.months(), 0);
        QVERIFY(j.model.milestones().isEmpty());
        QVERIFY(j.model.nextSession().isEmpty());
    }
};

QTEST_MAIN(TestJourneyModel)
#include "tst_journeymodel.moc"
