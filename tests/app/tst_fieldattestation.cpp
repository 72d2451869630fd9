// SPDX-License-Identifier: GPL-3.0-or-later
// The carnet across three devices and a real jalon-server on loopback: a tutor attests
// offline on the shop floor, a manager co-attests on their own device, and both reach
// the candidate's vault, where the competence turns acquired and the carnet PDF shows
// the centre's log indexes.
#include "../sync/serverprocess.h"
#include "candidate/carnetmodel.h"
#include "sessionfixture.h"
#include "team/attestationform.h"
#include "team/teammodel.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jalon;

namespace {

const QString ReferentielId = QStringLiteral("cqp-conseiller-offres-service-securite-sociale");
const QString Attested = QStringLiteral("B1.C1");

bool waitUntil(const std::function<bool()> &condition, int timeout = 15000)
{
    return QTest::qWaitFor(condition, timeout);
}

QString statusOf(const CarnetModel &carnet, const QString &competence)
{
    for (int row = 0; row < carnet.rowCount(); ++row) {
        if (carnet.index(row).data(CarnetModel::CompetenceIdRole).toString() == competence)
            return carnet.index(row).data(CarnetModel::StatusRole).toString();
    }
    return {};
}

} // namespace

class TestFieldAttestation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_serverData;
    std::unique_ptr<test::Server> m_server;

    // A new user of the server: {id, code}.
    std::pair<QString, QString> user(const QString &name, const QString &role,
                                     const QString &referentiel = {})
    {
        QStringList arguments { QStringLiteral("user"),   QStringLiteral("add"),
                                QStringLiteral("--name"), name,
                                QStringLiteral("--role"), role };
        if (!referentiel.isEmpty())
            arguments << QStringLiteral("--referentiel") << referentiel;
        const QString output = m_server->admin(arguments);
        return { QRegularExpression(QStringLiteral("(u-[0-9a-z]+)")).match(output).captured(1),
                 QRegularExpression(QStringLiteral("([0-9A-Z]{4}(-[0-9A-Z]{4}){5})"))
                     .match(output)
                     .captured(1) };
    }

    bool assign(const QString &candidate, const QString &role, const QString &user)
    {
        return m_server
            ->admin({ QStringLiteral("assign"), QStringLiteral("--candidate"), candidate,
                      QStringLiteral("--") + role, user })
            .contains(QLatin1String("done"));
    }

    // Opens a profile and joins the server with `code`; true once it is in sync.
    bool join(SessionFixture &f, const QString &code)
    {
        if (!f.open(ReferentielId))
            return false;
        f.session.join(m_server->url().toString(), code);
        return waitUntil([&] { return f.session.isJoined(); }) && sync(f);
    }

    bool sync(SessionFixture &f)
    {
        f.session.syncNow();
        return waitUntil([&] { return f.session.sync()->state() == SyncStatus::State::UpToDate; });
    }

    // `f`'s attestation of every criterion of Attested for `candidate`.
    QString attest(SessionFixture &f, const QString &candidate)
    {
        AttestationForm form;
        form.setSession(&f.session);
        form.setCandidateId(candidate);
        form.setCompetenceId(Attested);
        QStringList all;
        for (const QVariant &criterion : form.criteria())
            all << criterion.toMap().value(QStringLiteral("id")).toString();
        form.setChecked(all);
        form.setSituation(QStringLiteral("Accueil au guichet, file d'attente longue"));
        QSignalSpy done(&form, &AttestationForm::signedAttestation);
        QSignalSpy failed(&form, &AttestationForm::failed);
        form.sign(SessionFixture::Passphrase);
        if (done.isEmpty() && failed.isEmpty())
            (void)waitUntil([&] { return !done.isEmpty() || !failed.isEmpty(); });
        if (!failed.isEmpty())
            qWarning("%s", qPrintable(failed.first().first().toString()));
        return done.isEmpty() ? QString() : done.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server
            = std::make_unique<test::Server>(QStringLiteral(JALON_SERVER), m_serverData.path());
        QVERIFY(m_server->start());
    }

    void tutorAndManagerOnTwoDevicesMakeItAcquired()
    {
        const auto [candidateId, candidateCode]
            = user(QStringLiteral("Camille Martin"), QStringLiteral("candidate"), ReferentielId);
        const auto [tutorId, tutorCode]
            = user(QStringLiteral("Paul Durand"), QStringLiteral("tutor"));
        const auto [managerId, managerCode]
            = user(QStringLiteral("Inès Petit"), QStringLiteral("manager"));
        QVERIFY(assign(candidateId, QStringLiteral("tutor"), tutorId));
        QVERIFY(assign(candidateId, QStringLiteral("manager"), managerId));

        SessionFixture candidate, tutor, manager;
        QVERIFY(join(candidate, candidateCode));
        QVERIFY(join(tutor, tutorCode));
        QVERIFY(join(manager, managerCode));
        QCOMPARE(tutor.session.role(), QStringLiteral("tutor"));

        // The tutor's team came with the sync: the candidate, her certification.
        TeamModel team;
        team.setSession(&tutor.session);
        QCOMPARE(team.totalCount(), 1);
        QCOMPARE(team.index(0).data(TeamModel::NameRole).toString(),
                 QStringLiteral("Camille Martin"));
        QCOMPARE(team.index(0).data(TeamModel::ReferentielIdRole).toString(), ReferentielId);

        // On the shop floor, no network: the tutor's attestation waits on the device.
        m_server->kill();
        const QString tutorAttestation = attest(tutor, candidateId);
        QVERIFY(!tutorAttestation.isEmpty());
        QCOMPARE(tutor.session.sync()->pendingCount(), 1);
        QVERIFY(m_server->start());
        QVERIFY(sync(tutor));
        QCOMPARE(tutor.session.sync()->pendingCount(), 0);

        // The manager sees it after a sync, and co-attests.
        QVERIFY(sync(manager));
        CarnetModel managersView;
        managersView.setSession(&manager.session);
        managersView.setCandidateId(candidateId);
        QCOMPARE(statusOf(managersView, Attested), QStringLiteral("inProgress"));
        QVERIFY(!attest(manager, candidateId).isEmpty());
        QCOMPARE(statusOf(managersView, Attested), QStringLiteral("acquired"));
        QVERIFY(sync(manager));

        // The candidate's vault: acquired, both attesters named, both received by the centre.
        QVERIFY(sync(candidate));
        CarnetModel carnet;
        carnet.setSession(&candidate.session);
        QCOMPARE(statusOf(carnet, Attested), QStringLiteral("acquired"));
        const QVariantList attestations
            = carnet.competence(Attested).value(QStringLiteral("attestations")).toList();
        QCOMPARE(attestations.size(), 2);
        QStringList signers;
        for (const QVariant &item : attestations) {
            signers << item.toMap().value(QStringLiteral("attester")).toString();
            QVERIFY(item.toMap().value(QStringLiteral("synced")).toBool());
        }
        signers.sort();
        QCOMPARE(signers,
                 (QStringList { QStringLiteral("Inès Petit"), QStringLiteral("Paul Durand") }));

        // The PDF for HR and the jury: each attestation with its id and its log index.
        const QString html = carnet.html();
        QVERIFY(html.contains(tutorAttestation));
        QCOMPARE(html.count(QRegularExpression(
                     QStringLiteral("index \\d+ dans le journal|log index \\d+"))),
                 2);
        QVERIFY(!html.contains(QLatin1String("not yet received by the centre"))
                && !html.contains(QLatin1String("pas encore reçue par le centre")));
        const QString pdf = carnet.exportPdf();
        QVERIFY(!pdf.isEmpty());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestFieldAttestation)
#include "tst_fieldattestation.moc"
