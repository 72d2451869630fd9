// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverkey.h"

#include "common/atomicfile.h"
#include "crypto/base64url.h"
#include "crypto/secretbytes.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace jalon {

Result<SigningKey> ServerKey::loadOrCreate(const QString &dataDir, const QString &fileName)
{
    const QString path = QDir(dataDir).filePath(fileName);
    QFile file(path);
    if (!file.exists()) {
        if (!QDir().mkpath(dataDir))
            return std::unexpected(Error { dataDir, {}, tr("cannot create the data folder"), {} });
        SigningKey key = SigningKey::generate();
        QByteArray secret(reinterpret_cast<const char *>(key.secretKey().data()),
                          qsizetype(key.secretKey().size()));
        const QJsonObject document {
            { QStringLiteral("format"), 1 },
            { QStringLiteral("secret_key"), QString::fromLatin1(toBase64Url(secret)) },
            { QStringLiteral("public_key"), QString::fromLatin1(toBase64Url(key.publicKey())) }
        };
        QByteArray json = QJsonDocument(document).toJson();
        wipe(secret);
        auto written = writeFileAtomically(path, json);
        wipe(json);
        if (!written)
            return std::unexpected(written.error());
        return key;
    }
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            Error { path, {}, tr("cannot read the server key: %1").arg(file.errorString()), {} });
    QByteArray json = file.readAll();
    const QJsonObject document = QJsonDocument::fromJson(json).object();
    wipe(json);
    auto secret = fromBase64Url(document.value(QStringLiteral("secret_key")).toString().toLatin1());
    if (document.value(QStringLiteral("format")).toInt() != 1 || !secret)
        return std::unexpected(Error { path, {}, tr("the server key file is damaged"), {} });
    auto key = SigningKey::fromSecretKey(SecretBytes::fromBytes(
        reinterpret_cast<const unsigned char *>(secret->constData()), std::size_t(secret->size())));
    wipe(*secret);
    if (!key)
        return std::unexpected(Error { path, {}, tr("the server key file is damaged"), {} });
    return std::move(*key);
}

} // namespace jalon
