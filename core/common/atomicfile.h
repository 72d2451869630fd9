// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace jalon {

/// Replaces `path` with `contents` so that a crash or power cut at any moment leaves
/// either the old file or the new one, never a mix: write a temporary file beside it,
/// fsync it, rename it over the target, fsync the directory. Mode 0600: these files hold
/// key material.
Result<void> writeFileAtomically(const QString &path, const QByteArray &contents);

} // namespace jalon
