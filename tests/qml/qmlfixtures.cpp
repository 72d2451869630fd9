// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlfixtures.h"

#include "journal/eventkinds.h"
#include "projections/livretprojection.h"
#include "referentiel/referentiel.h"

#include "../sync/serverprocess.h"

#include <QJsonArray>
#include <QQmlEngine>

namespace jalon {

Session *QmlFixtures::s_session = nullptr;

namespace {
QmlFixtures *s_instance = nullptr;
const QDateTime Start = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
} // namespace

QmlFixtures::QmlFixtures() = default;
QmlFixtures::~QmlFixtures() = default;

void QmlFixtures::registerType()
{
    qmlRegisterSingletonType<QmlFixtures>("JalonTest", 1, 0, "Fixtures", [](QQmlEngine *, QJSEngine *) -> QObject * {
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
    FixtureSigner &tutor = f.person(QStringLiteral("u-tutor"), QStringLiteral("Paul Durand"), QStringLiteral("tutor"), Start);
    FixtureSigner &manager = f.person(QStringLiteral("u-manager"), QStringLiteral("Inès Petit"), QStringLiteral("manager"), Start);
    f.assign(candidate(), QStringLiteral("u-tutor"), QStringLiteral("tutor"), Start);
    f.assign(candidate(), QStringLiteral("u-manager"), QStringLiteral("manager"), Start);
    auto attest = [&](FixtureSigner &who, const QString &role, const Competence &competence, qsizetype criteria, int day) {
        QJsonArray ids;
        for (qsizetype i = 0; i < criteria && i < competence.criteria.size(); ++i)
            ids << competence.criteria[i].id;
        f.sign(who, QLatin1String(EventKinds::CarnetAttest), candidate(),
               {{QStringLiteral("referentiel"), ref->id}, {QStringLiteral("version"), ref->version},
                {QStringLiteral("competence"), competence.id}, {QStringLiteral("role"), role},
                {QStringLiteral("criteria"), ids},
                {QStringLiteral("situation"), QStringLiteral("Accueil d'un adhérent au guichet, un lundi d'affluence")},
                {QStringLiteral("observed_on"), Start.date().addDays(day).toString(Qt::ISODate)}},
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
        if (section.id == sectionId && !section.heads.isEmpty() && !section.heads.last().base.isEmpty())
            base = toIdText(section.heads.last().base);
    }
    SignedFixtures &f = fixtures();
    FixtureSigner &phone = f.person(QStringLiteral("u-phone"), s_session->name(), QStringLiteral("candidate"), Start);
    f.sign(phone, QLatin1String(EventKinds::LivretEdit), candidate(),
           {{QStringLiteral("referentiel"), ref->id}, {QStringLiteral("version"), ref->version},
            {QStringLiteral("section"), sectionId}, {QStringLiteral("base"), base}, {QStringLiteral("text"), text}},
           s_session->now());
    return f.deliver();
}

bool QmlFixtures::planSessions()
{
    SignedFixtures &f = fixtures();
    FixtureSigner &accompanist = f.person(QStringLiteral("u-accompanist"), QStringLiteral("Sophie Leroy"),
                                          QStringLiteral("accompanist"), Start);
    f.assign(candidate(), QStringLiteral("u-accompanist"), QStringLiteral("accompanist"), Start);
    const QDate today = s_session->today();
    f.sign(accompanist, QLatin1String(EventKinds::VaeSession), candidate(),
           {{QStringLiteral("number"), 1}, {QStringLiteral("status"), QStringLiteral("held")},
            {QStringLiteral("date"), today.addDays(-14).toString(Qt::ISODate)},
            {QStringLiteral("notes"), QStringLiteral("Présentation du livret ; choix des situations")},
            {QStringLiteral("next_steps"), QStringLiteral("Rédiger CP1")}},
           Start);
    f.sign(accompanist, QLatin1String(EventKinds::VaeSession), candidate(),
           {{QStringLiteral("number"), 2}, {QStringLiteral("status"), QStringLiteral("planned")},
            {QStringLiteral("date"), today.addDays(7).toString(Qt::ISODate)}},
           Start);
    return f.deliver();
}

QString QmlFixtures::startServer()
{
#ifdef JALON_SERVER
    if (!m_server) {
        m_server = std::make_unique<test::Server>(QStringLiteral(JALON_SERVER), m_serverData.path());
        if (!m_server->start())
            return {};
    }
    return m_server->url().toString();
#else
    return {};
#endif
}

QString QmlFixtures::enrollmentCode(const QString &name, const QString &role, const QString &referentiel)
{
    if (!m_server)
        return {};
    QStringList arguments{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), name,
                          QStringLiteral("--role"), role};
    if (!referentiel.isEmpty())
        arguments << QStringLiteral("--referentiel") << referentiel;
    const QString output = m_server->admin(arguments);
    return QRegularExpression(QStringLiteral("([0-9A-Z]{4}(-[0-9A-Z]{4}){5})")).match(output).captured(1);
}

} // namespace jalon
