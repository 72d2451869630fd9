// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace jalon {

class SigningKey;

/// A key that signs notes (C2SP signed-note): the log's own Ed25519 key, or a witness's
/// Ed25519 cosignature key (C2SP tlog-cosignature, cosignature/v1). Written as a
/// "vkey": `<name>+<key id in hex>+<base64(type ‖ public key)>`.
struct NoteKey
{
    Q_DECLARE_TR_FUNCTIONS(NoteKey)

public:
    enum class Type : quint8 { Ed25519 = 0x01, Cosignature = 0x04 };

    QString name;
    QByteArray publicKey; ///< 32 bytes
    Type type = Type::Ed25519;

    /// SHA-256(name ‖ "\n" ‖ type ‖ public key)[:4]: how a signature line names its key.
    QByteArray keyId() const;
    QString vkey() const;
    static Result<NoteKey> fromVkey(const QString &vkey);
    /// A name as the formats allow it: non-empty, no space, no "+", printable.
    static bool isValidName(const QString &name);
};

/// One signature line: `— <name> base64(key id ‖ signature bytes)`.
struct NoteSignature
{
    QString name;
    QByteArray keyId; ///< 4 bytes
    QByteArray signature; ///< what follows the key id (64 bytes; 8 + 64 for a cosignature)

    QByteArray line() const;
};

/// A note: text (lines, each ending in "\n"), an empty line, then signature lines.
struct SignedNote
{
    Q_DECLARE_TR_FUNCTIONS(SignedNote)

public:
    QByteArray text;
    QList<NoteSignature> signatures;

    QByteArray serialize() const;
    /// Signature lines only (a witness's answer): appended to `signatures`.
    static Result<QList<NoteSignature>> parseSignatureLines(const QByteArray &lines);
    static Result<SignedNote> parse(const QByteArray &note);

    /// The log's signature of the text by `key` named `name`.
    static NoteSignature sign(const QByteArray &text, const QString &name, const SigningKey &key);
    /// A cosignature/v1 of the text at `timestamp` (POSIX seconds).
    static NoteSignature cosign(const QByteArray &text, const QString &name, const SigningKey &key,
                                qint64 timestamp);

    /// Whether a signature line by `key` verifies; for a cosignature, its time in `when`.
    bool isSignedBy(const NoteKey &key, qint64 *when = nullptr) const;
};

} // namespace jalon
