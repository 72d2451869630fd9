// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphraseinput.h"

#include "vault/passphrasepolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace jalon::tool {

namespace {

    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(PassphraseInput)
    };

    Result<QString> fromFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(
                Error { path,
                        {},
                        Text::tr("the passphrase file cannot be read: %1").arg(file.errorString()),
                        {} });
        QByteArray line = file.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }

    Result<QString> fromTerminal(const QString &prompt)
    {
        FILE *tty = std::fopen("/dev/tty", "r+");
        if (!tty) {
            return std::unexpected(Error { Text::tr("passphrase"),
                                           {},
                                           Text::tr("there is no terminal to ask on"),
                                           Text::tr("--passphrase-file FILE") });
        }
        std::fputs(prompt.toLocal8Bit().constData(), tty);
        std::fflush(tty);
        termios saved {};
        const int fd = fileno(tty);
        const bool hide = tcgetattr(fd, &saved) == 0;
        if (hide) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(fd, TCSAFLUSH, &silent);
        }
        char buffer[4096] = {};
        const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
        if (hide)
            tcsetattr(fd, TCSAFLUSH, &saved);
        std::fputs("\n", tty);
        std::fclose(tty);
        QByteArray line(buffer);
        std::fill(std::begin(buffer), std::end(buffer), '\0');
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (!read)
            return std::unexpected(
                Error { Text::tr("passphrase"), {}, Text::tr("nothing was typed"), {} });
        return QString::fromUtf8(line);
    }

} // namespace

Result<QString> readSecret(const QString &file, const QString &prompt)
{
    return file.isEmpty() ? fromTerminal(prompt) : fromFile(file);
}

Result<QString> readNewSecret(const QString &file, const QString &prompt)
{
    auto first = file.isEmpty() ? fromTerminal(prompt) : fromFile(file);
    if (!first)
        return first;
    // A new passphrase must be strong enough; say why not before asking it twice.
    if (const auto verdict = PassphrasePolicy::check(*first); !verdict.acceptable) {
        wipe(*first);
        return std::unexpected(Error { Text::tr("passphrase"), {}, verdict.reason, {} });
    }
    if (!file.isEmpty())
        return first;
    auto again = fromTerminal(Text::tr("Type it again: "));
    if (!again)
        return again;
    if (*first != *again)
        return std::unexpected(
            Error { Text::tr("passphrase"), {}, Text::tr("the two passphrases differ"), {} });
    return first;
}

Result<std::unique_ptr<Vault>> openVault(const QString &dir, const QString &passphraseFile)
{
    auto passphrase = readSecret(passphraseFile, Text::tr("Passphrase: "));
    if (!passphrase)
        return std::unexpected(passphrase.error());
    auto vault = Vault::open(dir, *passphrase);
    wipe(*passphrase);
    return vault;
}

int reportError(const Error &error)
{
    QTextStream(stderr) << error.message() << '\n';
    return 1;
}

} // namespace jalon::tool
