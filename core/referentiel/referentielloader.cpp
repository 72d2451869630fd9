// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentiel/referentielloader.h"

#include "referentiel/jsonfieldreader.h"
#include "referentiel/referentielvalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

namespace jalon {
namespace {

    using R = JsonFieldReader;

    // Jalon's own auto-diagnostic scale, which the bundled référentiels carry (their
    // documents fix none), in the words of whoever rates the candidate. A référentiel says
    // them with "observed"; the shipped files are left as they are, since a jury bundle is
    // checked against their exact text.
    QString observedWords(const QString &label)
    {
        static const QHash<QString, QString> words {
            { QStringLiteral("Je ne le fais pas"), QStringLiteral("Ne le fait pas") },
            { QStringLiteral("Je le fais avec de l'aide"),
              QStringLiteral("Le fait avec de l'aide") },
            { QStringLiteral("Je le fais seul(e)"), QStringLiteral("Le fait seul(e)") },
            { QStringLiteral("Je peux l'expliquer et le transmettre"),
              QStringLiteral("Peut l'expliquer et le transmettre") },
        };
        return words.value(label, label);
    }

    // Reads one document. Each function reads one object kind and its children; all of them
    // stop adding content once the reader has failed, and the caller discards the result.
    class DocumentReader
    {
        Q_DECLARE_TR_FUNCTIONS(ReferentielLoader)

    public:
        explicit DocumentReader(JsonFieldReader &reader)
            : r(reader)
        {
        }

        Referentiel read(const QJsonObject &root)
        {
            Referentiel ref;
            r.rejectUnknownKeys(root, {},
                                { "format", "id", "version", "certification", "rules", "diagnostic",
                                  "functions", "blocs", "paths", "note" });
            ref.id = r.string(root, {}, "id");
            ref.version = r.integer(root, {}, "version", 1).value_or(0);
            ref.certification
                = certification(r.object(root, {}, "certification"), "/certification");
            ref.rules = rules(r.object(root, {}, "rules"), "/rules");
            ref.scale = scale(r.object(root, {}, "diagnostic"), "/diagnostic");
            const QJsonArray functions = r.array(root, {}, "functions", 1);
            for (qsizetype i = 0; i < functions.size() && !r.failed(); ++i)
                ref.functions << function(r.objectAt(functions, "/functions", i),
                                          R::child("/functions", i));
            const QJsonArray blocs = r.array(root, {}, "blocs", 1);
            for (qsizetype i = 0; i < blocs.size() && !r.failed(); ++i)
                ref.blocs << bloc(r.objectAt(blocs, "/blocs", i), R::child("/blocs", i));
            paths(r.object(root, {}, "paths", R::Optional), "/paths", ref);
            ref.note = r.string(root, {}, "note", R::Optional);
            ref.document = root;
            return ref;
        }

    private:
        Certification certification(const QJsonObject &o, const QString &at)
        {
            r.rejectUnknownKeys(o, at,
                                { "title", "type", "certifier", "branch", "level", "rncp", "nsf",
                                  "date", "jobs", "description", "sources", "note" });
            Certification c;
            c.title = r.string(o, at, "title");
            c.type = r.string(o, at, "type");
            c.certifier = r.string(o, at, "certifier");
            c.branch = r.string(o, at, "branch", R::Optional);
            c.level = r.string(o, at, "level", R::Optional);
            c.rncp = r.string(o, at, "rncp", R::Optional);
            c.nsf = r.strings(o, at, "nsf");
            c.date = r.string(o, at, "date", R::Optional);
            c.jobs = r.strings(o, at, "jobs");
            c.description = r.string(o, at, "description", R::Optional);
            c.sources = r.strings(o, at, "sources");
            c.note = r.string(o, at, "note", R::Optional);
            return c;
        }

        Fraction fraction(const QJsonObject &o, const QString &at)
        {
            r.rejectUnknownKeys(o, at, { "num", "den" });
            return Fraction { r.integer(o, at, "num", 0).value_or(0),
                              r.integer(o, at, "den", 1).value_or(1) };
        }

        Rules rules(const QJsonObject &o, const QString &at)
        {
            r.rejectUnknownKeys(o, at,
                                { "criterion_threshold", "competence_threshold",
                                  "bloc_validity_years", "attester_roles", "note" });
            Rules rules;
            rules.criterionThreshold
                = fraction(r.object(o, at, "criterion_threshold"), at + "/criterion_threshold");
            rules.competenceThreshold
                = fraction(r.object(o, at, "competence_threshold"), at + "/competence_threshold");
            rules.blocValidityYears = r.integer(o, at, "bloc_validity_years", 1).value_or(0);
            const QStringList roles = r.strings(o, at, "attester_roles", R::Required);
            for (qsizetype i = 0; i < roles.size() && !r.failed(); ++i) {
                const auto role = roleFromName(roles[i]);
                if (!role || (*role != Role::Tutor && *role != Role::Manager)) {
                    r.fail(R::child(at + "/attester_roles", i),
                           tr("unknown attester role \"%1\"").arg(roles[i]),
                           tr("\"tutor\" or \"manager\""));
                    break;
                }
                rules.attesterRoles << *role;
            }
            rules.note = r.string(o, at, "note", R::Optional);
            return rules;
        }

