// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentiel/referentiel.h"

namespace jalon {

int Referentiel::activityCount() const
{
    int count = 0;
    for (const Function &function : functions)
        count += int(function.activities.size());
    return count;
}

int Referentiel::competenceCount() const
{
    int count = 0;
    for (const Bloc &bloc : blocs)
        count += int(bloc.competences.size());
    return count;
}

int Referentiel::criterionCount() const
{
    int count = 0;
    for (const Bloc &bloc : blocs) {
        for (const Competence &competence : bloc.competences)
            count += int(competence.criteria.size());
    }
    return count;
}

const Bloc *Referentiel::findBloc(const QString &blocId) const
{
    for (const Bloc &bloc : blocs) {
        if (bloc.id == blocId)
            return &bloc;
    }
    return nullptr;
}

const Competence *Referentiel::findCompetence(const QString &competenceId) const
{
    for (const Bloc &bloc : blocs) {
        for (const Competence &competence : bloc.competences) {
            if (competence.id == competenceId)
                return &competence;
        }
    }
    return nullptr;
}

} // namespace jalon
