// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultcommand.h"

#include "journal/journal.h"
#include "passphraseinput.h"
#include "vault/vault.h"
#include "vault/vaultschema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace jalon::tool {

namespace {

    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(VaultCommand)
    };

    int init(const QString &dir, const QString &passphraseFile)
    {
        auto passphrase = readNewSecret(passphraseFile, Text::tr("New passphrase: "));
        if (!passphrase)
            return reportError(passphrase.error());
        auto created = Vault::create(dir, *passphrase);
        wipe(*passphrase);
        if (!created)
            return reportError(created.error());
        QTextStream out(stdout);
        out << Text::tr("Vault created in %1.").arg(dir) << '\n'
            << Text::tr("Recovery code (shown only now; write it down and keep it apart from this "
                        "device):")
            << '\n'
            << "    " << created->recoveryCode << '\n';
        return 0;
    }

    int check(const QString &dir, const QString &passphraseFile)
    {
        auto vault = openVault(dir, passphraseFile);
        if (!vault)
            return reportError(vault.error());
        auto integrity = (*vault)->database().prepare("PRAGMA integrity_check");
        const QString verdict
            = integrity && integrity->next() ? integrity->text(0) : QStringLiteral("?");
        Journal journal(**vault);
        auto problems = journal.verifyAll();
        QTextStream out(stdout);
        out << Text::tr("Vault: %1").arg(dir) << '\n'
            << Text::tr("Schema version: %1").arg((*vault)->database().userVersion()) << '\n'
            << Text::tr("Device key: %1").arg(toIdText((*vault)->deviceKey().publicKey())) << '\n'
            << Text::tr("Events: %1").arg(journal.count()) << '\n'
            << Text::tr("Database integrity: %1").arg(verdict) << '\n';
        if (!problems)
            return reportError(problems.error());
        out << Text::tr("Event problems: %1").arg(problems->size()) << '\n';
        return verdict == QLatin1String("ok") && problems->isEmpty() ? 0 : 1;
    }

    int passwd(const QString &dir, const QString &passphraseFile, const QString &newPassphraseFile)
    {
        auto vault = openVault(dir, passphraseFile);
        if (!vault)
            return reportError(vault.error());
        auto newPassphrase = readNewSecret(newPassphraseFile, Text::tr("New passphrase: "));
        if (!newPassphrase)
            return reportError(newPassphrase.error());
        auto changed = (*vault)->changePassphrase(*newPassphrase);
        wipe(*newPassphrase);
        if (!changed)
            return reportError(changed.error());
        QTextStream(stdout) << Text::tr("Passphrase changed.") << '\n';
        return 0;
    }

    int recover(const QString &dir, const QString &codeFile, const QString &newPassphraseFile)
    {
        auto code = readSecret(codeFile, Text::tr("Recovery code: "));
        if (!code)
            return reportError(code.error());
        auto newPassphrase = readNewSecret(newPassphraseFile, Text::tr("New passphrase: "));
        if (!newPassphrase)
            return reportError(newPassphrase.error());
        auto vault = Vault::recover(dir, *code, *newPassphrase);
        wipe(*code);
        wipe(*newPassphrase);
        if (!vault)
            return reportError(vault.error());
        QTextStream(stdout) << Text::tr(
            "Vault recovered; the new passphrase is set. The recovery code stays valid.")
                            << '\n';
        return 0;
    }

} // namespace

int runVaultCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Creates, checks and unlocks vaults.\n"
                 "  init      creates a vault and prints its recovery code once\n"
                 "  check     opens a vault and checks its database and events\n"
                 "  passwd    changes the passphrase\n"
                 "  recover   sets a new passphrase with the recovery code"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Text::tr("init, check, passwd or recover"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), Text::tr("The vault's folder."),
                                       Text::tr("DIR"));
    const QCommandLineOption passphraseOption(
        QStringLiteral("passphrase-file"),
        Text::tr("Read the passphrase from the first line of FILE."), Text::tr("FILE"));
    const QCommandLineOption newPassphraseOption(
        QStringLiteral("new-passphrase-file"),
        Text::tr("Read the new passphrase from the first line of FILE."), Text::tr("FILE"));
    const QCommandLineOption codeOption(
        QStringLiteral("recovery-code-file"),
        Text::tr("Read the recovery code from the first line of FILE."), Text::tr("FILE"));
    parser.addOptions({ dirOption, passphraseOption, newPassphraseOption, codeOption });
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
    const QString dir = parser.value(dirOption);
    if (positional.size() != 1 || dir.isEmpty()) {
        QTextStream(stderr) << Text::tr(
            "Usage: jalon-tool vault init|check|passwd|recover --dir DIR [--passphrase-file FILE]")
                            << '\n';
        return 2;
    }
    if (command == QLatin1String("init"))
        return init(dir, parser.value(passphraseOption));
    if (command == QLatin1String("check"))
        return check(dir, parser.value(passphraseOption));
    if (command == QLatin1String("passwd"))
        return passwd(dir, parser.value(passphraseOption), parser.value(newPassphraseOption));
    if (command == QLatin1String("recover"))
        return recover(dir, parser.value(codeOption), parser.value(newPassphraseOption));
    QTextStream(stderr) << Text::tr("Unknown command \"%1\". Usage: jalon-tool vault "
                                    "init|check|passwd|recover --dir DIR")
                               .arg(command)
                        << '\n';
    return 2;
}

} // namespace jalon::tool
