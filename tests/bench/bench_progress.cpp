// SPDX-License-Identifier: GPL-3.0-or-later
// Progress of 1,000 candidates with realistic attestations on the largest bundled
// référentiel, fully recomputed. Prints the figures; the target is ≤ 16 ms a recompute.
#include "referentiel/referentielcatalog.h"
#include "rules/progressengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>

using namespace jalon;

namespace {

constexpr int kCandidates = 1000;
constexpr int kRuns = 30;

// One candidate some months into the path: a tutor, a manager and an evaluator assigned (one change
// of tutor for some), most competences attested by the tutor, many co-attested by the manager, a
// few attestations redone or revoked, some blocs already evaluated.
CandidateFacts candidate(const Referentiel &ref, QRandomGenerator &random, int number)
{
    const QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    const QString tutor = QStringLiteral("tutor-%1").arg(number % 97);
    const QString manager = QStringLiteral("manager-%1").arg(number % 31);
    const QString evaluator = QStringLiteral("evaluator-%1").arg(number % 7);
    CandidateFacts facts;
    facts.assignments << Assignment { tutor, Role::Tutor, start, {} }
                      << Assignment { manager, Role::Manager, start, {} }
                      << Assignment { evaluator, Role::Evaluator, start, {} };
    if (number % 10 == 0)
        facts.assignments << Assignment { QStringLiteral("tutor-old-%1").arg(number), Role::Tutor,
                                          start.addMonths(-6), start };

    for (const Bloc &bloc : ref.blocs) {
        for (const Competence &competence : bloc.competences) {
            auto signOnce = [&](const QString &attester, Role role) {
                QStringList ticked;
                for (const Criterion &criterion : competence.criteria) {
                    if (random.bounded(100) < 85)
                        ticked << criterion.id;
                }
                const QDateTime signedAt = start.addSecs(random.bounded(300 * 24 * 3600));
                facts.attestations
                    << Attestation { competence.id, attester, role,
                                     ticked,        signedAt, random.bounded(100) < 4 };
            };
            if (random.bounded(100) < 75) {
                signOnce(tutor, Role::Tutor);
                if (random.bounded(100) < 15)
                    signOnce(tutor, Role::Tutor); // observed again later
            }
            if (random.bounded(100) < 55)
                signOnce(manager, Role::Manager);
        }
        if (random.bounded(100) < 20)
            facts.evaluations << BlocEvaluation { bloc.id, random.bounded(100) < 85,
                                                  QDate(2026, 6, 1).addDays(random.bounded(150)),
                                                  evaluator, start.addDays(200) };
    }
    return facts;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const auto catalog = ReferentielCatalog::bundled();
    if (!catalog) {
        out << "cannot load the bundled référentiels: " << catalog.error().message() << '\n';
        return 1;
    }
    const Referentiel *largest = nullptr;
    for (const Referentiel &ref : catalog->all()) {
        if (!largest
            || ref.criterionCount() + ref.competenceCount()
                > largest->criterionCount() + largest->competenceCount())
            largest = &ref;
    }

    QRandomGenerator random(20261122);
    QList<CandidateFacts> candidates;
    qsizetype attestations = 0;
    for (int i = 0; i < kCandidates; ++i) {
        candidates << candidate(*largest, random, i);
        attestations += candidates.last().attestations.size();
    }

    QElapsedTimer timer;
    timer.start();
    const ProgressEngine engine(*largest);
    const qint64 buildNs = timer.nsecsElapsed();

    const QDate today(2026, 11, 22);
    QList<qint64> runs;
    qint64 acquired = 0;
    for (int run = 0; run < kRuns; ++run) {
        timer.restart();
        acquired = 0;
        for (const CandidateFacts &facts : candidates) {
            const CandidateProgress progress = engine.evaluate(facts, today);
            for (const BlocProgress &bloc : progress.blocs)
                acquired += bloc.acquired;
        }
        runs << timer.nsecsElapsed();
    }
    std::sort(runs.begin(), runs.end());

    const auto ms = [](qint64 ns) { return QString::number(double(ns) / 1e6, 'f', 2); };
    out << "référentiel: " << largest->id << " (" << largest->blocs.size() << " blocs, "
        << largest->competenceCount() << " competences, " << largest->criterionCount()
        << " criteria)\n";
    out << "candidates: " << kCandidates << ", attestations: " << attestations
        << ", acquired competences: " << acquired << '\n';
    out << "engine build: " << ms(buildNs) << " ms\n";
    out << "full recompute of " << kCandidates << " candidates over " << kRuns << " runs: min "
        << ms(runs.first()) << " ms, median " << ms(runs[runs.size() / 2]) << " ms, max "
        << ms(runs.last()) << " ms (target <= 16 ms)\n";
    return 0;
}
