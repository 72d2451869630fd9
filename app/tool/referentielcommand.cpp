// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentielcommand.h"

#include "referentiel/referentielcatalog.h"
#include "referentiel/referentielloader.h"
#include "referentieltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace jalon::tool {
namespace {

    // The translation context of this file's messages.
    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(ReferentielCommand)
    };

    int fail(const QString &message, int status = 1)
    {
        QTextStream(stderr) << message << '\n';
        return status;
    }

    void print(const QByteArray &bytes)
    {
        QTextStream out(stdout);
        out << QString::fromUtf8(bytes);
    }

    int list(const ReferentielCatalog &catalog, bool json)
    {
        if (json) {
            QJsonArray items;
            for (const Referentiel &ref : catalog.all())
                items.append(QJsonObject { { "id", ref.id },
                                           { "version", ref.version },
                                           { "title", ref.certification.title } });
            print(QJsonDocument(items).toJson(QJsonDocument::Indented));
            return 0;
        }
        for (const Referentiel &ref : catalog.all())
            print(referentielListLine(ref).toUtf8() + '\n');
        return 0;
    }

    int show(const ReferentielCatalog &catalog, const QString &id, bool json)
    {
        const Referentiel *ref = catalog.find(id);
        if (!ref) {
            QStringList known;
            for (const Referentiel &r : catalog.all())
                known << r.id;
            return fail(Text::tr("Unknown référentiel \"%1\". Known: %2.")
                            .arg(id, known.join(QLatin1String(", "))));
        }
        print(json ? QJsonDocument(ref->document).toJson(QJsonDocument::Indented)
                   : referentielText(*ref).toUtf8());
        return 0;
    }

    int validate(const QString &path, bool json)
    {
        const auto ref = ReferentielLoader::fromFile(path);
        if (!ref) {
            if (json)
                print(QJsonDocument(QJsonObject { { "valid", false },
                                                  { "file", ref.error().source },
                                                  { "pointer", ref.error().location },
                                                  { "problem", ref.error().problem },
                                                  { "expected", ref.error().expected },
                                                  { "message", ref.error().message() } })
                          .toJson(QJsonDocument::Indented));
            return fail(ref.error().message());
        }
        if (json)
            print(QJsonDocument(QJsonObject { { "valid", true },
                                              { "id", ref->id },
                                              { "version", ref->version } })
                      .toJson(QJsonDocument::Indented));
        else
            print(Text::tr("%1: valid référentiel %2, version %3 (%4 blocs, %5 competences, %6 "
                           "criteria, %7 activities)\n")
                      .arg(path, ref->id)
                      .arg(ref->version)
                      .arg(ref->blocs.size())
                      .arg(ref->competenceCount())
                      .arg(ref->criterionCount())
                      .arg(ref->activityCount())
                      .toUtf8());
        return 0;
    }

} // namespace

int runReferentielCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists, shows and validates certification référentiels.\n"
                 "  list            the bundled référentiels\n"
                 "  show ID         one référentiel in full\n"
                 "  validate FILE   checks a référentiel JSON file"));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Write JSON for scripts."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("list, show or validate"));
    if (!parser.parse(QStringList { QStringLiteral("jalon-tool referentiel") } + arguments.mid(1)))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText().toUtf8());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const bool json = parser.isSet(jsonOption);

    if (command == QLatin1String("validate")) {
        if (positional.size() != 2)
            return fail(Text::tr("Usage: jalon-tool referentiel validate FILE [--json]"), 2);
        return validate(positional[1], json);
    }
    if (command != QLatin1String("list") && command != QLatin1String("show"))
        return fail(Text::tr("Unknown command \"%1\". Usage: jalon-tool referentiel list|show "
                             "ID|validate FILE [--json]")
                        .arg(command),
                    2);
    if (command == QLatin1String("show") && positional.size() != 2)
        return fail(Text::tr("Usage: jalon-tool referentiel show ID [--json]"), 2);
    if (command == QLatin1String("list") && positional.size() != 1)
        return fail(Text::tr("Usage: jalon-tool referentiel list [--json]"), 2);

    const auto catalog = ReferentielCatalog::bundled();
    if (!catalog)
        return fail(Text::tr("The bundled référentiels cannot be loaded: %1")
                        .arg(catalog.error().message()));
    return command == QLatin1String("list") ? list(*catalog, json)
                                            : show(*catalog, positional[1], json);
}

} // namespace jalon::tool
