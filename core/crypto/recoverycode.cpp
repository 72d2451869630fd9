// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/recoverycode.h"

#include "crypto/sodium.h"

#include <cstring>
#include <sodium.h>

namespace jalon::RecoveryCode {

namespace {

    constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    constexpr int Characters = 24; // 24 × 5 = 120 bits
    constexpr int GroupSize = 4;

} // namespace

QString generate()
{
    ensureSodium();
    QString code;
    for (int i = 0; i < Characters; ++i) {
        if (i && i % GroupSize == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(Alphabet[randombytes_uniform(32)]);
    }
    return code;
}

std::optional<QByteArray> normalize(const QString &typed)
{
    QByteArray canonical;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        char letter = c.toUpper().toLatin1();
        if (letter == 'O')
            letter = '0';
        else if (letter == 'I' || letter == 'L')
            letter = '1';
        if (!letter || !std::strchr(Alphabet, letter))
            return std::nullopt;
        canonical += letter;
    }
    if (canonical.size() != Characters)
        return std::nullopt;
    return canonical;
}

} // namespace jalon::RecoveryCode
