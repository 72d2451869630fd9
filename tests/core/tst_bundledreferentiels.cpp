// SPDX-License-Identifier: GPL-3.0-or-later
// The four référentiels shipped with Jalon, checked against their source documents
// (shared/seeds): counts, the document's ids, and the links between them.
#include "referentiel/referentielcatalog.h"

#include <QFile>
#include <QTest>

using namespace jalon;

namespace {

struct Expected
{
    QStringList functionTitles;
    QList<int> activitiesPerFunction;
    QStringList blocIds;
    QList<QStringList> competencesPerBloc;
    int transversal = 0;
};

QStringList ids(const QList<Competence> &competences)
{
    QStringList result;
    for (const Competence &competence : competences)
        result << competence.id;
    return result;
}

QString seedText(const QString &name)
{
    QFile file(QStringLiteral(JALON_SEEDS_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The extraction splits some words and lines; compare on single-spaced text.
    return QString::fromUtf8(file.readAll()).simplified();
}

} // namespace

class TestBundledReferentiels : public QObject
{
    Q_OBJECT

private:
    ReferentielCatalog m_catalog;

    const Referentiel &get(const char *id)
    {
        const Referentiel *ref = m_catalog.find(QLatin1String(id));
        if (!ref)
            qFatal("bundled référentiel %s is missing", id);
        return *ref;
    }

    void checkStructure(const Referentiel &ref, const Expected &expected)
    {
        QCOMPARE(ref.functions.size(), expected.activitiesPerFunction.size());
        for (qsizetype f = 0; f < ref.functions.size(); ++f) {
            if (!expected.functionTitles.isEmpty())
                QCOMPARE(ref.functions[f].title, expected.functionTitles[f]);
            QCOMPARE(ref.functions[f].activities.size(), expected.activitiesPerFunction[f]);
        }
        QStringList blocIds;
        for (const Bloc &bloc : ref.blocs)
            blocIds << bloc.id;
        QCOMPARE(blocIds, expected.blocIds);
        int transversal = 0;
        for (qsizetype b = 0; b < ref.blocs.size(); ++b) {
            QCOMPARE(ids(ref.blocs[b].competences), expected.competencesPerBloc[b]);
            for (const Competence &competence : ref.blocs[b].competences)
                transversal += competence.type == CompetenceType::Transversal ? 1 : 0;
        }
        QCOMPARE(transversal, expected.transversal);
        // Every activity feeds a bloc: the auto-diagnostic results point somewhere.
        for (const Function &function : ref.functions) {
            for (const Activity &activity : function.activities)
                QVERIFY2(!activity.blocs.isEmpty(), qPrintable(activity.id));
        }
    }

    // Every label of the référentiel is the document's wording: found in the source text.
    void checkWording(const Referentiel &ref, const QStringList &sources, int tolerated)
    {
        QString text;
        for (const QString &source : sources)
            text += seedText(source);
        QVERIFY2(!text.isEmpty(), "the seed documents are not readable");
        QStringList absent;
        auto check = [&](const QString &label) {
            // Compare a prefix: the document may continue a sentence across a table cell.
            const QString probe = label.simplified().left(40);
            if (!text.contains(probe))
                absent << probe;
        };
        for (const Bloc &bloc : ref.blocs) {
            for (const Competence &competence : bloc.competences) {
                check(competence.label);
                for (const Criterion &criterion : competence.criteria)
                    check(criterion.label);
            }
        }
        for (const Function &function : ref.functions) {
            for (const Activity &activity : function.activities)
                check(activity.label);
        }
        QVERIFY2(absent.size() <= tolerated, qPrintable(absent.join(QLatin1String("\n"))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto catalog = ReferentielCatalog::bundled();
        QVERIFY2(catalog.has_value(), qPrintable(catalog ? QString() : catalog.error().message()));
        m_catalog = std::move(*catalog);
        QCOMPARE(m_catalog.all().size(), 4);
        for (const Referentiel &ref : m_catalog.all()) {
            QCOMPARE(ref.version, 1);
            QVERIFY(!ref.certification.sources.isEmpty());
            QCOMPARE(ref.scale.size(), 4);
            QCOMPARE(ref.rules.blocValidityYears, 5);
        }
    }

    void conseillerEntreprise()
    {
        const Referentiel &ref = get("cqp-conseiller-entreprise");
        QCOMPARE(ref.certification.sources,
                 (QStringList{"000_15811895cf4a08f9.txt", "001_f90852912f045cd8.txt"}));
        checkStructure(ref, {{"Accueil du client", "Réponse au client", "Consolidation des données",
                              "Analyse des écarts et formalisation de préconisations",
                              "Traçabilité et opposabilité des actions conduites",
                              "Amélioration des process de travail et de leur efficience", "Conseil au client"},
                             {4, 7, 5, 8, 4, 4, 6},
                             {"B1", "B2", "B3"},
                             {{"CP1", "CP2", "CP3", "CP4", "CT1"},
                              {"CP5", "CP6", "CP7", "CP8", "CT2"},
                              {"CP9", "CP10", "CT3"}},
                             3});
        // Each bloc: a 30-minute exercise and a 15-minute explicitation interview with the CTE.
        for (const Bloc &bloc : ref.blocs) {
            QCOMPARE(bloc.assessment.parts.size(), 2);
            QCOMPARE(bloc.assessment.parts[0].durationMinutes, std::optional<int>(30));
            QCOMPARE(bloc.assessment.parts[1].durationMinutes, std::optional<int>(15));
        }
        QCOMPARE(ref.vae.sessions, 11);
        QCOMPARE(ref.vae.months, 9);
        QVERIFY(ref.epreuves.steps.size() >= 4);
        checkWording(ref, ref.certification.sources, 0);
    }
};

QTEST_GUILESS_MAIN(TestBundledReferentiels)
#include "tst_bundledreferentiels.moc"
