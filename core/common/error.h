// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <expected>

namespace jalon {

/// A failure a person can read: what failed, where, and what was expected instead.
struct Error
{
    QString source; ///< the file, or the subsystem when there is no file
    QString location; ///< where inside it: a JSON pointer, a line and column…
    QString problem; ///< what is wrong, as a sentence
    QString expected; ///< what was expected instead (may be empty)

    /// "source: location: problem (expected: …)", skipping empty parts.
    QString message() const;
};

template<typename T> using Result = std::expected<T, Error>;

} // namespace jalon
