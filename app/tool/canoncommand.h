// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace jalon::tool {

/// `jalon-tool canon`: reads JSON on stdin, writes its RFC 8785 canonical form on stdout
/// with no trailing newline. Returns 0, or 1 with the error on stderr for bad JSON.
int runCanonCommand();

} // namespace jalon::tool
