// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace jalon {

/// RFC 8785 JSON Canonicalization Scheme. Signatures cover these bytes, so any re-encoding
/// of a JSON document on its way (key order, spacing, escapes, number spelling) still
/// verifies. Object keys are sorted by UTF-16 code units, numbers are written in the
/// ECMAScript form (shortest round trip), strings with the minimal escapes, nothing is
/// normalised.
namespace CanonicalJson {

    /// Parses UTF-8 JSON and writes its canonical form. Refused: malformed JSON, duplicate
    /// keys, lone surrogates (escaped or as invalid UTF-8), numbers out of the double range,
    /// nesting deeper than `maxDepth`.
    Result<QByteArray> canonicalize(const QByteArray &json, int maxDepth = 64);

    /// QJsonDocument::fromJson, less its loss: Qt 6.4's parser drops a byte-order mark (U+FEFF)
    /// that starts a string. Every JSON that carries signed text is read through this.
    QJsonDocument parseDocument(const QByteArray &json, QJsonParseError *error = nullptr);
    /// The canonical form of a value built in memory.
    QByteArray serialize(const QJsonValue &value);

    /// A double in the ECMAScript Number::toString form RFC 8785 requires (-0 gives "0").
    /// NaN and infinities have no JSON form: the caller must not pass them.
    QByteArray formatNumber(double value);

} // namespace CanonicalJson
} // namespace jalon
