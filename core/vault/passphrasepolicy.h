// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jalon {

/// Whether a passphrase is strong enough to protect a vault, and if not, why, in words a
/// person can act on. The vault is on a tablet that may be lost: whoever finds it can try
/// passphrases offline at Argon2id's pace, so the bar is an estimate of at least 50 bits,
/// with no word everybody tries and nothing from the person's own name.
class PassphrasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(PassphrasePolicy)

public:
    static constexpr int MinimumLength = 12;
    static constexpr int MinimumBits = 50;

    struct Verdict
    {
        bool acceptable = false;
        int bits = 0; ///< the estimate, for a strength meter
        QString reason; ///< empty when acceptable
    };

    /// `personal`: words the person's passphrase must not lean on (their names).
    static Verdict check(const QString &passphrase, const QStringList &personal = {});
};

} // namespace jalon
