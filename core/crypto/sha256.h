// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace jalon {

/// SHA-256 (libsodium), 32 bytes.
QByteArray sha256(QByteArrayView bytes);

} // namespace jalon
