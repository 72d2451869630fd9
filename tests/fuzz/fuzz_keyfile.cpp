// SPDX-License-Identifier: GPL-3.0-or-later
// vault.key, as a damaged disk or a hostile copy may leave it: reading never crashes and
// a key file read writes back to bytes that read the same. Inputs are read twice: as they
// are, and with their checksum made right, so that the fuzzer reaches past the checksum.
#include "fuzzing.h"
#include "vault/keyfile.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace jalon;

namespace {

void check(const QByteArray &json)
{
    const auto file = KeyFile::fromJson(json, QStringLiteral("vault.key"));
    if (!file)
        return;
    const QByteArray written = file->toJson();
    const auto reread = KeyFile::fromJson(written, QStringLiteral("vault.key"));
    fuzzing::require(reread && reread->toJson() == written, "a key file reads back the same");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzzing::bytes(data, size);
    check(input);
    QJsonObject root = QJsonDocument::fromJson(input).object();
    if (root.isEmpty())
        return 0;
    root.remove(QStringLiteral("checksum"));
    root.insert(QStringLiteral("checksum"), QString::fromLatin1(KeyFile::checksum(root)));
    check(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return 0;
}
