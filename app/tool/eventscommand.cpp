// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventscommand.h"

#include "jcs/canonicaljson.h"
#include "journal/journal.h"
#include "passphraseinput.h"
#include "vault/vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace jalon::tool {

namespace {

    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(EventsCommand)
    };

    int list(Journal &journal, bool json)
    {
        auto events = journal.events();
        if (!events)
            return reportError(events.error());
        QTextStream out(stdout);
        if (json) {
            QJsonArray items;
            for (const Event &event : *events)
                items.append(CanonicalJson::parseDocument(event.canonical()).object());
            out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
            return 0;
        }
        for (const Event &event : *events) {
            out << Event::formatTime(event.at) << "  " << event.kind.leftJustified(18) << "  "
                << event.subject << "  seq " << event.seq << "  " << toIdText(event.author).left(8)
                << "…  " << event.idText() << '\n';
        }
        return 0;
    }

    int verify(Journal &journal, bool json)
    {
        auto problems = journal.verifyAll();
        if (!problems)
            return reportError(problems.error());
        QTextStream out(stdout);
        if (json) {
            QJsonArray items;
            for (const Journal::Problem &problem : *problems)
                items.append(QJsonObject { { QStringLiteral("position"), problem.position },
                                           { QStringLiteral("id"), problem.eventId },
                                           { QStringLiteral("problem"), problem.description } });
            out << QString::fromUtf8(
                QJsonDocument(QJsonObject { { QStringLiteral("events"), journal.count() },
                                            { QStringLiteral("problems"), items } })
                    .toJson(QJsonDocument::Indented));
        } else {
            for (const Journal::Problem &problem : *problems)
                out << Text::tr("event %1 (%2): %3")
                           .arg(problem.position)
                           .arg(problem.eventId, problem.description)
                    << '\n';
            out << Text::tr("%1 events checked, %2 problems.")
                       .arg(journal.count())
                       .arg(problems->size())
                << '\n';
        }
        return problems->isEmpty() ? 0 : 1;
    }

} // namespace

int runEventsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Inspects a vault's event journal.\n"
                 "  list     every event, in journal order\n"
                 "  verify   checks every event's signature, body and chain"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("list or verify"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), Text::tr("The vault's folder."),
                                       Text::tr("DIR"));
    const QCommandLineOption passphraseOption(
        QStringLiteral("passphrase-file"),
        Text::tr("Read the passphrase from the first line of FILE."), Text::tr("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Write JSON for scripts."));
    parser.addOptions({ dirOption, passphraseOption, jsonOption });
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (positional.size() != 1 || parser.value(dirOption).isEmpty()
        || (command != QLatin1String("list") && command != QLatin1String("verify"))) {
        QTextStream(stderr) << Text::tr(
            "Usage: jalon-tool events list|verify --dir DIR [--passphrase-file FILE] [--json]")
                            << '\n';
        return 2;
    }
    auto vault = openVault(parser.value(dirOption), parser.value(passphraseOption));
    if (!vault)
        return reportError(vault.error());
    Journal journal(**vault);
    return command == QLatin1String("list") ? list(journal, parser.isSet(jsonOption))
                                            : verify(journal, parser.isSet(jsonOption));
}

} // namespace jalon::tool
