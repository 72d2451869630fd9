// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidate/carnetmodel.h"
#include "export/pdfdocument.h"
#include "rules/blocvalidity.h"
#include "sessionfixture.h"
#include "signedfixtures.h"
#include "vault/settings.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace jalon;

namespace {

const QString ReferentielId = QStringLiteral("cqp-conseiller-offres-service-securite-sociale");
const QString Candidate = QStringLiteral("u-candidate");
const QDateTime Enrolled(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
const QDateTime Observed(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC);

QStringList criteria(const QString &competence, int count)
{
    QStringList ids;
    for (int k = 1; k <= count; ++k)
        ids << QStringLiteral("%1.%2").arg(competence).arg(k);
    return ids;
}

/// A candidate of the CQP with their tutor, manager and evaluator assigned in January,
/// and the carnet model on them, looked at on `today`.
struct Carnet
{
    SessionFixture f;
    SignedFixtures org { f.session };
    CarnetModel model;
    QAbstractItemModelTester tester { &model,
                                      QAbstractItemModelTester::FailureReportingMode::QtTest };
    FixtureSigner *tutor = nullptr;
    FixtureSigner *manager = nullptr;
    FixtureSigner *evaluator = nullptr;

    bool open(QDate today = QDate(2026, 9, 1))
    {
        f.session.setClock([today] { return QDateTime(today, QTime(12, 0), Qt::UTC); });
        if (!f.open(ReferentielId) || !org.trustServer())
            return false;
        org.person(Candidate, QStringLiteral("Camille Martin"), QStringLiteral("candidate"),
                   Enrolled, ReferentielId);
        tutor = &org.person(QStringLiteral("u-tutor"), QStringLiteral("Claire Dubois"),
                            QStringLiteral("tutor"), Enrolled);
        manager = &org.person(QStringLiteral("u-manager"), QStringLiteral("Marc Lefèvre"),
                              QStringLiteral("manager"), Enrolled);
        evaluator = &org.person(QStringLiteral("u-evaluator"), QStringLiteral("Nadia Benali"),
                                QStringLiteral("evaluator"), Enrolled);
        for (const char *role : { "tutor", "manager", "evaluator" })
            org.assign(Candidate, QStringLiteral("u-") + QLatin1String(role), QLatin1String(role),
                       Enrolled);
        model.setCandidateId(Candidate);
        model.setSession(&f.session);
        return org.deliver();
    }

    /// `signer`'s result for `bloc`, dated `date` and signed that afternoon.
    void evaluate(FixtureSigner &signer, const QString &bloc, bool validated, QDate date)
    {
        org.sign(signer, QStringLiteral("bloc.evaluate"), Candidate,
                 { { QStringLiteral("referentiel"), ReferentielId },
                   { QStringLiteral("version"), 1 },
                   { QStringLiteral("bloc"), bloc },
                   { QStringLiteral("validated"), validated },
                   { QStringLiteral("date"), date.toString(Qt::ISODate) } },
                 QDateTime(date, QTime(16, 0), Qt::UTC));
    }

    Event attest(FixtureSigner &device, const char *role, const QString &competence, int validated,
                 const QDateTime &at = Observed)
    {
        return org.sign(
            device, QStringLiteral("carnet.attest"), Candidate,
            { { QStringLiteral("referentiel"), ReferentielId },
              { QStringLiteral("version"), 1 },
              { QStringLiteral("competence"), competence },
              { QStringLiteral("role"), QLatin1String(role) },
              { QStringLiteral("criteria"),
                QJsonArray::fromStringList(criteria(competence, validated)) },
              { QStringLiteral("situation"), QStringLiteral("Accueil d'un assuré au guichet") },
              { QStringLiteral("observed_on"), at.date().toString(Qt::ISODate) } },
            at);
    }

    /// Tutor and manager both attest every criterion.
    void acquire(const QString &competence)
    {
        const int all = int(f.session.referentiel()->findCompetence(competence)->criteria.size());
        attest(*tutor, "tutor", competence, all);
        attest(*manager, "manager", competence, all);
    }

    QVariant value(const QString &competence, int role) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (index.data(CarnetModel::CompetenceIdRole).toString() == competence)
                return index.data(role);
        }
        return {};
    }
    QString status(const QString &competence) const
    {
        return value(competence, CarnetModel::StatusRole).toString();
    }
    QVariantList attestations(const QString &competence) const
    {
        return model.competence(competence).value(QStringLiteral("attestations")).toList();
    }
    QVariantMap bloc(int index) const { return model.blocs().value(index).toMap(); }
};