        QList<ScaleLevel> scale(const QJsonObject &o, const QString &at)
        {
            r.rejectUnknownKeys(o, at, { "scale", "note" });
            const QString scaleAt = at + "/scale";
            const QJsonArray items = r.array(o, at, "scale", 2);
            QList<ScaleLevel> levels;
            for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
                const QJsonObject item = r.objectAt(items, scaleAt, i);
                const QString itemAt = R::child(scaleAt, i);
                r.rejectUnknownKeys(item, itemAt, { "value", "label", "observed" });
                ScaleLevel level { r.integer(item, itemAt, "value", 0).value_or(0),
                                   r.string(item, itemAt, "label"),
                                   r.string(item, itemAt, "observed", R::Optional) };
                if (level.observed.isEmpty())
                    level.observed = observedWords(level.label);
                levels << level;
            }
            return levels;
        }

        Function function(const QJsonObject &o, const QString &at)
        {
            r.rejectUnknownKeys(o, at, { "id", "title", "purpose", "activities", "note" });
            Function f;
            f.id = r.string(o, at, "id");
            f.title = r.string(o, at, "title");
            f.purpose = r.string(o, at, "purpose", R::Optional);
            const QString listAt = at + "/activities";
            const QJsonArray items = r.array(o, at, "activities", 1);
            for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
                const QJsonObject item = r.objectAt(items, listAt, i);
                const QString itemAt = R::child(listAt, i);
                r.rejectUnknownKeys(item, itemAt, { "id", "label", "blocs", "note" });
                f.activities << Activity { r.string(item, itemAt, "id"),
                                           r.string(item, itemAt, "label"),
                                           r.strings(item, itemAt, "blocs"),
                                           r.string(item, itemAt, "note", R::Optional) };
            }
            f.note = r.string(o, at, "note", R::Optional);
            return f;
        }

        Bloc bloc(const QJsonObject &o, const QString &at)
        {
            r.rejectUnknownKeys(o, at, { "id", "title", "competences", "assessment", "note" });
            Bloc b;
            b.id = r.string(o, at, "id");
            b.title = r.string(o, at, "title");
            const QString listAt = at + "/competences";
            const QJsonArray items = r.array(o, at, "competences", 1);
            for (qsizetype i = 0; i < items.size() && !r.failed(); ++i)
                b.competences << competence(r.objectAt(items, listAt, i), R::child(listAt, i));
            b.assessment = assessment(r.object(o, at, "assessment"), at + "/assessment");
            b.note = r.string(o, at, "note", R::Optional);
            return b;
        }

