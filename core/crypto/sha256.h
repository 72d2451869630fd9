// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace jalon {

/// SHA-256 (libsodium), 32 bytes.
QByteArray sha256(QByteArrayView bytes);

/// Groups of four hex digits of the first 16 bytes of SHA-256(`bytes`): what two people
/// read aloud to compare a key or a signature ("3F2A 91C0 …").
QString fingerprintOf(const QByteArray &bytes);

} // namespace jalon
