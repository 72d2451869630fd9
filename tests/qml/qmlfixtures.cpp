// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlfixtures.h"

#include "../sync/serverprocess.h"
#include "journal/eventkinds.h"
#include "projections/livretprojection.h"
#include "referentiel/referentiel.h"
#include "vault/settings.h"
#include "vault/vault.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QJsonArray>
#include <QQmlEngine>
#include <QTest>

namespace jalon {

Session *QmlFixtures::s_session = nullptr;

namespace {
    QmlFixtures *s_instance = nullptr;
    const QDateTime Start = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
} // namespace

QmlFixtures::QmlFixtures() = default;
QmlFixtures::~QmlFixtures()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void QmlFixtures::catchOpenedUrls()
{
    m_openedUrls.clear();
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "urlOpened");
}

void QmlFixtures::registerType()
{
    qmlRegisterSingletonType<QmlFixtures>("JalonTest", 1, 0, "Fixtures",
                                          [](QQmlEngine *, QJSEngine *) -> QObject * {
                                              s_instance = new QmlFixtures;
                                              return s_instance;
                                          });
}

void QmlFixtures::setSession(Session *session)
{
    s_session = session;
}

SignedFixtures &QmlFixtures::fixtures()
{
    if (!m_fixtures || m_fixturesSession != s_session) {
        m_fixtures = std::make_unique<SignedFixtures>(*s_session);
        m_fixturesSession = s_session;
        m_fixtures->trustServer();
    }
    return *m_fixtures;
}

QString QmlFixtures::candidate() const
{
    return s_session->userId();
}

bool QmlFixtures::attestFirstCompetences()
{
    const Referentiel *ref = s_session->referentiel();
    if (!ref || ref->blocs.isEmpty() || ref->blocs.first().competences.size() < 2)
        return false;
    SignedFixtures &f = fixtures();
    FixtureSigner &tutor = f.person(QStringLiteral("u-tutor"), QStringLiteral("Paul Durand"),
                                    QStringLiteral("tutor"), Start);
    FixtureSigner &manager = f.person(QStringLiteral("u-manager"), QStringLiteral("Inès Petit"),
                                      QStringLiteral("manager"), Start);
    f.assign(candidate(), QStringLiteral("u-tutor"), QStringLiteral("tutor"), Start);
    f.assign(candidate(), QStringLiteral("u-manager"), QStringLiteral("manager"), Start);
    auto attest = [&](FixtureSigner &who, const QString &role, const Competence &competence,
                      qsizetype criteria, int day) {
        QJsonArray ids;
        for (qsizetype i = 0; i < criteria && i < competence.criteria.size(); ++i)
            ids << competence.criteria[i].id;
        f.sign(
            who, QLatin1String(EventKinds::CarnetAttest), candidate(),
            { { QStringLiteral("referentiel"), ref->id },
              { QStringLiteral("version"), ref->version },
              { QStringLiteral("competence"), competence.id },
              { QStringLiteral("role"), role },
              { QStringLiteral("criteria"), ids },
              { QStringLiteral("situation"),
                QStringLiteral("Accueil d'un adhérent au guichet, un lundi d'affluence") },
              { QStringLiteral("observed_on"), Start.date().addDays(day).toString(Qt::ISODate) } },
            Start.addDays(day));
    };
    const Competence &first = ref->blocs.first().competences[0];
    const Competence &second = ref->blocs.first().competences[1];
    attest(tutor, QStringLiteral("tutor"), first, first.criteria.size(), 3);
    attest(manager, QStringLiteral("manager"), first, first.criteria.size(), 4);
    attest(tutor, QStringLiteral("tutor"), second, 1, 5);
    return f.deliver();
}

bool QmlFixtures::editElsewhere(const QString &sectionId, const QString &text)
{
    const Referentiel *ref = s_session->referentiel();
    auto sections = LivretProjection::sections(*s_session->database(), candidate());
    if (!ref || !sections)
        return false;
    QJsonValue base = QJsonValue::Null;
    for (const auto &section : *sections) {
        if (section.id == sectionId && !section.heads.isEmpty()
            && !section.heads.last().base.isEmpty())
            base = toIdText(section.heads.last().base);
    }
    SignedFixtures &f = fixtures();
    FixtureSigner &phone = f.person(QStringLiteral("u-phone"), s_session->name(),
                                    QStringLiteral("candidate"), Start);
    f.sign(phone, QLatin1String(EventKinds::LivretEdit), candidate(),
           { { QStringLiteral("referentiel"), ref->id },
             { QStringLiteral("version"), ref->version },
             { QStringLiteral("section"), sectionId },
             { QStringLiteral("base"), base },
             { QStringLiteral("text"), text } },
           s_session->now());
    return f.deliver();
}

bool QmlFixtures::planSessions()
{
    SignedFixtures &f = fixtures();
    FixtureSigner &accompanist
        = f.person(QStringLiteral("u-accompanist"), QStringLiteral("Sophie Leroy"),
                   QStringLiteral("accompanist"), Start);
    f.assign(candidate(), QStringLiteral("u-accompanist"), QStringLiteral("accompanist"), Start);
    const QDate today = s_session->today();
    f.sign(accompanist, QLatin1String(EventKinds::VaeSession), candidate(),
           { { QStringLiteral("number"), 1 },
             { QStringLiteral("status"), QStringLiteral("held") },
             { QStringLiteral("date"), today.addDays(-14).toString(Qt::ISODate) },
             { QStringLiteral("notes"),
               QStringLiteral("Présentation du livret ; choix des situations") },
             { QStringLiteral("next_steps"), QStringLiteral("Rédiger CP1") } },
           Start);
    f.sign(accompanist, QLatin1String(EventKinds::VaeSession), candidate(),
           { { QStringLiteral("number"), 2 },
             { QStringLiteral("status"), QStringLiteral("planned") },
             { QStringLiteral("date"), today.addDays(7).toString(Qt::ISODate) } },
           Start);
    return f.deliver();
}

