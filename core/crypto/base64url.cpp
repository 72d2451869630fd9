// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/base64url.h"

namespace jalon {

QByteArray toBase64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.contains('='))
        return std::nullopt;
    // Re-encoding must give the same text: rejects non-zero trailing bits.
    if (toBase64Url(decoded.decoded) != text)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace jalon
