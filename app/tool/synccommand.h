// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace jalon::tool {

/// `jalon-tool enroll --dir VAULT --server URL --code CODE` and
/// `jalon-tool sync --dir VAULT [--server URL]`: the sync client, headless.
int runEnrollCommand(const QStringList &arguments);
int runSyncCommand(const QStringList &arguments);

} // namespace jalon::tool
