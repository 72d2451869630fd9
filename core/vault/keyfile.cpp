// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/keyfile.h"

#include "common/atomicfile.h"
#include "crypto/base64url.h"
#include "jcs/canonicaljson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace jalon {

namespace {

    constexpr qint64 MaxKeyFileBytes = 64 * 1024;

    QJsonObject slotToJson(const WrappedKey &slot)
    {
        return { { QStringLiteral("kdf"), QStringLiteral("argon2id13") },
                 { QStringLiteral("ops"), double(slot.kdf.opsLimit) },
                 { QStringLiteral("mem"), double(slot.kdf.memLimit) },
                 { QStringLiteral("salt"), QString::fromLatin1(toBase64Url(slot.kdf.salt)) },
                 { QStringLiteral("nonce"), QString::fromLatin1(toBase64Url(slot.nonce)) },
                 { QStringLiteral("key"), QString::fromLatin1(toBase64Url(slot.ciphertext)) } };
    }

    QByteArray checksumOf(const QJsonObject &withoutChecksum)
    {
        const QByteArray canonical = CanonicalJson::serialize(withoutChecksum);
        QByteArray digest(crypto_generichash_BYTES, '\0');
        crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()),
                           std::size_t(digest.size()),
                           reinterpret_cast<const unsigned char *>(canonical.constData()),
                           std::size_t(canonical.size()), nullptr, 0);
        return digest;
    }

    QJsonObject bodyOf(const KeyFile &file)
    {
        QJsonObject body { { QStringLiteral("format"), KeyFile::Format },
                           { QStringLiteral("vault"),
                             QString::fromLatin1(toBase64Url(file.vaultId)) },
                           { QStringLiteral("passphrase"), slotToJson(file.passphrase) },
                           { QStringLiteral("recovery"), slotToJson(file.recovery) } };
        if (file.device)
            body.insert(QStringLiteral("device"), slotToJson(*file.device));
        return body;
    }

    class SlotReader
    {
    public:
        SlotReader(const QString &path, const QJsonObject &root)
            : m_path(path)
            , m_root(root)
        {
        }

        Result<WrappedKey> read(const QString &name) const
        {
            const QJsonObject slot = m_root.value(name).toObject();
            const QString pointer = QLatin1Char('/') + name;
            if (slot.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13"))
                return fail(pointer + QLatin1String("/kdf"), KeyFile::tr("unknown key derivation"),
                            QStringLiteral("argon2id13"));
            WrappedKey wrapped;
            // -1 for anything but a whole number a qint64 holds: a cast of any other double
            // is undefined, and the range check below refuses -1.
            const qint64 ops = slot.value(QStringLiteral("ops")).toInteger(-1);
            const qint64 mem = slot.value(QStringLiteral("mem")).toInteger(-1);
            if (ops < 0 || mem < 0)
                return fail(pointer, KeyFile::tr("the key derivation parameters are out of range"),
                            {});
            wrapped.kdf.opsLimit = quint64(ops);
            wrapped.kdf.memLimit = quint64(mem);
            const auto salt
                = fromBase64Url(slot.value(QStringLiteral("salt")).toString().toLatin1());
            const auto nonce
                = fromBase64Url(slot.value(QStringLiteral("nonce")).toString().toLatin1());
            const auto key = fromBase64Url(slot.value(QStringLiteral("key")).toString().toLatin1());
            if (!salt || !nonce || !key)
                return fail(pointer, KeyFile::tr("a field is not valid base64url"), {});
            wrapped.kdf.salt = *salt;
            wrapped.nonce = *nonce;
            wrapped.ciphertext = *key;
            if (!wrapped.kdf.isValid())
                return fail(pointer, KeyFile::tr("the key derivation parameters are out of range"),
                            {});
            return wrapped;
        }

        std::unexpected<Error> fail(const QString &pointer, const QString &problem,
                                    const QString &expected) const
        {
            return std::unexpected(Error { m_path, pointer, problem, expected });
        }

    private:
        QString m_path;
        QJsonObject m_root;
    };

} // namespace

QByteArray KeyFile::context(const char *slot) const
{
    return QByteArray("jalon-vault/1/") + toBase64Url(vaultId) + '/' + slot;
}

QByteArray KeyFile::toJson() const
{
    QJsonObject root = bodyOf(*this);
    root.insert(QStringLiteral("checksum"), QString::fromLatin1(checksum(root)));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray KeyFile::checksum(const QJsonObject &withoutChecksum)
{
    return toBase64Url(checksumOf(withoutChecksum));
}

Result<KeyFile> KeyFile::fromJson(const QByteArray &json, const QString &path)
{
    auto damaged = [&](const QString &location, const QString &problem) {
        return std::unexpected(
            Error { path, location, tr("the key file is damaged: %1").arg(problem), {} });
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged({}, tr("it is not a JSON object"));
    QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt(-1) != Format) {
        return std::unexpected(
            Error { path, QStringLiteral("/format"),
                    tr("unknown key file format %1")
                        .arg(root.value(QStringLiteral("format")).toVariant().toString()),
                    QString::number(Format) });
    }
    const auto checksum
        = fromBase64Url(root.take(QStringLiteral("checksum")).toString().toLatin1());
    if (!checksum || checksum->size() != crypto_generichash_BYTES
        || sodium_memcmp(checksum->constData(), checksumOf(root).constData(),
                         std::size_t(checksum->size()))
            != 0) {
        return damaged(QStringLiteral("/checksum"), tr("its checksum does not match its contents"));
    }
    KeyFile file;
    const auto vaultId = fromBase64Url(root.value(QStringLiteral("vault")).toString().toLatin1());
    if (!vaultId || vaultId->size() != 16)
        return damaged(QStringLiteral("/vault"), tr("the vault id is not valid"));
    file.vaultId = *vaultId;
    const SlotReader reader(path, root);
    auto passphrase = reader.read(QStringLiteral("passphrase"));
    if (!passphrase)
        return std::unexpected(passphrase.error());
    auto recovery = reader.read(QStringLiteral("recovery"));
    if (!recovery)
        return std::unexpected(recovery.error());
    file.passphrase = *passphrase;
    file.recovery = *recovery;
    if (root.contains(QStringLiteral("device"))) {
        auto device = reader.read(QStringLiteral("device"));
        if (!device)
            return std::unexpected(device.error());
        file.device = *device;
    }
    return file;
}

Result<KeyFile> KeyFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            Error { path, {}, tr("the key file cannot be read: %1").arg(file.errorString()), {} });
    if (file.size() > MaxKeyFileBytes)
        return std::unexpected(
            Error { path, {}, tr("the key file is damaged: it is far too large"), {} });
    return fromJson(file.readAll(), path);
}

Result<void> KeyFile::save(const QString &path) const
{
    return writeFileAtomically(path, toJson());
}

} // namespace jalon
