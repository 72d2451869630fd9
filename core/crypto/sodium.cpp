// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/sodium.h"

#include <sodium.h>

namespace jalon {

bool ensureSodium()
{
    // sodium_init() is thread-safe and idempotent: 0 first time, 1 afterwards.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace jalon
