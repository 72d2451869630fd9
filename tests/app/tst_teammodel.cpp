// SPDX-License-Identifier: GPL-3.0-or-later
// The manager's team on a real vault: every followed candidate with their blocs under the
// rules, found by name (accents ignored), sorted by name, progress or a bloc, counted per
// bloc; a sync that moves one candidate reads that candidate again, not the team.
#include "team/teammodel.h"
#include "teamfixture.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace jalon;

namespace {

struct Team
{
    TeamFixture team;
    TeamModel model;
    QAbstractItemModelTester tester { &model,
                                      QAbstractItemModelTester::FailureReportingMode::QtTest };

    bool open()
    {
        if (!team.open(QStringLiteral("u-self"), QStringLiteral("manager"),
                       { QStringLiteral("u-élodie"), QStringLiteral("u-bruno"),
                         QStringLiteral("u-anna") }))
            return false;
        model.setSession(&team.f.session);
        return true;
    }

    QStringList names() const
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row).data(TeamModel::NameRole).toString();
        return list;
    }

    QVariant value(const QString &name, int role) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(TeamModel::NameRole).toString() == name)
                return model.index(row).data(role);
        }
        return {};
    }

    /// Both the manager (the session, signing directly) and the tutor attest a competence.
    void acquire(const QString &candidate, const QString &competence)
    {
        team.otherAttests(candidate, competence, 6, QStringLiteral("tutor"));
        QVERIFY(team.org.deliver());
        const QJsonObject body { { QStringLiteral("referentiel"), TeamFixture::ReferentielId },
                                 { QStringLiteral("version"), 1 },
                                 { QStringLiteral("competence"), competence },
                                 { QStringLiteral("role"), QStringLiteral("manager") },
                                 { QStringLiteral("criteria"),
                                   QJsonArray::fromStringList(
                                       TeamFixture::criteria(competence, 6)) },
                                 { QStringLiteral("situation"), QStringLiteral("Au guichet") },
                                 { QStringLiteral("observed_on"), QStringLiteral("2026-08-31") } };
        QVERIFY(team.f.session.record(QStringLiteral("carnet.attest"), body, candidate));
    }
};

} // namespace

class TestTeamModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsTheFollowedCandidatesByName()
    {
        Team t;
        QVERIFY(t.open());
        QCOMPARE(t.model.totalCount(), 3);
        QCOMPARE(t.names(),
                 (QStringList { QStringLiteral("Anna"), QStringLiteral("Bruno"),
                                QStringLiteral("Élodie") }));
        QCOMPARE(t.value(QStringLiteral("Anna"), TeamModel::FollowedAsRole).toString(),
                 QStringLiteral("manager"));
        QCOMPARE(t.value(QStringLiteral("Anna"), TeamModel::ReferentielIdRole).toString(),
                 TeamFixture::ReferentielId);
        QCOMPARE(t.value(QStringLiteral("Anna"), TeamModel::CompetencesRole).toInt(), 18);
        QCOMPARE(t.value(QStringLiteral("Anna"), TeamModel::BlocCountRole).toInt(), 4);
        const QVariantList referentiels = t.model.referentiels();
        QCOMPARE(referentiels.size(), 1);
        QCOMPARE(referentiels.first().toMap().value(QStringLiteral("candidates")).toInt(), 3);
    }

    void findsByNameIgnoringCaseAndAccents()
    {
        Team t;
        QVERIFY(t.open());
        t.model.setFilter(QStringLiteral("elo"));
        QCOMPARE(t.names(), QStringList { QStringLiteral("Élodie") });
        t.model.setFilter(QStringLiteral("ÉLODIE"));
        QCOMPARE(t.names(), QStringList { QStringLiteral("Élodie") });
        t.model.setFilter(QStringLiteral("zz"));
        QCOMPARE(t.model.count(), 0);
        t.model.setFilter({});
        QCOMPARE(t.model.count(), 3);
    }

    void sortsAndCountsByBloc()
    {
        Team t;
        QVERIFY(t.open());
        // Bruno has 5 of B1's 6 competences: B1 is ready for him (80 %); Anna has one.
        for (int c = 1; c <= 5; ++c)
            t.acquire(QStringLiteral("u-bruno"), QStringLiteral("B1.C%1").arg(c));
        t.acquire(QStringLiteral("u-anna"), QStringLiteral("B1.C1"));
        t.model.setReferentielId(TeamFixture::ReferentielId);
        const QVariantMap b1 = t.model.blocColumns().first().toMap();
        QCOMPARE(b1.value(QStringLiteral("id")).toString(), QStringLiteral("B1"));
        QCOMPARE(b1.value(QStringLiteral("ready")).toInt(), 1);
        QCOMPARE(b1.value(QStringLiteral("inProgress")).toInt(), 1);
        QCOMPARE(b1.value(QStringLiteral("notStarted")).toInt(), 1);
        const QVariantList bruno = t.value(QStringLiteral("Bruno"), TeamModel::BlocsRole).toList();
        QCOMPARE(bruno.first().toMap().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ready"));
        QCOMPARE(bruno.first().toMap().value(QStringLiteral("acquired")).toInt(), 5);

        t.model.setSortKey(QStringLiteral("B1"));
        t.model.setSortDescending(true);
        QCOMPARE(t.names(),
                 (QStringList { QStringLiteral("Bruno"), QStringLiteral("Anna"),
                                QStringLiteral("Élodie") }));
        t.model.setSortKey(QStringLiteral("progress"));
        t.model.setSortDescending(false);
        QCOMPARE(t.names(),
                 (QStringList { QStringLiteral("Élodie"), QStringLiteral("Anna"),
                                QStringLiteral("Bruno") }));
        QCOMPARE(t.value(QStringLiteral("Bruno"), TeamModel::AcquiredRole).toInt(), 5);
        QCOMPARE(t.value(QStringLiteral("Bruno"), TeamModel::ReadyBlocsRole).toInt(), 1);
    }

    void followsTheJournal()
    {
        Team t;
        QVERIFY(t.open());
        QCOMPARE(t.value(QStringLiteral("Anna"), TeamModel::AcquiredRole).toInt(), 0);
        t.acquire(QStringLiteral("u-anna"), QStringLiteral("B2.C1"));
        QCOMPARE(t.value(QStringLiteral("Anna"), TeamModel::AcquiredRole).toInt(), 1);
        // The centre assigns a new candidate: the team grows at the next sync.
        t.team.org.person(QStringLiteral("u-david"), QStringLiteral("David"),
                          QStringLiteral("candidate"), TeamFixture::Enrolled,
                          TeamFixture::ReferentielId);
        t.team.org.assign(QStringLiteral("u-david"), QStringLiteral("u-self"),
                          QStringLiteral("manager"), TeamFixture::Enrolled);
        QVERIFY(t.team.org.deliver());
        QCOMPARE(t.model.totalCount(), 4);
        t.team.org.unassign(QStringLiteral("u-bruno"), QStringLiteral("u-self"),
                            QStringLiteral("manager"), t.team.now);
        QVERIFY(t.team.org.deliver());
        QCOMPARE(t.names(),
                 (QStringList { QStringLiteral("Anna"), QStringLiteral("David"),
                                QStringLiteral("Élodie") }));
    }
};

QTEST_MAIN(TestTeamModel)
#include "tst_teammodel.moc"
