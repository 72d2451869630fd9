// SPDX-License-Identifier: GPL-3.0-or-later
// jalon-tool: `jalon-tool <group> <command> [options]`. Each group lives in its own file.
#include "canoncommand.h"
#include "common/translations.h"
#include "dossiercommand.h"
#include "eventscommand.h"
#include "logcommand.h"
#include "referentielcommand.h"
#include "synccommand.h"
#include "vaultcommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jalon-tool"));
    jalon::installTranslations(app, jalon::systemLanguage());

    const QStringList arguments = QCoreApplication::arguments();
    const QString group = arguments.value(1);
    if (group == QLatin1String("referentiel"))
        return jalon::tool::runReferentielCommand(arguments.mid(1));
    if (group == QLatin1String("vault"))
        return jalon::tool::runVaultCommand(arguments.mid(1));
    if (group == QLatin1String("events"))
        return jalon::tool::runEventsCommand(arguments.mid(1));
    if (group == QLatin1String("enroll"))
        return jalon::tool::runEnrollCommand(arguments.mid(1));
    if (group == QLatin1String("sync"))
        return jalon::tool::runSyncCommand(arguments.mid(1));
    if (group == QLatin1String("log"))
        return jalon::tool::runLogCommand(arguments.mid(1));
    if (group == QLatin1String("dossier"))
        return jalon::tool::runDossierCommand(arguments.mid(1));
    if (group == QLatin1String("canon") && arguments.size() == 2)
        return jalon::tool::runCanonCommand();

    QTextStream err(stderr);
    if (!group.isEmpty() && group != QLatin1String("--help") && group != QLatin1String("-h"))
        err << QCoreApplication::translate("jalon-tool", "Unknown command \"%1\".").arg(group)
            << '\n';
    err << QCoreApplication::translate(
        "jalon-tool",
        "Usage:\n"
        "  jalon-tool referentiel list|show ID|validate FILE [--json]\n"
        "  jalon-tool vault init|check|passwd|recover --dir DIR [--passphrase-file FILE]\n"
        "  jalon-tool events list|verify --dir DIR [--passphrase-file FILE] [--json]\n"
        "  jalon-tool enroll --dir DIR --server URL --code CODE [--passphrase-file FILE]\n"
        "  jalon-tool sync --dir DIR [--server URL] [--passphrase-file FILE]\n"
        "  jalon-tool log verify-inclusion|verify-consistency …   (checks the server log's "
        "proofs)\n"
        "  jalon-tool dossier export --dir DIR [--candidate ID] --out FILE [--passphrase-file "
        "FILE]\n"
        "  jalon-tool dossier verify FILE [--key VKEY] [--witness VKEY]… [--quorum N] [--json]\n"
        "  jalon-tool canon < FILE.json   (RFC 8785 canonical JSON on stdout)\n"
        "Run \"jalon-tool <command> --help\" for details.")
        << '\n';
    return group == QLatin1String("--help") || group == QLatin1String("-h") ? 0 : 2;
}
