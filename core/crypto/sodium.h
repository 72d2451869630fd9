// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace jalon {

/// Initialises libsodium once per process; every crypto entry point calls it first.
/// Returns false only when the CPU lacks what libsodium needs (then nothing is safe).
bool ensureSodium();

} // namespace jalon
