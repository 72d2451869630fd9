// SPDX-License-Identifier: GPL-3.0-or-later
// The home page's reminders on a real vault: a VAE session in the next 7 days, an
// attestation waiting for the person, a bloc whose validity ends within 6 months, and
// changes the centre has not received for 3 days.
#include "home/remindersmodel.h"
#include "teamfixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace jalon;

namespace {

const QString Camille = QStringLiteral("u-camille");
const QString Bruno = QStringLiteral("u-bruno");

QStringList kinds(const RemindersModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row).data(RemindersModel::KindRole).toString();
    return list;
}

QString textOf(const RemindersModel &model, const QString &kind)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(RemindersModel::KindRole).toString() == kind)
            return model.index(row).data(RemindersModel::TextRole).toString();
    }
    return {};
}

} // namespace

class TestRemindersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aManagerIsRemindedOfWhatWaitsForThem()
    {
        TeamFixture team;
        QVERIFY(team.open(QStringLiteral("u-self"), QStringLiteral("manager"), { Camille, Bruno }));
        RemindersModel reminders;
        reminders.setSession(&team.f.session);
        QCOMPARE(reminders.count(), 0);

        // The tutor attested Camille's B1.C1: the manager's attestation is awaited.
        team.otherAttests(Camille, QStringLiteral("B1.C1"), 5, QStringLiteral("tutor"));
        // Below the threshold: nothing awaits the manager yet for B1.C2.
        team.otherAttests(Camille, QStringLiteral("B1.C2"), 1, QStringLiteral("tutor"));
        QVERIFY(team.org.deliver());
        QCOMPARE(kinds(reminders), QStringList { QStringLiteral("coAttestation") });
        QVERIFY(
            textOf(reminders, QStringLiteral("coAttestation")).contains(QLatin1String("B1.C1")));
        QCOMPARE(reminders.index(0).data(RemindersModel::CandidateIdRole).toString(), Camille);

        // One line per candidate, however many competences wait; a page shows a few.
        team.otherAttests(Camille, QStringLiteral("B1.C3"), 6, QStringLiteral("tutor"));
        team.otherAttests(Bruno, QStringLiteral("B2.C1"), 6, QStringLiteral("tutor"));
        QVERIFY(team.org.deliver());
        QCOMPARE(reminders.count(), 2);
        QStringList texts;
        for (int row = 0; row < reminders.rowCount(); ++row)
            texts << reminders.index(row).data(RemindersModel::TextRole).toString();
        QVERIFY2(texts.filter(QStringLiteral("Camille: B1.C1, B1.C3")).size() == 1,
                 qPrintable(texts.join(QLatin1Char('|'))));
        reminders.setLimit(1);
        QCOMPARE(reminders.count(), 1);
        QCOMPARE(reminders.totalCount(), 2);
    }

    void sessionsSoonAndBlocsExpiring()
    {
        TeamFixture team;
        team.referentiel = QStringLiteral("cqp-conseiller-entreprise");
        QVERIFY(team.open(QStringLiteral("u-self"), QStringLiteral("accompanist"), { Camille }));
        RemindersModel reminders;
        reminders.setSession(&team.f.session);
        auto session = [&](int number, QDate day) {
            return team.f.session.record(QStringLiteral("vae.session"),
                                         { { QStringLiteral("number"), number },
                                           { QStringLiteral("status"), QStringLiteral("planned") },
                                           { QStringLiteral("date"), day.toString(Qt::ISODate) } },
                                         Camille);
        };
        QVERIFY(session(1, QDate(2026, 9, 8))); // in 7 days (today is 1 September)
        QVERIFY(session(2, QDate(2026, 9, 9))); // in 8 days: not yet
        QVERIFY(session(3, QDate(2026, 8, 31))); // yesterday: past
        QCOMPARE(kinds(reminders), QStringList { QStringLiteral("session") });
        QVERIFY(textOf(reminders, QStringLiteral("session")).contains(QLatin1String("Camille")));

        // An evaluator validated B1 five years ago less four months: it ends within 6 months.
        FixtureSigner &evaluator
            = team.org.person(QStringLiteral("u-eval"), QStringLiteral("Nadia"),
                              QStringLiteral("evaluator"), TeamFixture::Enrolled);
        team.org.assign(Camille, QStringLiteral("u-eval"), QStringLiteral("evaluator"),
                        TeamFixture::Enrolled);
        team.org.sign(evaluator, QStringLiteral("bloc.evaluate"), Camille,
                      { { QStringLiteral("referentiel"), team.referentiel },
                        { QStringLiteral("version"), 1 },
                        { QStringLiteral("bloc"), QStringLiteral("B1") },
                        { QStringLiteral("validated"), true },
                        { QStringLiteral("date"), QStringLiteral("2022-01-10") } },
                      QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(team.org.deliver());
        QCOMPARE(kinds(reminders),
                 (QStringList { QStringLiteral("session"), QStringLiteral("expiring") }));
        QVERIFY(textOf(reminders, QStringLiteral("expiring")).contains(QLatin1String("B1")));
    }

    void changesNotSentForThreeDays()
    {
        TeamFixture team;
        QVERIFY(team.open(QStringLiteral("u-self"), QStringLiteral("tutor"), { Camille }));
        RemindersModel reminders;
        reminders.setSession(&team.f.session);
        QVERIFY(team.f.session.record(
            QStringLiteral("carnet.revoke"),
            { { QStringLiteral("attestation"), QString(43, QLatin1Char('A')) },
              { QStringLiteral("reason"), QStringLiteral("Essai") } },
            Camille));
        QCOMPARE(reminders.count(), 0); // made just now
        team.now = team.now.addDays(3).addSecs(60);
        team.f.session.tellEverything(); // as when the profile opens again
        QCOMPARE(kinds(reminders), QStringList { QStringLiteral("unsynced") });
        QVERIFY(textOf(reminders, QStringLiteral("unsynced")).contains(QLatin1String("3 days")));
    }
};

QTEST_MAIN(TestRemindersModel)
#include "tst_remindersmodel.moc"
