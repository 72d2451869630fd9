// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace jalon::tool {

/// `jalon-tool events list|verify --dir DIR [--json]`: inspect a vault's journal.
/// verify exits 1 when any event fails its checks.
int runEventsCommand(const QStringList &arguments);

} // namespace jalon::tool
