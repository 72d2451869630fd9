// SPDX-License-Identifier: GPL-3.0-or-later
// The four référentiels shipped with Jalon, checked against their source documents
// (shared/seeds): counts, the document's ids, and the links between them.
#include "crypto/sha256.h"
#include "jcs/canonicaljson.h"
#include "referentiel/referentielcatalog.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
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
    // The extraction keeps some table cells as HTML and splits lines at page breaks:
    // compare on the words alone, single-spaced.
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return QString::fromUtf8(file.readAll()).replace(tag, QStringLiteral(" ")).simplified();
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
    // A shipped text never changes under its version: jury bundles carry the text they were
    // made with, and a verifier accepts it only when it is byte for byte (in RFC 8785 form)
    // the one Jalon ships. A change to a référentiel is a new version, with these digests.
    void theShippedTextsAreTheOnesBundlesWereMadeWith()
    {
        const QHash<QString, QByteArray> pinned {
            { QStringLiteral("cqp-charge-accueil-relation-clients@1"),
              "50b130c86eb010a2be626f8bb2d9fd170b7b3081af55f370c89fbfb8c50c0800" },
            { QStringLiteral("cqp-conseiller-entreprise@1"),
              "b9877e0438cfa14fc4a9ef1f1254ee54c1cec4a70ad6dcded3562f05da8d9e9c" },
            { QStringLiteral("cqp-conseiller-offres-service-securite-sociale@1"),
              "37966cbe5742b29c4f8f2107b38bd24b2c083cd6d774812a82e353a73b738ed0" },
            { QStringLiteral("titre-charge-clientele-banque-assurance@1"),
              "8712836444e0c173c70b9c84060c3a37b201f78c345fdf00e9a7a95b5d1bd45c" },
        };
        const auto catalog = ReferentielCatalog::bundled();
        QVERIFY(catalog.has_value());
        QCOMPARE(catalog->all().size(), pinned.size());
        for (const Referentiel &shipped : catalog->all()) {
            const QString key = QStringLiteral("%1@%2").arg(shipped.id).arg(shipped.version);
            QVERIFY2(pinned.contains(key), qPrintable(key));
            QCOMPARE(sha256(CanonicalJson::serialize(shipped.document)).toHex(), pinned.value(key));
        }
    }

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
                 (QStringList { "000_15811895cf4a08f9.txt", "001_f90852912f045cd8.txt" }));
        checkStructure(
            ref,
            { { "Accueil du client", "Réponse au client", "Consolidation des données",
                "Analyse des écarts et formalisation de préconisations",
                "Traçabilité et opposabilité des actions conduites",
                "Amélioration des process de travail et de leur efficience", "Conseil au client" },
              { 4, 7, 5, 8, 4, 4, 6 },
              { "B1", "B2", "B3" },
              { { "CP1", "CP2", "CP3", "CP4", "CT1" },
                { "CP5", "CP6", "CP7", "CP8", "CT2" },
                { "CP9", "CP10", "CT3" } },
              3 });
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

    void chargeAccueilRelationClients()
    {
        const Referentiel &ref = get("cqp-charge-accueil-relation-clients");
        QCOMPARE(ref.certification.sources, QStringList { "002_ac0104bb75e4ceb6.txt" });
        QCOMPARE(ref.certification.nsf, QStringList { "313t" });
        checkStructure(ref,
                       { { "Assurer l'accueil des clients et des prospects",
                           "Piloter son activité commerciale",
                           "Organiser ses activités et mobiliser les systèmes informatisés",
                           "Mettre en œuvre les actions commerciales" },
                         { 5, 3, 3, 3 },
                         { "B1", "B2", "B3", "B4" },
                         { { "B1.C1", "B1.C2", "B1.C3", "B1.C4", "B1.C5", "B1.C6" },
                           { "B2.C1", "B2.C2", "B2.C3", "B2.C4" },
                           { "B3.C1", "B3.C2", "B3.C3", "B3.C4" },
                           { "B4.C1", "B4.C2", "B4.C3", "B4.C4", "B4.C5" } },
                         0 });
        // Every bloc: an observation or a presentation, then a 15-minute interview with the
        // evaluators.
        for (const Bloc &bloc : ref.blocs) {
            QCOMPARE(bloc.assessment.parts.size(), 2);
            QCOMPARE(bloc.assessment.parts[1].durationMinutes, std::optional<int>(15));
            QVERIFY(!bloc.assessment.evaluatedBy.isEmpty());
            for (const Competence &competence : bloc.competences)
                QVERIFY2(!competence.criteria.isEmpty(), qPrintable(competence.id));
        }
        checkWording(ref, ref.certification.sources, 0);
    }

    void conseillerOffresServiceSecuriteSociale()
    {
        const Referentiel &ref = get("cqp-conseiller-offres-service-securite-sociale");
        QCOMPARE(ref.certification.sources, QStringList { "003_575abc0c128604b1.txt" });
        checkStructure(ref,
                       { { "Gestion de la relation client",
                           "Contribution à la démarche de maîtrise des risques",
                           "Promotion des offres de services", "Traitement des données" },
                         { 1, 1, 1, 1 },
                         { "B1", "B2", "B3", "B4" },
                         { { "B1.C1", "B1.C2", "B1.C3", "B1.C4", "B1.C5", "B1.C6" },
                           { "B2.C1", "B2.C2", "B2.C3", "B2.C4", "B2.C5" },
                           { "B3.C1", "B3.C2", "B3.C3" },
                           { "B4.C1", "B4.C2", "B4.C3", "B4.C4" } },
                         0 });
        // The document's own rules: 80 % of criteria, 80 % of competences, the carnet
        // attested by the tutor and the manager.
        QCOMPARE(ref.rules.criterionThreshold.num * 5, ref.rules.criterionThreshold.den * 4);
        QCOMPARE(ref.rules.competenceThreshold.num * 5, ref.rules.competenceThreshold.den * 4);
        QCOMPARE(ref.rules.attesterRoles, (QList<Role> { Role::Tutor, Role::Manager }));
        int criteria = 0;
        for (const Bloc &bloc : ref.blocs) {
            QCOMPARE(bloc.assessment.parts.first().title,
                     QStringLiteral("Carnet de suivi des compétences"));
            for (const Competence &competence : bloc.competences)
                criteria += int(competence.criteria.size());
        }
        QCOMPARE(criteria, 73);
        checkWording(ref, ref.certification.sources, 0);
    }

    void chargeClienteleBanqueAssurance()
    {
        const Referentiel &ref = get("titre-charge-clientele-banque-assurance");
        QCOMPARE(ref.certification.sources, QStringList { "004_88229ca4c97ea489.txt" });
        QCOMPARE(ref.certification.level, QStringLiteral("6"));
        checkStructure(
            ref,
            { { "Accueillir, informer et conseiller",
                "Animer, fidéliser et développer un portefeuille de clients particuliers",
                "Maîtriser les risques et la réglementation" },
              { 10, 9, 5 },
              { "BL1", "BL2", "BL3" },
              { ids(ref.blocs[0].competences), ids(ref.blocs[1].competences),
                ids(ref.blocs[2].competences) },
              0 });
        // The document's activity ids are kept: A1–A10, B1–B9, C1–C4 (two activities are numbered
        // C3).
        QStringList activityIds;
        for (const Function &function : ref.functions) {
            for (const Activity &activity : function.activities)
                activityIds << activity.id;
        }
        QCOMPARE(activityIds,
                 (QStringList { "A1", "A2",  "A3", "A4", "A5", "A6", "A7",     "A8",
                                "A9", "A10", "B1", "B2", "B3", "B4", "B5",     "B6",
                                "B7", "B8",  "B9", "C1", "C2", "C3", "C3-bis", "C4" }));
        // Every competence comes from an activity of its bloc's function.
        for (qsizetype b = 0; b < ref.blocs.size(); ++b) {
            QStringList own;
            for (const Activity &activity : ref.functions[b].activities)
                own << activity.id;
            for (const Competence &competence : ref.blocs[b].competences) {
                QCOMPARE(competence.activities.size(), 1);
                QVERIFY2(own.contains(competence.activities.first()), qPrintable(competence.id));
            }
        }
        QCOMPARE(ref.blocs[0].competences.size() + ref.blocs[1].competences.size()
                     + ref.blocs[2].competences.size(),
                 46);
        checkWording(ref, ref.certification.sources, 0);
    }
};

QTEST_GUILESS_MAIN(TestBundledReferentiels)
#include "tst_bundledreferentiels.moc"
