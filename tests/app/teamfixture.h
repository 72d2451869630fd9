// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionfixture.h"
#include "signedfixtures.h"

#include <QJsonArray>

namespace jalon {

/// Someone who follows candidates (the session: a tutor, a manager, an accompanist or an
/// evaluator, enrolled but offline), the candidates assigned to them by the centre, and
/// the other people around those candidates with their own devices. The session's clock
/// is `now`, which a test may move.
struct TeamFixture
{
    static inline const QString ReferentielId
        = QStringLiteral("cqp-conseiller-offres-service-securite-sociale");
    static inline const QDateTime Enrolled { QDate(2026, 1, 5), QTime(9, 0), Qt::UTC };

    SessionFixture f;
    SignedFixtures org { f.session };
    QDateTime now { QDate(2026, 9, 1), QTime(10, 0), Qt::UTC };
    QString referentiel = ReferentielId; ///< the candidates' certification (set before open)
    QString self;
    QString role;
    std::map<QString, FixtureSigner *> people; ///< by user id: candidates and co-workers

    /// The session is `user` in `role`; the centre assigns it the `candidates`
    /// (u-… ids, named after them), each with a co-worker of every other attester role.
    bool open(const QString &user, const QString &selfRole, const QStringList &candidates)
    {
        self = user;
        role = selfRole;
        f.session.setClock([this] { return now; });
        if (!f.openAs(user, selfRole) || !org.trustServer())
            return false;
        org.declareSelf(user, QStringLiteral("Claire Dubois"), selfRole, Enrolled);
        const QString other = selfRole == QLatin1String("manager") ? QStringLiteral("tutor")
                                                                   : QStringLiteral("manager");
        people[QStringLiteral("u-other")] = &org.person(
            QStringLiteral("u-other"), QStringLiteral("Marc Lefèvre"), other, Enrolled);
        for (const QString &candidate : candidates) {
            people[candidate] = &org.person(candidate, nameOf(candidate),
                                            QStringLiteral("candidate"), Enrolled, referentiel);
            org.assign(candidate, user, selfRole, Enrolled);
            org.assign(candidate, QStringLiteral("u-other"), other, Enrolled);
        }
        return org.deliver();
    }

    static QString nameOf(const QString &candidate)
    {
        QString name = candidate.mid(2);
        name[0] = name[0].toUpper();
        return name;
    }

    static QStringList criteria(const QString &competence, int count)
    {
        QStringList ids;
        for (int k = 1; k <= count; ++k)
            ids << QStringLiteral("%1.%2").arg(competence).arg(k);
        return ids;
    }

    /// The co-worker (u-other) attests `validated` criteria of a candidate's competence.
    Event otherAttests(const QString &candidate, const QString &competence, int validated,
                       const QString &otherRole)
    {
        return org.sign(
            *people[QStringLiteral("u-other")], QStringLiteral("carnet.attest"), candidate,
            { { QStringLiteral("referentiel"), referentiel },
              { QStringLiteral("version"), 1 },
              { QStringLiteral("competence"), competence },
              { QStringLiteral("role"), otherRole },
              { QStringLiteral("criteria"),
                QJsonArray::fromStringList(criteria(competence, validated)) },
              { QStringLiteral("situation"), QStringLiteral("Accueil d'un assuré au guichet") },
              { QStringLiteral("observed_on"), QStringLiteral("2026-05-04") } },
            QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
    }

    /// An event of a candidate's own device.
    Event candidateSigns(const QString &candidate, const QString &kind, const QJsonObject &body)
    {
        return org.sign(*people[candidate], kind, candidate, body,
                        QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    }
};

} // namespace jalon
