// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/sha256.h"

#include <sodium.h>

namespace jalon {

QByteArray sha256(QByteArrayView bytes)
{
    QByteArray digest(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(bytes.data()), quint64(bytes.size()));
    return digest;
}

} // namespace jalon