        Competence competence(const QJsonObject &o, const QString &at)
        {
            r.rejectUnknownKeys(o, at, { "id", "type", "label", "activities", "criteria", "note" });
            Competence c;
            c.id = r.string(o, at, "id");
            const QString type = r.string(o, at, "type");
            if (type == QLatin1String("transversal"))
                c.type = CompetenceType::Transversal;
            else if (type != QLatin1String("professional") && !r.failed())
                r.fail(at + "/type", tr("unknown competence type \"%1\"").arg(type),
                       tr("\"professional\" or \"transversal\""));
            c.label = r.string(o, at, "label");
            c.activities = r.strings(o, at, "activities");
            const QString listAt = at + "/criteria";
            const QJsonArray items = r.array(o, at, "criteria", 0);
            for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
                const QJsonObject item = r.objectAt(items, listAt, i);
                const QString itemAt = R::child(listAt, i);
                r.rejectUnknownKeys(item, itemAt, { "id", "label", "note" });
                c.criteria << Criterion { r.string(item, itemAt, "id"),
                                          r.string(item, itemAt, "label"),
                                          r.string(item, itemAt, "note", R::Optional) };
            }
            c.note = r.string(o, at, "note", R::Optional);
            return c;
        }

        Assessment assessment(const QJsonObject &o, const QString &at)
        {
            r.rejectUnknownKeys(o, at,
                                { "modality", "description", "parts", "evaluated_by", "note" });
            Assessment a;
            a.modality = r.string(o, at, "modality", R::Optional);
            a.description = r.string(o, at, "description", R::Optional);
            const QString listAt = at + "/parts";
            const QJsonArray items = r.array(o, at, "parts", 0, R::Optional);
            for (qsizetype i = 0; i < items.size() && !r.failed(); ++i)
                a.parts << part(r.objectAt(items, listAt, i), R::child(listAt, i));
            a.evaluatedBy = r.strings(o, at, "evaluated_by");
            a.note = r.string(o, at, "note", R::Optional);
            return a;
        }

        AssessmentPart part(const QJsonObject &o, const QString &at)
        {
            r.rejectUnknownKeys(o, at,
                                { "id", "title", "description", "duration_minutes", "duration_note",
                                  "expectations", "evaluated_by", "note" });
            AssessmentPart p;
            p.id = r.string(o, at, "id");
            p.title = r.string(o, at, "title");
            p.description = r.string(o, at, "description", R::Optional);
            p.durationMinutes = r.integer(o, at, "duration_minutes", 1, R::Optional);
            p.durationNote = r.string(o, at, "duration_note", R::Optional);
            p.expectations = r.strings(o, at, "expectations");
            p.evaluatedBy = r.strings(o, at, "evaluated_by");
            p.note = r.string(o, at, "note", R::Optional);
            return p;
        }

        QList<PathStep> steps(const QJsonObject &o, const QString &at)
        {
            const QString listAt = at + "/steps";
            const QJsonArray items = r.array(o, at, "steps", 0, R::Optional);
            QList<PathStep> result;
            for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
                const QJsonObject item = r.objectAt(items, listAt, i);
                const QString itemAt = R::child(listAt, i);
                r.rejectUnknownKeys(item, itemAt, { "id", "label", "duration", "note" });
                result << PathStep { r.string(item, itemAt, "id"), r.string(item, itemAt, "label"),
                                     r.string(item, itemAt, "duration", R::Optional),
                                     r.string(item, itemAt, "note", R::Optional) };
            }
            return result;
        }

        void paths(const QJsonObject &o, const QString &at, Referentiel &ref)
        {
            r.rejectUnknownKeys(o, at, { "epreuves", "vae", "note" });
            if (o.contains("epreuves")) {
                const QString examAt = at + "/epreuves";
                const QJsonObject exam = r.object(o, at, "epreuves");
                r.rejectUnknownKeys(exam, examAt, { "steps", "note" });
                ref.epreuves.steps = steps(exam, examAt);
                ref.epreuves.note = r.string(exam, examAt, "note", R::Optional);
            }
            if (o.contains("vae")) {
                const QString vaeAt = at + "/vae";
                const QJsonObject vae = r.object(o, at, "vae");
                r.rejectUnknownKeys(vae, vaeAt, { "sessions", "months", "steps", "note" });
                ref.vae.sessions = r.integer(vae, vaeAt, "sessions", 1).value_or(0);
                ref.vae.months = r.integer(vae, vaeAt, "months", 1).value_or(0);
                ref.vae.steps = steps(vae, vaeAt);
                ref.vae.note = r.string(vae, vaeAt, "note", R::Optional);
            }
        }

        JsonFieldReader &r;
    };

    // Line and column of a byte offset, for parse errors a person can find in an editor.
    QString lineAndColumn(const QByteArray &json, qsizetype offset)
    {
        const QByteArray before = json.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return ReferentielLoader::tr("line %1, column %2").arg(line).arg(column);
    }

} // namespace

Result<Referentiel> ReferentielLoader::fromFile(const QString &path)
{
    QFile file(path);
    const QString source = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error { path,
                                       {},
                                       tr("the file cannot be read: %1").arg(file.errorString()),
                                       tr("a readable référentiel JSON file") });
    return fromJson(file.readAll(), source);
}

Result<Referentiel> ReferentielLoader::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(
            Error { source, lineAndColumn(json, parseError.offset),
                    tr("the JSON is malformed: %1").arg(parseError.errorString()),
                    tr("a valid JSON document") });
    if (!document.isObject())
        return std::unexpected(Error { source, QStringLiteral("/"),
                                       tr("the document is not a JSON object"),
                                       tr("an object with the fields of a référentiel") });
    const QJsonObject root = document.object();

    // The format comes first: a document of another format is refused whole, before its
    // fields are misread under this format's rules.
    JsonFieldReader reader(source);
    const auto format = reader.integer(root, {}, "format", 1);
    if (format && *format != Referentiel::kFormat)
        reader.fail("/format", tr("unknown référentiel format %1").arg(*format),
                    tr("format %1").arg(Referentiel::kFormat));
    if (reader.failed())
        return std::unexpected(reader.error());

    DocumentReader documentReader(reader);
    Referentiel referentiel = documentReader.read(root);
    if (reader.failed())
        return std::unexpected(reader.error());
    if (auto problem = ReferentielValidator::check(referentiel, source))
        return std::unexpected(*problem);
    return referentiel;
}

} // namespace jalon
