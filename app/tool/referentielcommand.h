// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace jalon::tool {

/// `jalon-tool referentiel list|show ID|validate FILE [--json]`. `arguments` starts with
/// "referentiel". Returns the process exit status: 0 on success, 1 when the référentiel
/// is unknown or invalid, 2 on a usage error; errors go to stderr.
int runReferentielCommand(const QStringList &arguments);

} // namespace jalon::tool