void QmlFixtures::advanceClock(int seconds)
{
    s_session->setClock([seconds] { return QDateTime::currentDateTimeUtc().addSecs(seconds); });
}

bool QmlFixtures::followCandidates(const QString &role, const QString &referentielId)
{
    const QString self = QStringLiteral("u-self");
    SqliteDatabase &db = s_session->openVault()->database();
    for (const auto &[key, value] :
         { std::pair { "sync.server", QStringLiteral("http://127.0.0.1:9/") },
           std::pair { "sync.user", self }, std::pair { "sync.role", role } }) {
        if (!Settings::setValue(db, QLatin1String(key), value))
            return false;
    }
    s_session->lock(); // opened again, the session reads who the person is
    s_session->unlock(QStringLiteral("Le tuteur arrive à 9 h le mardi"));
    if (!QTest::qWaitFor([] { return s_session->isOpen(); }, 10000)) {
        qWarning("followCandidates: the profile did not open again");
        return false;
    }
    m_fixtures.reset();
    SignedFixtures &f = fixtures();
    f.declareSelf(self, QStringLiteral("Claire Dubois"), role, Start.addDays(-200));
    const QString other
        = role == QLatin1String("manager") ? QStringLiteral("tutor") : QStringLiteral("manager");
    FixtureSigner &coworker = f.person(QStringLiteral("u-other"), QStringLiteral("Marc Lefèvre"),
                                       other, Start.addDays(-200));
    FixtureSigner &camille
        = f.person(QStringLiteral("u-camille"), QStringLiteral("Camille Martin"),
                   QStringLiteral("candidate"), Start.addDays(-200), referentielId);
    f.person(QStringLiteral("u-bruno"), QStringLiteral("Bruno Lambert"),
             QStringLiteral("candidate"), Start.addDays(-200), referentielId);
    for (const char *candidate : { "u-camille", "u-bruno" }) {
        f.assign(QLatin1String(candidate), self, role, Start.addDays(-200));
        f.assign(QLatin1String(candidate), QStringLiteral("u-other"), other, Start.addDays(-200));
    }
    const bool organised = f.deliver();
    const Referentiel *ref = s_session->referentielOf(QStringLiteral("u-camille"));
    if (!organised || !ref) {
        qWarning("followCandidates: the organisation was not received (référentiel %s)",
                 ref ? "known" : "unknown");
        return false;
    }
    const QJsonObject version { { QStringLiteral("referentiel"), ref->id },
                                { QStringLiteral("version"), ref->version } };
    auto with = [&](QJsonObject body) {
        for (auto field = version.begin(); field != version.end(); ++field)
            body.insert(field.key(), field.value());
        return body;
    };
    int level = 0;
    for (const Function &function : ref->functions) {
        for (const Activity &activity : function.activities)
            f.sign(camille, QLatin1String(EventKinds::DiagnosticAnswer),
                   QStringLiteral("u-camille"),
                   with({ { QStringLiteral("activity"), activity.id },
                          { QStringLiteral("level"), level++ % int(ref->scale.size()) } }),
                   Start.addDays(-100));
    }
    f.sign(camille, QLatin1String(EventKinds::DiagnosticSubmit), QStringLiteral("u-camille"),
           version, Start.addDays(-99));
    const Competence &first = ref->blocs.first().competences.first();
    f.sign(camille, QLatin1String(EventKinds::LivretEdit), QStringLiteral("u-camille"),
           with({ { QStringLiteral("section"), first.id },
                  { QStringLiteral("base"), QJsonValue() },
                  { QStringLiteral("text"),
                    QStringLiteral("J'accueille chaque semaine des porteurs de projet.") } }),
           Start.addDays(-98));
    QJsonArray all;
    for (const Criterion &criterion : first.criteria)
        all << criterion.id;
    f.sign(coworker, QLatin1String(EventKinds::CarnetAttest), QStringLiteral("u-camille"),
           with({ { QStringLiteral("competence"), first.id },
                  { QStringLiteral("role"), other },
                  { QStringLiteral("criteria"), all },
                  { QStringLiteral("situation"),
                    QStringLiteral("Rendez-vous avec un créateur d'entreprise") },
                  { QStringLiteral("observed_on"),
                    Start.addDays(-90).date().toString(Qt::ISODate) } }),
           Start.addDays(-90));
    return f.deliver() && s_session->role() == role;
}

QString QmlFixtures::startServer()
{
#ifdef JALON_SERVER
    if (!m_server) {
        m_server
            = std::make_unique<test::Server>(QStringLiteral(JALON_SERVER), m_serverData.path());
        if (!m_server->start())
            return {};
    }
    return m_server->url().toString();
#else
    return {};
#endif
}

QString QmlFixtures::enrollmentCode(const QString &name, const QString &role,
                                    const QString &referentiel)
{
    if (!m_server)
        return {};
    QStringList arguments { QStringLiteral("user"),   QStringLiteral("add"),
                            QStringLiteral("--name"), name,
                            QStringLiteral("--role"), role };
    if (!referentiel.isEmpty())
        arguments << QStringLiteral("--referentiel") << referentiel;
    const QString output = m_server->admin(arguments);
    return QRegularExpression(QStringLiteral("([0-9A-Z]{4}(-[0-9A-Z]{4}){5})"))
        .match(output)
        .captured(1);
}

} // namespace jalon
