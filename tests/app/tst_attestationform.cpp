// SPDX-License-Identifier: GPL-3.0-or-later
// A tutor attests offline, step by step, on a real vault: what blocks signing, what the
// review says signing changes, the passphrase asked again after the grace period, and
// withdrawing one's own attestation (never someone else's).
#include "candidate/carnetmodel.h"
#include "team/attestationform.h"
#include "teamfixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace jalon;

namespace {

const QString Camille = QStringLiteral("u-camille");
const QString Attested = QStringLiteral("B1.C1"); // 5 criteria: 4 reach the 80 % threshold

struct Attesting
{
    TeamFixture team;
    AttestationForm form;
    CarnetModel carnet;

    bool open(const QString &role = QStringLiteral("tutor"))
    {
        if (!team.open(QStringLiteral("u-self"), role, { Camille }))
            return false;
        form.setSession(&team.f.session);
        form.setCandidateId(Camille);
        form.setCompetenceId(Attested);
        carnet.setSession(&team.f.session);
        carnet.setCandidateId(Camille);
        return true;
    }

    void fill(int ticked)
    {
        form.setChecked(TeamFixture::criteria(Attested, ticked));
        form.setSituation(QStringLiteral("Accueil d'un assuré venu pour un arrêt de travail"));
        form.setObservedOn(QDate(2026, 8, 31));
    }

    /// Signs and waits for the outcome: the new event's id, or empty with `failure` set.
    QString sign(const QString &passphrase = {})
    {
        QSignalSpy signedSpy(&form, &AttestationForm::signedAttestation);
        QSignalSpy failedSpy(&form, &AttestationForm::failed);
        form.sign(passphrase);
        if (signedSpy.isEmpty() && failedSpy.isEmpty())
            (void)QTest::qWaitFor([&] { return !signedSpy.isEmpty() || !failedSpy.isEmpty(); },
                                  10000);
        failure = failedSpy.isEmpty() ? QString() : failedSpy.first().first().toString();
        return signedSpy.isEmpty() ? QString() : signedSpy.first().first().toString();
    }
    QString failure;

    QString status() const
    {
        for (int row = 0; row < carnet.rowCount(); ++row) {
            if (carnet.index(row).data(CarnetModel::CompetenceIdRole).toString() == Attested)
                return carnet.index(row).data(CarnetModel::StatusRole).toString();
        }
        return {};
    }
};

} // namespace

class TestAttestationForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheCriteriaInTheReferentielsWords()
    {
        Attesting a;
        QVERIFY(a.open());
        QCOMPARE(a.form.candidateName(), QStringLiteral("Camille"));
        QCOMPARE(a.form.role(), QStringLiteral("tutor"));
        QCOMPARE(a.form.criteriaCount(), 5);
        QCOMPARE(a.form.neededCount(), 4);
        const jalon::Competence *c
            = a.team.f.session.referentielOf(Camille)->findCompetence(Attested);
        QCOMPARE(a.form.competenceLabel(), c->label);
        const QVariantMap first = a.form.criteria().first().toMap();
        QCOMPARE(first.value(QStringLiteral("label")).toString(), c->criteria.first().label);
        QCOMPARE(first.value(QStringLiteral("checked")).toBool(), false);
        a.form.toggle(QStringLiteral("B1.C1.3"));
        a.form.toggle(QStringLiteral("B1.C1.1"));
        QCOMPARE(a.form.checked(),
                 (QStringList { QStringLiteral("B1.C1.1"),
                                QStringLiteral("B1.C1.3") })); // référentiel order
        a.form.toggle(QStringLiteral("B1.C1.3"));
        QCOMPARE(a.form.checked(), QStringList { QStringLiteral("B1.C1.1") });
        a.form.setChecked({ QStringLiteral("B2.C1.1"),
                            QStringLiteral("B1.C1.2") }); // another competence's: dropped
        QCOMPARE(a.form.checked(), QStringList { QStringLiteral("B1.C1.2") });
    }

    void saysWhatIsMissingBeforeSigning()
    {
        Attesting a;
        QVERIFY(a.open());
        QVERIFY(a.form.problem().contains(QLatin1String("criteria")));
        a.form.setChecked(TeamFixture::criteria(Attested, 4));
        QVERIFY(a.form.problem().contains(QLatin1String("situation")));
        a.form.setSituation(QStringLiteral("   "));
        QVERIFY(a.form.problem().contains(QLatin1String("situation")));
        a.form.setSituation(QStringLiteral("Au guichet"));
        a.form.setObservedOn(QDate(2026, 9, 2)); // tomorrow
        QVERIFY(a.form.problem().contains(QLatin1String("today")));
        a.form.setObservedOn(QDate(2026, 9, 1));
        QCOMPARE(a.form.problem(), QString());
        QVERIFY(!a.sign().isEmpty()); // complete: it signs
    }

    void refusesACandidateNotAssigned()
    {
        Attesting a;
        QVERIFY(a.open());
        a.form.setCandidateId(QStringLiteral("u-stranger"));
        a.fill(5);
        QVERIFY(!a.form.problem().isEmpty());
        QVERIFY(a.sign().isEmpty());
        QVERIFY(!a.failure.isEmpty());
        QCOMPARE(a.team.f.session.journal()->lastOwnSeq(), 0);
    }

    void reviewSaysWhatSigningChanges_data()
    {
        QTest::addColumn<int>("ticked");
        QTest::addColumn<int>("managerTicked"); // 0: the manager has not attested
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("status");
        QTest::newRow("below the threshold") << 3 << 5 << "Below the threshold"
                                             << "inProgress";
        QTest::newRow("waits for the manager") << 4 << 0 << "will still need"
                                               << "inProgress";
        QTest::newRow("manager below the threshold") << 5 << 3 << "will still need"
                                                     << "inProgress";
        QTest::newRow("completes it") << 4 << 4 << "becomes acquired"
                                      << "acquired";
    }

    void reviewSaysWhatSigningChanges()
    {
        QFETCH(int, ticked);
        QFETCH(int, managerTicked);
        QFETCH(QString, words);
        QFETCH(QString, status);
        Attesting a;
        QVERIFY(a.open());
        if (managerTicked > 0) {
            a.team.otherAttests(Camille, Attested, managerTicked, QStringLiteral("manager"));
            QVERIFY(a.team.org.deliver());
        }
        a.fill(ticked);
        QVERIFY2(a.form.outcome().contains(words), qPrintable(a.form.outcome()));
        QVERIFY(!a.sign().isEmpty());
        QCOMPARE(a.status(), status);
    }

    void signsOfflineAndShowsItPending()
    {
        Attesting a;
        QVERIFY(a.open());
        a.fill(5);
        const QString id = a.sign();
        QVERIFY2(!id.isEmpty(), qPrintable(a.failure));
        const QVariantList attestations
            = a.carnet.competence(Attested).value(QStringLiteral("attestations")).toList();
        QCOMPARE(attestations.size(), 1);
        const QVariantMap mine = attestations.first().toMap();
        QCOMPARE(mine.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(mine.value(QStringLiteral("synced")).toBool(),
                 false); // the centre cannot be reached
        QCOMPARE(mine.value(QStringLiteral("own")).toBool(), true);
        QCOMPARE(mine.value(QStringLiteral("attester")).toString(),
                 QStringLiteral("Claire Dubois"));
        QCOMPARE(mine.value(QStringLiteral("situation")).toString(),
                 QStringLiteral("Accueil d'un assuré venu pour un arrêt de travail"));
        QCOMPARE(a.team.f.session.sync()->pendingCount(), 1);
    }

    void asksThePassphraseAgainAfterTheGrace()
    {
        Attesting a;
        QVERIFY(a.open());
        a.fill(4);
        QVERIFY(!a.form.needsPassphrase());
        a.team.now = a.team.now.addSecs((Session::SigningGraceMinutes + 1) * 60);
        QVERIFY(a.form.needsPassphrase());
        QVERIFY(a.sign().isEmpty());
        QVERIFY(a.failure.contains(QLatin1String("passphrase")));
        QVERIFY(a.sign(QStringLiteral("pas la bonne phrase")).isEmpty());
        QVERIFY(a.failure.contains(QLatin1String("wrong")));
        QCOMPARE(a.team.f.session.journal()->lastOwnSeq(), 0); // nothing signed
        QVERIFY(!a.sign(SessionFixture::Passphrase).isEmpty());
        QVERIFY(!a.form.needsPassphrase()); // typed just now: the next one needs none
    }

    void withdrawsOnlyItsOwn()
    {
        Attesting a;
        QVERIFY(a.open());
        const Event others = a.team.otherAttests(Camille, Attested, 5, QStringLiteral("manager"));
        QVERIFY(a.team.org.deliver());
        a.fill(5);
        const QString mine = a.sign();
        QVERIFY(!mine.isEmpty());
        QCOMPARE(a.status(), QStringLiteral("acquired"));

        QVERIFY(!a.carnet.revoke(others.idText(), QStringLiteral("Erreur")));
        QVERIFY(!a.carnet.revoke(mine, QStringLiteral("  ")));
        QVERIFY(a.carnet.revoke(mine, QStringLiteral("Observé sur une autre personne")));
        QCOMPARE(a.status(), QStringLiteral("inProgress"));
        QVariantMap withdrawn;
        for (const QVariant &item :
             a.carnet.competence(Attested).value(QStringLiteral("attestations")).toList()) {
            if (item.toMap().value(QStringLiteral("id")).toString() == mine)
                withdrawn = item.toMap();
        }
        QCOMPARE(withdrawn.value(QStringLiteral("revoked")).toBool(), true);
        QCOMPARE(withdrawn.value(QStringLiteral("revokeReason")).toString(),
                 QStringLiteral("Observé sur une autre personne"));
        QVERIFY(!a.carnet.revoke(mine, QStringLiteral("Encore"))); // already withdrawn
    }

    void aManagerCoAttestsTheSameWay()
    {
        Attesting a;
        QVERIFY(a.open(QStringLiteral("manager")));
        a.team.otherAttests(Camille, Attested, 4, QStringLiteral("tutor"));
        QVERIFY(a.team.org.deliver());
        a.fill(4);
        QCOMPARE(a.form.role(), QStringLiteral("manager"));
        QVERIFY(a.form.outcome().contains(QLatin1String("becomes acquired")));
        QVERIFY(!a.sign().isEmpty());
        QCOMPARE(a.status(), QStringLiteral("acquired"));
    }
};

QTEST_MAIN(TestAttestationForm)
#include "tst_attestationform.moc"
