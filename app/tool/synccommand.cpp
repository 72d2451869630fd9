// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommand.h"

#include "passphraseinput.h"
#include "sync/syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace jalon::tool {

namespace {

    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(SyncCommand)
    };

    struct Options
    {
        QCommandLineOption dir { QStringLiteral("dir"), Text::tr("The vault's folder."),
                                 Text::tr("DIR") };
        QCommandLineOption passphrase {
            QStringLiteral("passphrase-file"),
            Text::tr("Read the passphrase from the first line of FILE."), Text::tr("FILE")
        };
        QCommandLineOption server { QStringLiteral("server"),
                                    Text::tr("The server, e.g. http://127.0.0.1:8787/."),
                                    Text::tr("URL") };
    };

    // Runs the client until `finished` fires; returns what it carried.
    template<typename Signal> bool wait(SyncClient &client, Signal finished)
    {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&client, finished, &loop, [&](bool success) {
            ok = success;
            loop.quit();
        });
        loop.exec();
        return ok;
    }

} // namespace

int runEnrollCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Joins a jalon-server with the one-time code an administrator gave."));
    parser.addHelpOption();
    Options options;
    const QCommandLineOption code(QStringLiteral("code"), Text::tr("The enrollment code."),
                                  Text::tr("CODE"));
    parser.addOptions({ options.dir, options.passphrase, options.server, code });
    parser.process(arguments);
    if (!parser.isSet(options.dir) || !parser.isSet(options.server) || !parser.isSet(code)) {
        QTextStream(stderr) << Text::tr("enroll needs --dir, --server and --code") << '\n';
        return 2;
    }
    auto vault = openVault(parser.value(options.dir), parser.value(options.passphrase));
    if (!vault)
        return reportError(vault.error());
    SyncClient client(**vault);
    if (client.isEnrolled())
        return reportError(
            Error { parser.value(options.dir),
                    {},
                    Text::tr("this vault has already joined %1").arg(client.server().toString()),
                    {} });
    client.enroll(QUrl(parser.value(options.server)), parser.value(code));
    if (!wait(client, &SyncClient::enrollFinished))
        return reportError(Error { parser.value(options.server), {}, client.lastError(), {} });
    QTextStream(stdout) << Text::tr("enrolled as %1 (%2)").arg(client.user(), client.role())
                        << '\n';
    return 0;
}

int runSyncCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Pushes this vault's new events to its server and pulls what is new there."));
    parser.addHelpOption();
    Options options;
    parser.addOptions({ options.dir, options.passphrase, options.server });
    parser.process(arguments);
    if (!parser.isSet(options.dir)) {
        QTextStream(stderr) << Text::tr("sync needs --dir") << '\n';
        return 2;
    }
    auto vault = openVault(parser.value(options.dir), parser.value(options.passphrase));
    if (!vault)
        return reportError(vault.error());
    SyncClient client(**vault);
    if (parser.isSet(options.server) && QUrl(parser.value(options.server)) != client.server()) {
        return reportError(
            Error { parser.value(options.dir),
                    {},
                    Text::tr("this vault belongs to %1, not %2")
                        .arg(client.server().toString(), parser.value(options.server)),
                    {} });
    }
    client.sync();
    const bool ok
        = client.isBusy() ? wait(client, &SyncClient::syncFinished) : client.lastError().isEmpty();
    if (!ok)
        return reportError(Error { client.server().toString(), {}, client.lastError(), {} });
    QTextStream(stdout)
        << Text::tr(
               "synced: %1 events pending, %2 events of this device proven in the server's log")
               .arg(client.pendingCount())
               .arg(client.provenCount())
        << '\n';
    return 0;
}

} // namespace jalon::tool
