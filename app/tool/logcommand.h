// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace jalon::tool {

/// `jalon-tool log verify-inclusion|verify-consistency …`: an auditor's check of the
/// server's Merkle log (RFC 9162), with the code the sync client runs. Exits 0 when the
/// proof holds, 1 when it does not, 2 for bad arguments.
int runLogCommand(const QStringList &arguments);

} // namespace jalon::tool
