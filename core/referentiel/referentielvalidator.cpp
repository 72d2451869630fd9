// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentiel/referentielvalidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace jalon {
namespace {

    class Checker
    {
        Q_DECLARE_TR_FUNCTIONS(ReferentielValidator)

    public:
        Checker(const Referentiel &ref, const QString &source)
            : m_ref(ref)
            , m_source(source)
        {
        }

        std::optional<Error> run()
        {
            checkReferentielId();
            checkThreshold(m_ref.rules.criterionThreshold, "/rules/criterion_threshold");
            checkThreshold(m_ref.rules.competenceThreshold, "/rules/competence_threshold");
            checkAttesterRoles();
            checkScale();
            checkDate();
            collectIds();
            checkReferences();
            return m_error;
        }

    private:
        void fail(const QString &pointer, const QString &problem, const QString &expected)
        {
            if (!m_error)
                m_error = Error { m_source, pointer, problem, expected };
        }

        void checkReferentielId()
        {
            static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
            if (!pattern.match(m_ref.id).hasMatch())
                fail("/id", tr("the référentiel id \"%1\" is not allowed").arg(m_ref.id),
                     tr("lowercase letters and digits separated by single hyphens"));
        }

        void checkThreshold(Fraction threshold, const QString &pointer)
        {
            if (threshold.den < 1 || threshold.num < 1 || threshold.num > threshold.den)
                fail(
                    pointer,
                    tr("the threshold %1/%2 is out of range").arg(threshold.num).arg(threshold.den),
                    tr("a fraction num/den with 0 < num ≤ den"));
        }

        void checkAttesterRoles()
        {
            const QList<Role> &roles = m_ref.rules.attesterRoles;
            if (roles.isEmpty())
                fail("/rules/attester_roles", tr("no attester role is given"),
                     tr("\"tutor\", \"manager\" or both"));
            for (qsizetype i = 0; i < roles.size(); ++i) {
                if (roles.indexOf(roles[i]) != i)
                    fail(QStringLiteral("/rules/attester_roles/%1").arg(i),
                         tr("the role \"%1\" is listed twice").arg(roleName(roles[i])),
                         tr("each role once"));
            }
        }

        void checkScale()
        {
            for (qsizetype i = 0; i < m_ref.scale.size(); ++i) {
                if (m_ref.scale[i].value != i)
                    fail(QStringLiteral("/diagnostic/scale/%1/value").arg(i),
                         tr("the level value %1 is out of order").arg(m_ref.scale[i].value),
                         tr("%1").arg(i));
            }
        }

        void checkDate()
        {
            const QString &date = m_ref.certification.date;
            if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
                fail("/certification/date", tr("\"%1\" is not a date").arg(date),
                     tr("a date written YYYY-MM-DD"));
        }

        void addId(const QString &id, const QString &pointer, const char *kind)
        {
            static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
            if (!pattern.match(id).hasMatch()) {
                fail(
                    pointer, tr("the id \"%1\" is not allowed").arg(id),
                    tr("letters, digits, \".\", \"-\" and \"_\", starting with a letter or digit"));
                return;
            }
            if (const auto it = m_idPointers.constFind(id); it != m_idPointers.constEnd()) {
                fail(pointer, tr("the id \"%1\" is already used at %2").arg(id, *it),
                     tr("an id used once in the whole document"));
                return;
            }
            m_idPointers.insert(id, pointer);
            m_kinds.insert(id, QLatin1String(kind));
        }

        void collectIds()
        {
            for (qsizetype f = 0; f < m_ref.functions.size(); ++f) {
                const Function &function = m_ref.functions[f];
                const QString at = QStringLiteral("/functions/%1").arg(f);
                addId(function.id, at + "/id", "function");
                for (qsizetype a = 0; a < function.activities.size(); ++a)
                    addId(function.activities[a].id,
                          QStringLiteral("%1/activities/%2/id").arg(at).arg(a), "activity");
            }
            for (qsizetype b = 0; b < m_ref.blocs.size(); ++b) {
                const Bloc &bloc = m_ref.blocs[b];
                const QString at = QStringLiteral("/blocs/%1").arg(b);
                addId(bloc.id, at + "/id", "bloc");
                for (qsizetype c = 0; c < bloc.competences.size(); ++c) {
                    const Competence &competence = bloc.competences[c];
                    const QString cAt = QStringLiteral("%1/competences/%2").arg(at).arg(c);
                    addId(competence.id, cAt + "/id", "competence");
                    for (qsizetype k = 0; k < competence.criteria.size(); ++k)
                        addId(competence.criteria[k].id,
                              QStringLiteral("%1/criteria/%2/id").arg(cAt).arg(k), "criterion");
                }
                for (qsizetype p = 0; p < bloc.assessment.parts.size(); ++p)
                    addId(bloc.assessment.parts[p].id,
                          QStringLiteral("%1/assessment/parts/%2/id").arg(at).arg(p), "part");
            }
        }

        void checkReference(const QString &id, const QString &pointer, const char *kind)
        {
            if (m_kinds.value(id) == QLatin1String(kind))
                return;
            if (qstrcmp(kind, "bloc") == 0)
                fail(pointer, tr("\"%1\" names no bloc of this document").arg(id),
                     tr("the id of a bloc of this document"));
            else
                fail(pointer, tr("\"%1\" names no activity of this document").arg(id),
                     tr("the id of an activity of this document"));
        }

        void checkReferences()
        {
            for (qsizetype f = 0; f < m_ref.functions.size(); ++f) {
                const QList<Activity> &activities = m_ref.functions[f].activities;
                for (qsizetype a = 0; a < activities.size(); ++a) {
                    for (qsizetype i = 0; i < activities[a].blocs.size(); ++i)
                        checkReference(activities[a].blocs[i],
                                       QStringLiteral("/functions/%1/activities/%2/blocs/%3")
                                           .arg(f)
                                           .arg(a)
                                           .arg(i),
                                       "bloc");
                }
            }
            for (qsizetype b = 0; b < m_ref.blocs.size(); ++b) {
                const QList<Competence> &competences = m_ref.blocs[b].competences;
                for (qsizetype c = 0; c < competences.size(); ++c) {
                    for (qsizetype i = 0; i < competences[c].activities.size(); ++i)
                        checkReference(competences[c].activities[i],
                                       QStringLiteral("/blocs/%1/competences/%2/activities/%3")
                                           .arg(b)
                                           .arg(c)
                                           .arg(i),
                                       "activity");
                }
            }
        }

        const Referentiel &m_ref;
        const QString &m_source;
        QHash<QString, QString> m_idPointers;
        QHash<QString, QString> m_kinds;
        std::optional<Error> m_error;
    };

} // namespace

std::optional<Error> ReferentielValidator::check(const Referentiel &referentiel,
                                                 const QString &source)
{
    return Checker(referentiel, source).run();
}

} // namespace jalon
