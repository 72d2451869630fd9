// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace jalon::tool {

/// `jalon-tool dossier export --dir DIR [--candidate ID] --out FILE`: the jury bundle of a
/// candidate, proven against the centre's log (needs the centre).
/// `jalon-tool dossier verify FILE [--key VKEY] [--witness VKEY …] [--quorum N] [--json]`:
/// checks a bundle offline. Exit 0 when everything holds, 1 naming what fails, 2 for
/// bad arguments.
int runDossierCommand(const QStringList &arguments);

} // namespace jalon::tool
