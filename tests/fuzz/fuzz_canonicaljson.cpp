// SPDX-License-Identifier: GPL-3.0-or-later
// The RFC 8785 canonicaliser, on any bytes: it never crashes, its output is canonical (a
// second pass changes nothing), and the document reader every signed text goes through
// reads it back to the same bytes.
#include "fuzzing.h"
#include "jcs/canonicaljson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace jalon;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzzing::bytes(data, size);
    const auto canonical = CanonicalJson::canonicalize(input);
    if (!canonical)
        return 0;
    const auto again = CanonicalJson::canonicalize(*canonical);
    fuzzing::require(again && *again == *canonical, "the canonical form is a fixed point");
    if (canonical->startsWith('{') || canonical->startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument document = CanonicalJson::parseDocument(*canonical, &error);
        fuzzing::require(error.error == QJsonParseError::NoError,
                         "the document reader reads a canonical text");
        const QJsonValue value
            = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        fuzzing::require(CanonicalJson::serialize(value) == *canonical,
                         "a canonical text read and written again is the same bytes");
    }
    return 0;
}
