// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace jalon::tool {

/// `jalon-tool vault init|check|passwd|recover --dir DIR`. Returns the exit status:
/// 0 done, 1 refused (wrong passphrase, damaged vault…), 2 usage error.
int runVaultCommand(const QStringList &arguments);

} // namespace jalon::tool
