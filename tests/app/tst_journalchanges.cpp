// SPDX-License-Identifier: GPL-3.0-or-later
// Each page reads again only what a journal change concerns, on a real vault: a manager
// follows three candidates with several pages open; a candidate's self-assessment moves
// the bilan only, a tutor's attestation moves that candidate's carnet, form, team row and
// reminders only, an organisation event moves everything; a keystroke in the attestation
// form tells the situation and what it may be refused for, not the criteria.
#include "candidate/carnetmodel.h"
#include "home/remindersmodel.h"
#include "team/attestationform.h"
#include "team/bilanmodel.h"
#include "team/teammodel.h"
#include "teamfixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace jalon;

namespace {

const QString Anna = QStringLiteral("u-anna");
const QString Bruno = QStringLiteral("u-bruno");

// The pages a manager may have open at once, each with a spy on its reloads.
struct OpenPages
{
    TeamFixture team;
    CarnetModel annaCarnet, brunoCarnet;
    BilanModel brunoBilan;
    TeamModel dashboard;
    RemindersModel reminders;
    AttestationForm annaForm;

    bool open()
    {
        if (!team.open(QStringLiteral("u-self"), QStringLiteral("manager"),
                       { Anna, Bruno, QStringLiteral("u-élodie") }))
            return false;
        for (auto [model, candidate] :
             { std::pair { &annaCarnet, Anna }, { &brunoCarnet, Bruno } }) {
            model->setCandidateId(candidate);
            model->setSession(&team.f.session);
        }
        brunoBilan.setCandidateId(Bruno);
        brunoBilan.setSession(&team.f.session);
        dashboard.setSession(&team.f.session);
        reminders.setSession(&team.f.session);
        annaForm.setCandidateId(Anna);
        annaForm.setCompetenceId(QStringLiteral("B1.C1"));
        annaForm.setSession(&team.f.session);
        return annaForm.criteriaCount() > 0;
    }
};

struct Spies
{
    explicit Spies(OpenPages &pages)
        : annaCarnet(&pages.annaCarnet, &CarnetModel::reloaded)
        , brunoCarnet(&pages.brunoCarnet, &CarnetModel::reloaded)
        , brunoBilan(&pages.brunoBilan, &BilanModel::reloaded)
        , dashboardReset(&pages.dashboard, &QAbstractItemModel::modelReset)
        , dashboardRows(&pages.dashboard, &QAbstractItemModel::dataChanged)
        , reminders(&pages.reminders, &RemindersModel::reloaded)
        , annaForm(&pages.annaForm, &AttestationForm::subjectChanged)
    {
    }

    QSignalSpy annaCarnet, brunoCarnet, brunoBilan, dashboardReset, dashboardRows, reminders,
        annaForm;
};

QStringList reminderTexts(const RemindersModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row).data(RemindersModel::TextRole).toString();
    return texts;
}

} // namespace

class TestJournalChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aSelfAssessmentMovesTheBilanOnly()
    {
        OpenPages pages;
        QVERIFY(pages.open());
        Spies spies(pages);
        QSignalSpy told(&pages.team.f.session, &Session::journalChanged);
        pages.team.candidateSigns(Bruno, QStringLiteral("diagnostic.answer"),
                                  { { QStringLiteral("referentiel"), TeamFixture::ReferentielId },
                                    { QStringLiteral("version"), 1 },
                                    { QStringLiteral("activity"), QStringLiteral("F1.1") },
                                    { QStringLiteral("level"), 2 } });
        QVERIFY(pages.team.org.deliver());
        QCOMPARE(told.count(), 1);
        QCOMPARE(spies.brunoBilan.count(), 1);
        QCOMPARE(spies.annaCarnet.count(), 0);
        QCOMPARE(spies.brunoCarnet.count(), 0);
        QCOMPARE(spies.dashboardReset.count(), 0);
        QCOMPARE(spies.dashboardRows.count(), 0);
        QCOMPARE(spies.reminders.count(), 0);
        QCOMPARE(spies.annaForm.count(), 0);
    }

    void anAttestationMovesItsCandidateOnly()
    {
        OpenPages pages;
        QVERIFY(pages.open());
        Spies spies(pages);
        pages.team.otherAttests(Anna, QStringLiteral("B1.C1"), 6, QStringLiteral("tutor"));
        QVERIFY(pages.team.org.deliver());
        QCOMPARE(spies.annaCarnet.count(), 1);
        QCOMPARE(spies.annaForm.count(), 1);
        QCOMPARE(spies.brunoCarnet.count(), 0);
        QCOMPARE(spies.brunoBilan.count(), 0);
        // The dashboard tells Anna's row alone, in place.
        QCOMPARE(spies.dashboardReset.count(), 0);
        QCOMPARE(spies.dashboardRows.count(), 1);
        const QModelIndex told = spies.dashboardRows.first().at(0).value<QModelIndex>();
        QCOMPARE(told.data(TeamModel::CandidateIdRole).toString(), Anna);
        QCOMPARE(spies.dashboardRows.first().at(1).value<QModelIndex>(), told);
        // The reminders read Anna again: the same as reading the whole team.
        QCOMPARE(spies.reminders.count(), 1);
        QVERIFY(pages.reminders.totalCount() > 0); // the manager's own attestation is awaited
        RemindersModel fresh;
        fresh.setSession(&pages.team.f.session);
        QCOMPARE(reminderTexts(pages.reminders), reminderTexts(fresh));
    }

    void theOrganisationMovesEveryPage()
    {
        OpenPages pages;
        QVERIFY(pages.open());
        Spies spies(pages);
        pages.team.org.person(QStringLiteral("u-david"), QStringLiteral("David"),
                              QStringLiteral("candidate"), TeamFixture::Enrolled,
                              TeamFixture::ReferentielId);
        pages.team.org.assign(QStringLiteral("u-david"), QStringLiteral("u-self"),
                              QStringLiteral("manager"), TeamFixture::Enrolled);
        QVERIFY(pages.team.org.deliver());
        QCOMPARE(pages.dashboard.totalCount(), 4);
        for (QSignalSpy *spy : { &spies.annaCarnet, &spies.brunoCarnet, &spies.brunoBilan,
                                 &spies.dashboardReset, &spies.reminders, &spies.annaForm })
            QCOMPARE(spy->count(), 1);
    }

    void aKeystrokeTellsTheSituationOnly()
    {
        OpenPages pages;
        QVERIFY(pages.open());
        AttestationForm &form = pages.annaForm;
        QSignalSpy subject(&form, &AttestationForm::subjectChanged);
        QSignalSpy criteria(&form, &AttestationForm::criteriaChanged);
        QSignalSpy assessment(&form, &AttestationForm::assessmentChanged);
        QSignalSpy situation(&form, &AttestationForm::situationChanged);
        QSignalSpy problem(&form, &AttestationForm::problemChanged);
        form.setSituation(QStringLiteral("A"));
        form.setSituation(QStringLiteral("Au"));
        QCOMPARE(situation.count(), 2);
        QCOMPARE(problem.count(), 2);
        QCOMPARE(criteria.count(), 0); // the checklist is not drawn again
        QCOMPARE(assessment.count(), 0);
        QCOMPARE(subject.count(), 0);
        form.toggle(QStringLiteral("B1.C1.1"));
        QCOMPARE(criteria.count(), 1);
        QCOMPARE(assessment.count(), 1);
        QCOMPARE(subject.count(), 0);
        QCOMPARE(form.validatedCount(), 1);
    }
};

QTEST_MAIN(TestJournalChanges)
#include "tst_journalchanges.moc"
