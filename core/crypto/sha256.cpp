// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/sha256.h"

#include <QStringList>
#include <sodium.h>

namespace jalon {

QByteArray sha256(QByteArrayView bytes)
{
    QByteArray digest(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(bytes.data()),
                       quint64(bytes.size()));
    return digest;
}

QString fingerprintOf(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    const QByteArray hex = sha256(bytes).toHex().left(32).toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace jalon