QString both()
{
    return roleDisplayName(Role::Tutor) + QStringLiteral(", ") + roleDisplayName(Role::Manager);
}

} // namespace

class TestCarnetModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsNotStarted()
    {
        Carnet c;
        QVERIFY(c.open());
        const Referentiel *ref = c.f.session.referentiel();
        QVERIFY(ref);
        QCOMPARE(c.model.rowCount(), ref->competenceCount());
        QCOMPARE(c.model.count(), 18);
        const QModelIndex first = c.model.index(0);
        QCOMPARE(first.data(CarnetModel::CompetenceIdRole).toString(), QStringLiteral("B1.C1"));
        QCOMPARE(first.data(CarnetModel::BlocIdRole).toString(), QStringLiteral("B1"));
        QCOMPARE(first.data(CarnetModel::BlocTitleRole).toString(), ref->blocs[0].title);
        QCOMPARE(first.data(CarnetModel::CriteriaCountRole).toInt(), 5);
        QCOMPARE(first.data(CarnetModel::TransversalRole).toBool(), false);
        QCOMPARE(c.model.index(17).data(CarnetModel::CompetenceIdRole).toString(),
                 QStringLiteral("B4.C4"));
        for (int row = 0; row < c.model.rowCount(); ++row) {
            QCOMPARE(c.model.index(row).data(CarnetModel::StatusRole).toString(),
                     QStringLiteral("notStarted"));
            QCOMPARE(c.model.index(row).data(CarnetModel::AttestationCountRole).toInt(), 0);
            QCOMPARE(c.model.index(row).data(CarnetModel::AttestedByRole).toString(), QString());
            // The page titles a bloc once, above its first competence.
            const QString bloc = c.model.index(row).data(CarnetModel::BlocIdRole).toString();
            const bool opens = row == 0
                || c.model.index(row - 1).data(CarnetModel::BlocIdRole).toString() != bloc;
            QCOMPARE(c.model.index(row).data(CarnetModel::FirstOfBlocRole).toBool(), opens);
        }
        QCOMPARE(c.model.index(0).data(CarnetModel::FirstOfBlocRole).toBool(), true);
        QCOMPARE(c.model.index(1).data(CarnetModel::FirstOfBlocRole).toBool(), false);
        QCOMPARE(c.model.acquiredCount(), 0);
        QCOMPARE(c.model.attestationCount(), 0);
        QVERIFY(!c.model.isObtained());
        const QList<int> needed { 5, 4, 3, 4 }; // 80 % of 6, 5, 3 and 4 competences
        QCOMPARE(c.model.blocs().size(), needed.size());
        for (int b = 0; b < needed.size(); ++b) {
            QCOMPARE(c.bloc(b).value(QStringLiteral("status")).toString(),
                     QStringLiteral("notStarted"));
            QCOMPARE(c.bloc(b).value(QStringLiteral("needed")).toInt(), needed[b]);
            QCOMPARE(c.bloc(b).value(QStringLiteral("thresholdPercent")).toInt(), 80);
            QCOMPARE(c.bloc(b).value(QStringLiteral("evaluated")).toBool(), false);
            QVERIFY(!c.bloc(b).value(QStringLiteral("validUntil")).toDate().isValid());
        }
    }

    void competenceStatus_data()
    {
        QTest::addColumn<QString>("competence");
        QTest::addColumn<int>("tutor"); // criteria ticked, -1: no attestation
        QTest::addColumn<int>("manager");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("attestedBy");
        const QString tutor = roleDisplayName(Role::Tutor);
        const QString manager = roleDisplayName(Role::Manager);
        QTest::newRow("tutor only") << "B1.C1" << 5 << -1 << "inProgress" << tutor;
        QTest::newRow("manager only") << "B1.C1" << -1 << 5 << "inProgress" << manager;
        QTest::newRow("both, 5 of 5") << "B1.C1" << 5 << 5 << "acquired" << both();
        QTest::newRow("both, 4 of 5") << "B1.C1" << 4 << 4 << "acquired" << both();
        QTest::newRow("tutor 3 of 5") << "B1.C1" << 3 << 5 << "inProgress" << both();
        QTest::newRow("both, 4 of 4") << "B1.C4" << 4 << 4 << "acquired" << both();
        QTest::newRow("manager 3 of 4") << "B1.C4" << 4 << 3 << "inProgress" << both();
        QTest::newRow("both, 5 of 6") << "B1.C2" << 5 << 5 << "acquired" << both();
        QTest::newRow("tutor 4 of 6") << "B1.C2" << 4 << 6 << "inProgress" << both();
        QTest::newRow("both, 3 of 3") << "B2.C2" << 3 << 3 << "acquired" << both();
        QTest::newRow("manager 2 of 3") << "B2.C2" << 3 << 2 << "inProgress" << both();
    }

    void competenceStatus()
    {
        QFETCH(QString, competence);
        QFETCH(int, tutor);
        QFETCH(int, manager);
        Carnet c;
        QVERIFY(c.open());
        if (tutor >= 0)
            c.attest(*c.tutor, "tutor", competence, tutor);
        if (manager >= 0)
            c.attest(*c.manager, "manager", competence, manager);
        QVERIFY(c.org.deliver());
        QTEST(c.status(competence), "status");
        QTEST(c.value(competence, CarnetModel::AttestedByRole).toString(), "attestedBy");
        QCOMPARE(c.value(competence, CarnetModel::AttestationCountRole).toInt(),
                 int(tutor >= 0) + int(manager >= 0));
        QCOMPARE(c.model.acquiredCount(),
                 c.status(competence) == QLatin1String("acquired") ? 1 : 0);
        QCOMPARE(c.bloc(0).value(QStringLiteral("status")).toString(),
                 competence.startsWith(QLatin1String("B1")) ? QStringLiteral("inProgress")
                                                            : QStringLiteral("notStarted"));
        const int total
            = int(c.f.session.referentiel()->findCompetence(competence)->criteria.size());
        for (const QVariant &item : c.attestations(competence)) {
            const QVariantMap a = item.toMap();
            const int ticked
                = a.value(QStringLiteral("role")) == QLatin1String("tutor") ? tutor : manager;
            QCOMPARE(a.value(QStringLiteral("validatedCount")).toInt(), ticked);
            QCOMPARE(a.value(QStringLiteral("reachesThreshold")).toBool(), ticked * 5 >= total * 4);
        }
    }

    void revokedAttestationNoLongerCounts()
    {
        Carnet c;
        QVERIFY(c.open());
        const Event tutorAttestation = c.attest(*c.tutor, "tutor", QStringLiteral("B1.C1"), 5);
        c.attest(*c.manager, "manager", QStringLiteral("B1.C1"), 5);
        QVERIFY(c.org.deliver());
        QCOMPARE(c.status(QStringLiteral("B1.C1")), QStringLiteral("acquired"));

        c.org.sign(*c.tutor, QStringLiteral("carnet.revoke"), Candidate,
                   { { QStringLiteral("attestation"), tutorAttestation.idText() },
                     { QStringLiteral("reason"), QStringLiteral("Mauvais candidat sélectionné") } },
                   Observed.addDays(1));
        QVERIFY(c.org.deliver());
        QCOMPARE(c.status(QStringLiteral("B1.C1")), QStringLiteral("inProgress"));
        QCOMPARE(c.value(QStringLiteral("B1.C1"), CarnetModel::AttestationCountRole).toInt(), 1);
        QCOMPARE(c.value(QStringLiteral("B1.C1"), CarnetModel::AttestedByRole).toString(),
                 roleDisplayName(Role::Manager));
        QCOMPARE(c.model.attestationCount(), 1);
        const QVariantList attestations = c.attestations(QStringLiteral("B1.C1"));
        QCOMPARE(attestations.size(), 2); // the revoked one stays visible, marked
        const auto revoked
            = std::find_if(attestations.cbegin(), attestations.cend(), [&](const QVariant &a) {
                  return a.toMap().value(QStringLiteral("id")).toString()
                      == tutorAttestation.idText();
              });
        QVERIFY(revoked != attestations.cend());
        QCOMPARE(revoked->toMap().value(QStringLiteral("revoked")).toBool(), true);
        QCOMPARE(revoked->toMap().value(QStringLiteral("revokeReason")).toString(),
                 QStringLiteral("Mauvais candidat sélectionné"));
        QVERIFY(!c.model.html().contains(tutorAttestation.idText()));

        c.attest(*c.tutor, "tutor", QStringLiteral("B1.C1"), 4, Observed.addDays(2));
        QVERIFY(c.org.deliver());
        QCOMPARE(c.status(QStringLiteral("B1.C1")), QStringLiteral("acquired"));
    }

    void unassignedAttesterDoesNotCount()
    {
        Carnet c;
        QVERIFY(c.open());
        FixtureSigner &other
            = c.org.person(QStringLiteral("u-manager-2"), QStringLiteral("Sophie Garnier"),
                           QStringLiteral("manager"), Enrolled);
        c.attest(*c.tutor, "tutor", QStringLiteral("B1.C1"), 5);
        c.attest(other, "manager", QStringLiteral("B1.C1"), 5, Observed.addSecs(3600));
        QVERIFY(c.org.deliver());
        QCOMPARE(c.status(QStringLiteral("B1.C1")), QStringLiteral("inProgress"));
        const QVariantMap first = c.attestations(QStringLiteral("B1.C1")).value(0).toMap();
        QCOMPARE(first.value(QStringLiteral("attester")).toString(),
                 QStringLiteral("Sophie Garnier"));

        // Assigned after signing: the attestation was not made as her manager.
        c.org.assign(Candidate, QStringLiteral("u-manager-2"), QStringLiteral("manager"),
                     Observed.addDays(1));
        QVERIFY(c.org.deliver());
        QCOMPARE(c.status(QStringLiteral("B1.C1")), QStringLiteral("inProgress"));
        c.attest(other, "manager", QStringLiteral("B1.C1"), 5, Observed.addDays(2));
        QVERIFY(c.org.deliver());
        QCOMPARE(c.status(QStringLiteral("B1.C1")), QStringLiteral("acquired"));
    }

    void attestationDetails()
    {
        Carnet c;
        QVERIFY(c.open());
        const Event earlier = c.attest(*c.tutor, "tutor", QStringLiteral("B1.C1"), 3);
        const Event later
            = c.attest(*c.tutor, "tutor", QStringLiteral("B1.C1"), 5, Observed.addDays(7));
        QVERIFY(c.org.deliver());
        const QVariantMap competence = c.model.competence(QStringLiteral("B1.C1"));
        QCOMPARE(competence.value(QStringLiteral("label")).toString(),
                 c.f.session.referentiel()->findCompetence(QStringLiteral("B1.C1"))->label);
        QCOMPARE(competence.value(QStringLiteral("status")).toString(),
                 QStringLiteral("inProgress"));
        const QVariantList criteriaList = competence.value(QStringLiteral("criteria")).toList();
        QCOMPARE(criteriaList.size(), 5);
        QCOMPARE(criteriaList[0].toMap().value(QStringLiteral("id")).toString(),
                 QStringLiteral("B1.C1.1"));
        QVERIFY(!criteriaList[0].toMap().value(QStringLiteral("label")).toString().isEmpty());

        const QVariantList attestations = competence.value(QStringLiteral("attestations")).toList();
        QCOMPARE(attestations.size(), 2);
        const QVariantMap newest = attestations[0].toMap();
        QCOMPARE(newest.value(QStringLiteral("id")).toString(), later.idText());
        QCOMPARE(attestations[1].toMap().value(QStringLiteral("id")).toString(), earlier.idText());
        QCOMPARE(newest.value(QStringLiteral("attester")).toString(),
                 QStringLiteral("Claire Dubois"));
        QCOMPARE(newest.value(QStringLiteral("role")).toString(), QStringLiteral("tutor"));
        QCOMPARE(newest.value(QStringLiteral("roleName")).toString(), roleDisplayName(Role::Tutor));
        QCOMPARE(newest.value(QStringLiteral("criteria")).toStringList(),
                 criteria(QStringLiteral("B1.C1"), 5));
        QCOMPARE(newest.value(QStringLiteral("validatedCount")).toInt(), 5);
        QCOMPARE(newest.value(QStringLiteral("reachesThreshold")).toBool(), true);
        QCOMPARE(attestations[1].toMap().value(QStringLiteral("reachesThreshold")).toBool(), false);
        QCOMPARE(newest.value(QStringLiteral("situation")).toString(),
                 QStringLiteral("Accueil d'un assuré au guichet"));
        QCOMPARE(newest.value(QStringLiteral("observedOn")).toDate(), QDate(2026, 5, 11));
        QCOMPARE(newest.value(QStringLiteral("at")).toDateTime(), Observed.addDays(7));
        QCOMPARE(newest.value(QStringLiteral("synced")).toBool(),
                 true); // received: it came through the server
        QCOMPARE(newest.value(QStringLiteral("revoked")).toBool(), false);
        QVERIFY(c.model.competence(QStringLiteral("B9.C9")).isEmpty());
    }

    // When the centre logged an attestation far from the time its device claims, the carnet says
    // so.
    void loggedFarFromSigningIsShown()
    {
        Carnet c;
        QVERIFY(c.open());
        const Event onTime = c.attest(*c.tutor, "tutor", QStringLiteral("B1.C1"), 3);
        const Event late = c.attest(*c.tutor, "tutor", QStringLiteral("B1.C2"), 3);
        const Event ahead = c.attest(*c.tutor, "tutor", QStringLiteral("B1.C3"), 3);
        QVERIFY(c.org.deliver());
        auto logged = [&](const Event &event, const QDateTime &at) {
            auto insert
                = c.f.session.database()->prepare("INSERT OR REPLACE INTO log_entries (event, "
                                                  "log_index, logged_at) VALUES (?, ?, ?)");
            QVERIFY(insert);
            QVERIFY(insert->bind(1, event.id())
                        .bind(2, qint64(event.seq))
                        .bind(3, Event::formatTime(at))
                        .exec());
        };
        logged(onTime, onTime.at.addDays(2));
        logged(late, late.at.addDays(30));
        logged(ahead, ahead.at.addSecs(-3600));
        c.f.session.tellWhatMoved();
        auto first = [&](const char *competence) {
            return c.attestations(QLatin1String(competence)).value(0).toMap();
        };
        QCOMPARE(first("B1.C1").value(QStringLiteral("loggedLate")).toBool(), false);
        QCOMPARE(first("B1.C1").value(QStringLiteral("loggedAt")).toDateTime(),
                 onTime.at.addDays(2));
        QCOMPARE(first("B1.C2").value(QStringLiteral("loggedLate")).toBool(), true);
        QCOMPARE(first("B1.C3").value(QStringLiteral("loggedLate")).toBool(),
                 true); // signed after it was logged
    }

    void ownAttestationSyncedOncePushed()
    {
        Carnet c;
        QVERIFY(c.open());
        const QJsonObject body {
            { QStringLiteral("referentiel"), ReferentielId },
            { QStringLiteral("version"), 1 },
            { QStringLiteral("competence"), QStringLiteral("B2.C2") },
            { QStringLiteral("role"), QStringLiteral("tutor") },
            { QStringLiteral("criteria"), QJsonArray { QStringLiteral("B2.C2.1") } },
            { QStringLiteral("situation"), QStringLiteral("Rendez-vous téléphonique") },
            { QStringLiteral("observed_on"), QStringLiteral("2026-08-31") }
        };
        auto own = c.f.session.record(QStringLiteral("carnet.attest"), body, Candidate);
        QVERIFY(own);
        QVariantMap attestation = c.attestations(QStringLiteral("B2.C2")).value(0).toMap();
        QCOMPARE(attestation.value(QStringLiteral("id")).toString(), own->idText());
        QCOMPARE(attestation.value(QStringLiteral("synced")).toBool(), false);
        QCOMPARE(attestation.value(QStringLiteral("attester")).toString(), c.f.session.name());

        QVERIFY(Settings::setValue(*c.f.session.database(), QStringLiteral("sync.pushed_seq"),
                                   QString::number(own->seq - 1)));
        c.f.session.tellWhatMoved();
        QCOMPARE(c.attestations(QStringLiteral("B2.C2"))
                     .value(0)
                     .toMap()
                     .value(QStringLiteral("synced"))
                     .toBool(),
                 false);
        QVERIFY(Settings::setValue(*c.f.session.database(), QStringLiteral("sync.pushed_seq"),
                                   QString::number(own->seq)));
        c.f.session.tellWhatMoved();
        QCOMPARE(c.attestations(QStringLiteral("B2.C2"))
                     .value(0)
                     .toMap()
                     .value(QStringLiteral("synced"))
                     .toBool(),
                 true);
        // Sent but refused by the centre: not received, and the reason is shown.
        auto refuse = c.f.session.database()->prepare(
            "INSERT INTO sync_refusals (event, seq, reason, at) VALUES (?, ?, ?, ?)");
        QVERIFY(refuse);
        QVERIFY(refuse->bind(1, own->id())
                    .bind(2, qint64(own->seq))
                    .bind(3, QStringLiteral("this tutor is not assigned to the candidate"))
                    .bind(4, Event::formatTime(QDateTime::currentDateTimeUtc()))
                    .exec());
        c.f.session.tellWhatMoved();
        const QVariantMap refused = c.attestations(QStringLiteral("B2.C2")).value(0).toMap();
        QCOMPARE(refused.value(QStringLiteral("synced")).toBool(), false);
        QCOMPARE(refused.value(QStringLiteral("refused")).toString(),
                 QStringLiteral("this tutor is not assigned to the candidate"));
    }

    void blocReadiness_data()
    {
        QTest::addColumn<int>("bloc");
        QTest::addColumn<int>("acquired");
        QTest::addColumn<bool>("ready");
        QTest::addColumn<int>("needed");
        QTest::addColumn<QString>("status");
        QTest::newRow("B1, 4 of 6") << 0 << 4 << false << 1 << "inProgress";
        QTest::newRow("B1, 5 of 6") << 0 << 5 << true << 0 << "ready";
        QTest::newRow("B2, 3 of 5") << 1 << 3 << false << 1 << "inProgress";
        QTest::newRow("B2, 4 of 5") << 1 << 4 << true << 0 << "ready";
        QTest::newRow("B3, 2 of 3") << 2 << 2 << false << 1 << "inProgress";
        QTest::newRow("B3, 3 of 3") << 2 << 3 << true << 0 << "ready";
        QTest::newRow("B4, 1 of 4") << 3 << 1 << false << 3 << "inProgress";
        QTest::newRow("B4, 3 of 4") << 3 << 3 << false << 1 << "inProgress";
        QTest::newRow("B4, 4 of 4") << 3 << 4 << true << 0 << "ready";
    }

    void blocReadiness()
    {
        QFETCH(int, bloc);
        QFETCH(int, acquired);
        Carnet c;
        QVERIFY(c.open());
        const Bloc &target = c.f.session.referentiel()->blocs[bloc];
        for (int i = 0; i < acquired; ++i)
            c.acquire(target.competences[i].id);
        QVERIFY(c.org.deliver());
        const QVariantMap progress = c.bloc(bloc);
        QCOMPARE(progress.value(QStringLiteral("id")).toString(), target.id);
        QCOMPARE(progress.value(QStringLiteral("acquired")).toInt(), acquired);
        QCOMPARE(progress.value(QStringLiteral("total")).toInt(), int(target.competences.size()));
        QTEST(progress.value(QStringLiteral("ready")).toBool(), "ready");
        QTEST(progress.value(QStringLiteral("needed")).toInt(), "needed");
        QTEST(progress.value(QStringLiteral("status")).toString(), "status");
        QCOMPARE(c.model.acquiredCount(), acquired);
    }

    void evaluation_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("validated");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("validUntil");
        QTest::newRow("validated that day") << QDate(2026, 6, 15) << true << QDate(2026, 6, 15)
                                            << "validated" << QDate(2031, 6, 14);
        QTest::newRow("last valid day") << QDate(2026, 6, 15) << true << QDate(2031, 6, 14)
                                        << "validated" << QDate(2031, 6, 14);
        QTest::newRow("expired five years on")
            << QDate(2026, 6, 15) << true << QDate(2031, 6, 15) << "expired" << QDate(2031, 6, 14);
        QTest::newRow("29 February, last day") << QDate(2028, 2, 29) << true << QDate(2033, 2, 28)
                                               << "validated" << QDate(2033, 2, 28);
        QTest::newRow("29 February, expired")
            << QDate(2028, 2, 29) << true << QDate(2033, 3, 1) << "expired" << QDate(2033, 2, 28);
        QTest::newRow("not validated")
            << QDate(2026, 6, 15) << false << QDate(2026, 9, 1) << "notStarted" << QDate();
    }

    void evaluation()
    {
        QFETCH(QDate, date);
        QFETCH(bool, validated);
        QFETCH(QDate, today);
        QFETCH(QDate, validUntil);
        if (validated) // the expectation follows the rules' own validity end
            QCOMPARE(validUntil, blocValidityEnd(date, 5).addDays(-1));
        Carnet c;
        QVERIFY(c.open(today));
        c.evaluate(*c.evaluator, QStringLiteral("B2"), validated, date);
        QVERIFY(c.org.deliver());
        const QVariantMap bloc = c.bloc(1);
        QCOMPARE(bloc.value(QStringLiteral("evaluated")).toBool(), true);
        QCOMPARE(bloc.value(QStringLiteral("validated")).toBool(), validated);
        QCOMPARE(bloc.value(QStringLiteral("evaluationDate")).toDate(), date);
        QTEST(bloc.value(QStringLiteral("status")).toString(), "status");
        QCOMPARE(bloc.value(QStringLiteral("validUntil")).toDate(), validUntil);
        QVERIFY(!c.model.isObtained());
    }

    // A bloc result signed by someone who was not the candidate's evaluator when signing
    // (the tutor here) is not the jury's: the device does not count it, whatever the
    // server let through.
    void aResultCountsOnlyFromTheAssignedEvaluator()
    {
        Carnet c;
        QVERIFY(c.open(QDate(2026, 7, 1)));
        c.evaluate(*c.tutor, QStringLiteral("B2"), true, QDate(2026, 6, 15));
        QVERIFY(c.org.deliver());
        const QVariantMap bloc = c.bloc(1);
        QCOMPARE(bloc.value(QStringLiteral("evaluated")).toBool(), false);
        QCOMPARE(bloc.value(QStringLiteral("validated")).toBool(), false);
    }

    void obtainedWhenEveryBlocIsValidated()
    {
        Carnet c;
        QVERIFY(c.open());
        for (const Bloc &bloc : c.f.session.referentiel()->blocs) {
            c.evaluate(*c.evaluator, bloc.id, true, QDate(2026, 7, 1));
        }
        QVERIFY(c.org.deliver());
        QVERIFY(c.model.isObtained());
    }

    void subjectDefaultsToTheSessionUser()
    {
        Carnet c;
        QVERIFY(c.open());
        const QString own = c.f.session.userId();
        c.org.sign(*c.tutor, QStringLiteral("carnet.attest"), own,
                   { { QStringLiteral("referentiel"), ReferentielId },
                     { QStringLiteral("version"), 1 },
                     { QStringLiteral("competence"), QStringLiteral("B3.C1") },
                     { QStringLiteral("role"), QStringLiteral("tutor") },
                     { QStringLiteral("criteria"), QJsonArray { QStringLiteral("B3.C1.1") } },
                     { QStringLiteral("situation"), QStringLiteral("Atelier collectif") },
                     { QStringLiteral("observed_on"), QStringLiteral("2026-05-04") } },
                   Observed);
        QVERIFY(c.org.deliver());
        QCOMPARE(c.model.attestationCount(), 0); // the model looks at u-candidate
        c.model.setCandidateId({});
        QCOMPARE(c.model.attestationCount(), 1);
        QCOMPARE(c.value(QStringLiteral("B3.C1"), CarnetModel::StatusRole).toString(),
                 QStringLiteral("inProgress"));
    }

    void exportPdfWritesTheCarnet()
    {
        Carnet c;
        QVERIFY(c.open());
        const Event attestation = c.attest(*c.tutor, "tutor", QStringLiteral("B1.C1"), 4);
        c.attest(*c.manager, "manager", QStringLiteral("B1.C1"), 5);
        QVERIFY(c.org.deliver());
        const QString html = c.model.html();
        QVERIFY(html.contains(QStringLiteral("Claire Dubois")));
        QVERIFY(html.contains(PdfDocument::escaped(QStringLiteral("Marc Lefèvre"))));
        QVERIFY(html.contains(PdfDocument::escaped(QStringLiteral("Camille Martin"))));
        QVERIFY(html.contains(attestation.idText()));
        const Competence *competence
            = c.f.session.referentiel()->findCompetence(QStringLiteral("B1.C1"));
        QVERIFY(html.contains(PdfDocument::escaped(competence->criteria[3].label)));
        QVERIFY(
            html.contains(PdfDocument::escaped(QStringLiteral("Accueil d'un assuré au guichet"))));

        const QString path = c.model.exportPdf();
        QVERIFY(path.endsWith(QStringLiteral("carnet-%1.pdf").arg(ReferentielId)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("%PDF"));
        file.close();
        QFile::remove(path);
    }
};

QTEST_MAIN(TestCarnetModel)
#include "tst_carnetmodel.moc"
