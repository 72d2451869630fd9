// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/signingkey.h"

#include <QByteArray>
#include <QDateTime>
#include <cstddef>
#include <cstdint>

// What every libFuzzer target of tests/fuzz shares: Qt's warnings dropped (fuzzing.cpp's
// LLVMFuzzerInitialize: a run prints only what libFuzzer says), the input as Qt's bytes, a property
// that must hold (its failure is a crash libFuzzer keeps with the input), and the fixed
// key and time the seeds are signed with, so that a target can tell a signature it must
// accept from one it must refuse.
namespace jalon::fuzzing {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Aborts with `what` when a property does not hold.
void require(bool holds, const char *what);

/// The key the seeds' events and request headers are signed with (a fixed seed).
const SigningKey &fixtureKey();

/// The time the seeds' request headers are signed at, and the request they sign.
QDateTime fixtureTime();
inline constexpr char FixtureMethod[] = "POST";
inline constexpr char FixturePath[] = "/v1/events";
inline constexpr char FixtureBody[] = "{\"events\":[]}";

} // namespace jalon::fuzzing
