// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentieltext.h"

#include <QCoreApplication>
#include <QTextStream>

namespace jalon::tool {
namespace {

    // The translation context of this file's messages.
    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(ReferentielText)
    };

    void line(QTextStream &out, int indent, const QString &text)
    {
        if (!text.isEmpty())
            out << QString(indent * 2, QLatin1Char(' ')) << text << '\n';
    }

    void note(QTextStream &out, int indent, const QString &text)
    {
        if (!text.isEmpty())
            line(out, indent, Text::tr("Note: %1").arg(text));
    }

    void writeRules(QTextStream &out, const Referentiel &ref)
    {
        QStringList roles;
        for (Role role : ref.rules.attesterRoles)
            roles << roleName(role);
        out << '\n' << Text::tr("Rules") << '\n';
        line(out, 1,
             Text::tr("criterion threshold: %1/%2")
                 .arg(ref.rules.criterionThreshold.num)
                 .arg(ref.rules.criterionThreshold.den));
        line(out, 1,
             Text::tr("competence threshold: %1/%2")
                 .arg(ref.rules.competenceThreshold.num)
                 .arg(ref.rules.competenceThreshold.den));
        line(out, 1, Text::tr("bloc validity: %1 years").arg(ref.rules.blocValidityYears));
        line(out, 1, Text::tr("attester roles: %1").arg(roles.join(QLatin1String(", "))));
        note(out, 1, ref.rules.note);
    }

    void writeFunctions(QTextStream &out, const Referentiel &ref)
    {
        out << '\n' << Text::tr("Functions and activities (auto-diagnostic)") << '\n';
        for (const Function &function : ref.functions) {
            line(out, 1, QStringLiteral("%1  %2").arg(function.id, function.title));
            note(out, 2, function.note);
            for (const Activity &activity : function.activities) {
                QString text = QStringLiteral("%1  %2").arg(activity.id, activity.label);
                if (!activity.blocs.isEmpty())
                    text += QStringLiteral("  [%1]").arg(activity.blocs.join(QLatin1String(", ")));
                line(out, 2, text);
                note(out, 3, activity.note);
            }
        }
    }

    void writeAssessment(QTextStream &out, const Assessment &assessment)
    {
        line(out, 2,
             Text::tr("Assessment: %1")
                 .arg(assessment.modality.isEmpty() ? QStringLiteral("-") : assessment.modality));
        line(out, 3, assessment.description);
        for (const AssessmentPart &part : assessment.parts) {
            QString title = QStringLiteral("%1  %2").arg(part.id, part.title);
            if (part.durationMinutes)
                title += Text::tr(" (%1 min %2)")
                             .arg(*part.durationMinutes)
                             .arg(part.durationNote)
                             .replace(QLatin1String(" )"), QLatin1String(")"));
            line(out, 3, title);
            for (const QString &expectation : part.expectations)
                line(out, 4, QStringLiteral("- %1").arg(expectation));
            note(out, 4, part.note);
        }
        if (!assessment.evaluatedBy.isEmpty())
            line(
                out, 3,
                Text::tr("Evaluated by: %1").arg(assessment.evaluatedBy.join(QLatin1String("; "))));
        note(out, 3, assessment.note);
    }

    void writeBlocs(QTextStream &out, const Referentiel &ref)
    {
        out << '\n' << Text::tr("Blocs, competences and criteria") << '\n';
        for (const Bloc &bloc : ref.blocs) {
            line(out, 1, QStringLiteral("%1  %2").arg(bloc.id, bloc.title));
            note(out, 2, bloc.note);
            for (const Competence &competence : bloc.competences) {
                const QString type = competence.type == CompetenceType::Transversal
                    ? Text::tr("transversal")
                    : Text::tr("professional");
                line(out, 2,
                     QStringLiteral("%1  (%2) %3").arg(competence.id, type, competence.label));
                note(out, 3, competence.note);
                for (const Criterion &criterion : competence.criteria) {
                    line(out, 3, QStringLiteral("%1  %2").arg(criterion.id, criterion.label));
                    note(out, 4, criterion.note);
                }
            }
            writeAssessment(out, bloc.assessment);
        }
    }

    void writePaths(QTextStream &out, const Referentiel &ref)
    {
        out << '\n' << Text::tr("Paths") << '\n';
        line(out, 1, Text::tr("Examinations:"));
        for (const PathStep &step : ref.epreuves.steps)
            line(out, 2, QStringLiteral("- %1").arg(step.label));
        note(out, 2, ref.epreuves.note);
        line(out, 1,
             Text::tr("VAE: %1 sessions over about %2 months")
                 .arg(ref.vae.sessions)
                 .arg(ref.vae.months));
        for (const PathStep &step : ref.vae.steps)
            line(out, 2,
                 QStringLiteral("- %1%2").arg(step.label,
                                              step.duration.isEmpty()
                                                  ? QString()
                                                  : QStringLiteral(" (%1)").arg(step.duration)));
        note(out, 2, ref.vae.note);
    }

} // namespace

QString referentielListLine(const Referentiel &referentiel)
{
    return QStringLiteral("%1  v%2  %3")
        .arg(referentiel.id)
        .arg(referentiel.version)
        .arg(referentiel.certification.title);
}

QString referentielText(const Referentiel &ref)
{
    QString text;
    QTextStream out(&text);
    const Certification &c = ref.certification;
    out << c.title << '\n';
    line(out, 1, QStringLiteral("%1 · %2 v%3").arg(c.type, ref.id).arg(ref.version));
    line(out, 1, Text::tr("Certifier: %1").arg(c.certifier));
    if (!c.level.isEmpty())
        line(out, 1, Text::tr("Level: %1").arg(c.level));
    if (!c.nsf.isEmpty())
        line(out, 1, Text::tr("NSF: %1").arg(c.nsf.join(QLatin1String(", "))));
    if (!c.rncp.isEmpty())
        line(out, 1, Text::tr("RNCP: %1").arg(c.rncp));
    note(out, 1, c.note);
    writeRules(out, ref);
    writeFunctions(out, ref);
    writeBlocs(out, ref);
    writePaths(out, ref);
    out.flush();
    return text;
}

} // namespace jalon::tool
