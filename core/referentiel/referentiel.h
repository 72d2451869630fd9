// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/role.h"
#include "rules/fraction.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jalon {

// The in-memory form of a référentiel document (core/referentiel/FORMAT.md).
// Plain values: a loaded Referentiel is complete and valid, never half-filled.

struct Criterion
{
    QString id;
    QString label;
    QString note;
};

enum class CompetenceType { Professional, Transversal };

struct Competence
{
    QString id;
    CompetenceType type = CompetenceType::Professional;
    QString label;
    QStringList activities;
    QList<Criterion> criteria;
    QString note;
};

struct AssessmentPart
{
    QString id;
    QString title;
    QString description;
    std::optional<int> durationMinutes;
    QString durationNote;
    QStringList expectations;
    QStringList evaluatedBy;
    QString note;
};

struct Assessment
{
    QString modality;
    QString description;
    QList<AssessmentPart> parts;
    QStringList evaluatedBy;
    QString note;
};

struct Bloc
{
    QString id;
    QString title;
    QList<Competence> competences;
    Assessment assessment;
    QString note;
};

struct Activity
{
    QString id;
    QString label;
    QStringList blocs;
    QString note;
};

struct Function
{
    QString id;
    QString title;
    QString purpose;
    QList<Activity> activities;
    QString note;
};

struct ScaleLevel
{
    int value = 0;
    QString label; ///< in the candidate's words: "Je le fais seul(e)"
    QString observed; ///< in the words of whoever rates the candidate: "Le fait seul(e)"
};

struct Rules
{
    Fraction criterionThreshold;
    Fraction competenceThreshold;
    int blocValidityYears = 5;
    QList<Role> attesterRoles;
    QString note;
};

struct PathStep
{
    QString id;
    QString label;
    QString duration;
    QString note;
};

struct ExamPath
{
    QList<PathStep> steps;
    QString note;
};

struct VaePath
{
    int sessions = 0;
    int months = 0;
    QList<PathStep> steps;
    QString note;
};

struct Certification
{
    QString title;
    QString type;
    QString certifier;
    QString branch;
    QString level;
    QString rncp;
    QStringList nsf;
    QString date;
    QStringList jobs;
    QString description;
    QStringList sources;
    QString note;
};

struct Referentiel
{
    static constexpr int kFormat = 1;

    QString id;
    int version = 0;
    Certification certification;
    Rules rules;
    QList<ScaleLevel> scale;
    QList<Function> functions;
    QList<Bloc> blocs;
    ExamPath epreuves;
    VaePath vae;
    QString note;
    QJsonObject document; ///< the source document, as loaded

    int activityCount() const;
    int competenceCount() const;
    int criterionCount() const;
    const Bloc *findBloc(const QString &blocId) const;
    const Competence *findCompetence(const QString &competenceId) const;
};

} // namespace jalon
