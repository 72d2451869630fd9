// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossiercommand.h"

#include "passphraseinput.h"
#include "sync/dossier/dossierexporter.h"
#include "sync/dossier/dossierverifier.h"
#include "sync/syncclient.h"
#include "vault/vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace jalon::tool {

namespace {

    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(DossierCommand)
    };

    int usage(const QString &message)
    {
        QTextStream(stderr) << message << '\n';
        return 2;
    }

    int runExport(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            Text::tr("Writes a candidate's jury bundle, with the proofs the centre's log gives."));
        parser.addHelpOption();
        const QCommandLineOption dir(QStringLiteral("dir"), Text::tr("The vault's folder."),
                                     Text::tr("DIR"));
        const QCommandLineOption passphrase(
            QStringLiteral("passphrase-file"),
            Text::tr("Read the passphrase from the first line of FILE."), Text::tr("FILE"));
        const QCommandLineOption candidate(
            QStringLiteral("candidate"),
            Text::tr("The candidate's user id (default: this vault's own)."), Text::tr("ID"));
        const QCommandLineOption out(QStringLiteral("out"), Text::tr("The bundle to write."),
                                     Text::tr("FILE"));
        parser.addOptions({ dir, passphrase, candidate, out });
        parser.process(arguments);
        if (!parser.isSet(dir) || !parser.isSet(out))
            return usage(Text::tr("dossier export needs --dir and --out"));
        auto vault = openVault(parser.value(dir), parser.value(passphrase));
        if (!vault)
            return reportError(vault.error());
        SyncClient client(**vault);
        if (!client.isEnrolled())
            return reportError(Error {
                parser.value(dir), {}, Text::tr("this vault has not joined a centre"), {} });
        const QString who = parser.isSet(candidate) ? parser.value(candidate) : client.user();
        DossierExporter exporter(**vault, client);
        QEventLoop loop;
        bool ok = false;
        QString message;
        QObject::connect(&exporter, &DossierExporter::finished, &loop,
                         [&](bool success, const QString &text) {
                             ok = success;
                             message = text;
                             loop.quit();
                         });
        exporter.exportTo(who, parser.value(out));
        loop.exec();
        if (!ok)
            return reportError(Error { parser.value(out), {}, message, {} });
        QTextStream(stdout) << Text::tr("written: %1").arg(message) << '\n'
                            << Text::tr("SHA-256: %1").arg(exporter.sha256()) << '\n';
        return 0;
    }

    int runVerify(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            Text::tr("Checks a jury bundle offline: signatures, chains, roles and "
                     "assignments, inclusion proofs, the checkpoint; then the statuses."));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The bundle."));
        const QCommandLineOption key(
            QStringLiteral("key"),
            Text::tr("The centre's log key, as the centre publishes it (jalon-server info)."),
            Text::tr("VKEY"));
        const QCommandLineOption witness(
            QStringLiteral("witness"),
            Text::tr("A witness the jury trusts (repeat); replaces the bundle's list."),
            Text::tr("VKEY"));
        const QCommandLineOption quorum(QStringLiteral("quorum"),
                                        Text::tr("How many witnesses must have cosigned."),
                                        Text::tr("N"));
        const QCommandLineOption json(QStringLiteral("json"),
                                      Text::tr("Print the report as JSON."));
        parser.addOptions({ key, witness, quorum, json });
        parser.process(arguments);
        const QStringList files = parser.positionalArguments();
        if (files.size() != 1)
            return usage(Text::tr("dossier verify takes one bundle file"));
        DossierVerifier::Options options;
        if (parser.isSet(key)) {
            auto centre = NoteKey::fromVkey(parser.value(key));
            if (!centre || centre->type != NoteKey::Type::Ed25519)
                return usage(
                    Text::tr("--key: %1")
                        .arg(centre ? Text::tr("not a log key") : centre.error().message()));
            options.centre = *centre;
        }
        for (const QString &text : parser.values(witness)) {
            auto trusted = NoteKey::fromVkey(text);
            if (!trusted || trusted->type != NoteKey::Type::Cosignature)
                return usage(
                    Text::tr("--witness: %1")
                        .arg(trusted ? Text::tr("not a witness key") : trusted.error().message()));
            options.witnesses << *trusted;
        }
        if (parser.isSet(quorum)) {
            bool ok = false;
            options.quorum = parser.value(quorum).toInt(&ok);
            if (!ok || *options.quorum < 0)
                return usage(Text::tr("--quorum takes a whole number"));
        }
        QFile file(files.first());
        if (!file.open(QIODevice::ReadOnly))
            return reportError(Error { files.first(), {}, file.errorString(), {} });
        const DossierReport report = DossierVerifier::verify(file.readAll(), options);
        QTextStream out(stdout);
        if (parser.isSet(json))
            out << QJsonDocument(report.toJson()).toJson();
        else
            out << report.toText();
        return report.valid() ? 0 : 1;
    }

} // namespace

int runDossierCommand(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("export"))
        return runExport(arguments.mid(1));
    if (command == QLatin1String("verify"))
        return runVerify(arguments.mid(1));
    return usage(
        Text::tr("Usage: jalon-tool dossier export|verify …; see --help after the command"));
}

} // namespace jalon::tool
