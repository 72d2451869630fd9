// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "crypto/signingkey.h"

#include <QCoreApplication>
#include <QString>

namespace jalon {

/// The server's Ed25519 key, which signs org.* events and tree heads. Kept in
/// `server.key` in the data folder (mode 0600), created on first use.
class ServerKey
{
    Q_DECLARE_TR_FUNCTIONS(ServerKey)

public:
    /// `fileName`: server.key for the centre, witness.key for a witness.
    static Result<SigningKey> loadOrCreate(const QString &dataDir,
                                           const QString &fileName = QStringLiteral("server.key"));
};

} // namespace jalon
