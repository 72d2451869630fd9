// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "crypto/keywrap.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace jalon {

/// The small file beside a vault's database that holds its data key, wrapped twice:
/// under the passphrase and under the recovery code; and a third time, when the person
/// asked this device to remember the vault, under a random device secret kept in the
/// platform's key store. JSON, with a checksum so a damaged
/// file is told apart from a wrong passphrase (the AEAD alone cannot tell).
struct KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    static constexpr int Format = 1;

    QByteArray vaultId; ///< 16 random bytes naming the vault; bound into each wrap
    WrappedKey passphrase;
    WrappedKey recovery;
    std::optional<WrappedKey> device; ///< the quick unlock, when enabled on this device

    /// Associated data for a slot ("passphrase" or "recovery"): a wrap copied from another
    /// vault or slot does not open.
    QByteArray context(const char *slot) const;

    QByteArray toJson() const;
    /// The "checksum" field's value (base64url) for the file's other fields.
    static QByteArray checksum(const QJsonObject &withoutChecksum);
    /// Reads and checks a key file; `path` names it in errors.
    static Result<KeyFile> fromJson(const QByteArray &json, const QString &path);
    static Result<KeyFile> load(const QString &path);
    /// Atomic replacement (temp file, fsync, rename).
    Result<void> save(const QString &path) const;
};

} // namespace jalon
