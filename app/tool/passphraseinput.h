// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "vault/vault.h"

#include <QString>
#include <memory>

namespace jalon::tool {

/// Reads a secret for the command line: from a file when one is named (its first line,
/// so `echo … > file` works), else from the terminal with echo off. Never from an
/// argument, which other users could read in the process list.
Result<QString> readSecret(const QString &file, const QString &prompt);

/// Asks twice on the terminal (or reads the file once) for a new passphrase.
Result<QString> readNewSecret(const QString &file, const QString &prompt);

/// Opens the vault in `dir` with the passphrase read as readSecret() does; the
/// passphrase is wiped as soon as it has been used.
Result<std::unique_ptr<Vault>> openVault(const QString &dir, const QString &passphraseFile);

/// Prints an error on stderr; returns the exit status of a refusal (1).
int reportError(const Error &error);

} // namespace jalon::tool
