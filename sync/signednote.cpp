// SPDX-License-Identifier: GPL-3.0-or-later
#include "signednote.h"

#include "crypto/sha256.h"
#include "crypto/signingkey.h"

#include <QtEndian>

namespace jalon {

namespace {

    // "— " as UTF-8: U+2014 EM DASH, then a space.
    const QByteArray Dash = QByteArrayLiteral("\xE2\x80\x94 ");
    constexpr int MaxSignatures = 100;

    QByteArray cosignedMessage(const QByteArray &text, qint64 timestamp)
    {
        return "cosignature/v1\ntime " + QByteArray::number(timestamp) + '\n' + text;
    }

    QByteArray bigEndian(quint64 value)
    {
        QByteArray bytes(8, '\0');
        qToBigEndian(value, bytes.data());
        return bytes;
    }

    Error noteError(const QString &problem)
    {
        return Error { SignedNote::tr("signed note"), {}, problem, {} };
    }

} // namespace

bool NoteKey::isValidName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('+') || !c.isPrint())
            return false;
    }
    return true;
}

QByteArray NoteKey::keyId() const
{
    return sha256(name.toUtf8() + '\n' + char(type) + publicKey).left(4);
}

QString NoteKey::vkey() const
{
    return name + QLatin1Char('+') + QString::fromLatin1(keyId().toHex()) + QLatin1Char('+')
        + QString::fromLatin1((QByteArray(1, char(type)) + publicKey).toBase64());
}

Result<NoteKey> NoteKey::fromVkey(const QString &vkey)
{
    auto refuse = [](const QString &problem) {
        return std::unexpected(Error {
            tr("verifier key"), {}, problem, tr("NAME+KEYID+BASE64, as jalon-server prints it") });
    };
    // Name and key id hold no "+"; the base64 after them may.
    const QString text = vkey.trimmed();
    const qsizetype first = text.indexOf(QLatin1Char('+'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char('+'), first + 1);
    const QStringList parts { text.left(first), text.mid(first + 1, second - first - 1),
                              text.mid(second + 1) };
    if (first < 0 || second < 0 || !isValidName(parts[0]))
        return refuse(tr("a verifier key has a name, a key id and a key, joined by \"+\""));
    const QByteArray material
        = QByteArray::fromBase64(parts[2].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (material.size() != 33)
        return refuse(tr("the key is not a 32-byte Ed25519 public key"));
    NoteKey key;
    key.name = parts[0];
    key.publicKey = material.mid(1);
    if (quint8(material[0]) == quint8(Type::Ed25519))
        key.type = Type::Ed25519;
    else if (quint8(material[0]) == quint8(Type::Cosignature))
        key.type = Type::Cosignature;
    else
        return refuse(tr("unknown key type %1").arg(quint8(material[0])));
    if (QString::fromLatin1(key.keyId().toHex()) != parts[1].toLower())
        return refuse(tr("the key id does not match the name and the key"));
    return key;
}

QByteArray NoteSignature::line() const
{
    return Dash + name.toUtf8() + ' ' + (keyId + signature).toBase64() + '\n';
}

QByteArray SignedNote::serialize() const
{
    QByteArray note = text + '\n';
    for (const NoteSignature &signature : signatures)
        note += signature.line();
    return note;
}

Result<QList<NoteSignature>> SignedNote::parseSignatureLines(const QByteArray &lines)
{
    QList<NoteSignature> signatures;
    if (lines.isEmpty() || !lines.endsWith('\n'))
        return std::unexpected(noteError(tr("signature lines end with a newline")));
    const QList<QByteArray> split = lines.left(lines.size() - 1).split('\n');
    if (split.size() > MaxSignatures)
        return std::unexpected(noteError(tr("more than %1 signatures").arg(MaxSignatures)));
    for (const QByteArray &line : split) {
        if (!line.startsWith(Dash))
            return std::unexpected(noteError(tr("a signature line starts with \"— \"")));
        const QByteArray rest = line.mid(Dash.size());
        const qsizetype space = rest.indexOf(' ');
        const QString name = QString::fromUtf8(rest.left(space));
        const QByteArray bytes
            = QByteArray::fromBase64(rest.mid(space + 1), QByteArray::AbortOnBase64DecodingErrors);
        if (space <= 0 || !NoteKey::isValidName(name) || bytes.size() < 5
            || bytes.toBase64() != rest.mid(space + 1))
            return std::unexpected(noteError(tr("a signature line is \"— NAME BASE64\"")));
        signatures << NoteSignature { name, bytes.left(4), bytes.mid(4) };
    }
    return signatures;
}

Result<SignedNote> SignedNote::parse(const QByteArray &note)
{
    // The text ends at the first empty line; the signatures follow it.
    const qsizetype split = note.indexOf("\n\n");
    if (split < 0)
        return std::unexpected(noteError(tr("no empty line before the signatures")));
    if (note.contains('\r') || note.contains('\0'))
        return std::unexpected(noteError(tr("a note has no carriage return or NUL")));
    SignedNote parsed;
    parsed.text = note.left(split + 1);
    auto signatures = parseSignatureLines(note.mid(split + 2));
    if (!signatures)
        return std::unexpected(signatures.error());
    parsed.signatures = std::move(*signatures);
    return parsed;
}

NoteSignature SignedNote::sign(const QByteArray &text, const QString &name, const SigningKey &key)
{
    const NoteKey noteKey { name, key.publicKey(), NoteKey::Type::Ed25519 };
    return { name, noteKey.keyId(), key.sign(text) };
}

NoteSignature SignedNote::cosign(const QByteArray &text, const QString &name, const SigningKey &key,
                                 qint64 timestamp)
{
    const NoteKey noteKey { name, key.publicKey(), NoteKey::Type::Cosignature };
    return { name, noteKey.keyId(),
             bigEndian(quint64(timestamp)) + key.sign(cosignedMessage(text, timestamp)) };
}

bool SignedNote::isSignedBy(const NoteKey &key, qint64 *when) const
{
    const QByteArray id = key.keyId();
    for (const NoteSignature &signature : signatures) {
        if (signature.name != key.name || signature.keyId != id)
            continue;
        if (key.type == NoteKey::Type::Ed25519) {
            if (signature.signature.size() == 64
                && verifySignature(key.publicKey, text, signature.signature))
                return true;
            continue;
        }
        if (signature.signature.size() != 72)
            continue;
        const qint64 timestamp = qint64(qFromBigEndian<quint64>(signature.signature.constData()));
        if (timestamp < 0)
            continue;
        if (verifySignature(key.publicKey, cosignedMessage(text, timestamp),
                            signature.signature.mid(8))) {
            if (when)
                *when = timestamp;
            return true;
        }
    }
    return false;
}

} // namespace jalon
