// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <optional>

namespace jalon {

/// base64url without padding (RFC 4648 §5), the form of keys, signatures and event ids.
QByteArray toBase64Url(const QByteArray &bytes);
/// Strict decoding: only the base64url alphabet, no padding, no stray bits; nullopt
/// otherwise, so two spellings of the same bytes cannot both be accepted.
std::optional<QByteArray> fromBase64Url(const QByteArray &text);

} // namespace jalon
