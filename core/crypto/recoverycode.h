// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace jalon {

/// The code shown once when a vault is created, to unlock it if the passphrase is
/// forgotten: 120 random bits in Crockford base32, as six groups of four characters
/// ("7KQ3-…"), easy to copy by hand and to read over the phone.
namespace RecoveryCode {

    QString generate();

    /// The canonical bytes a typed code stands for: case, spaces and dashes ignored, and the
    /// letters people confuse read as Crockford says (O → 0, I and L → 1). nullopt when the
    /// code cannot be one of ours (wrong length or character).
    std::optional<QByteArray> normalize(const QString &typed);

} // namespace RecoveryCode
} // namespace jalon
