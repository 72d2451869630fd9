// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierbundle.h"

#include "crypto/base64url.h"
#include "crypto/sha256.h"
#include "jcs/canonicaljson.h"
#include "journal/event.h"
#include "sync/checkpoint.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jalon {

namespace {

    QByteArray quoted(const QString &text)
    {
        // A one-element array is the shortest way to have Qt escape a JSON string.
        const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    }

    Error bundleError(const QString &pointer, const QString &problem)
    {
        return Error { DossierBundle::tr("jury bundle"), pointer, problem, {} };
    }

} // namespace

// Written by hand so that each event keeps the exact bytes that were signed and logged.
QByteArray DossierBundle::toJson() const
{
    QByteArray json = "{\n\"format\": \"" + QByteArray(Format) + "\",\n";
    json += "\"exported_at\": " + quoted(Event::formatTime(exportedAt)) + ",\n";
    json += "\"candidate\": {\"id\": " + quoted(candidateId)
        + ", \"name\": " + quoted(candidateName) + "},\n";
    json += "\"centre\": {\"key\": " + quoted(Checkpoint::logKey(centreKey).vkey())
        + ", \"public_key\": \"" + toBase64Url(centreKey)
        + "\", \"fingerprint\": " + quoted(fingerprintOf(centreKey)) + "},\n";
    QStringList keys;
    for (const NoteKey &witness : witnesses)
        keys << witness.vkey();
    json += "\"witnesses\": {\"keys\": "
        + QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact)
        + ", \"quorum\": " + QByteArray::number(quorum) + "},\n";
    json += "\"checkpoint\": " + quoted(QString::fromUtf8(checkpoint)) + ",\n";
    json += "\"referentiels\": [";
    for (qsizetype i = 0; i < referentiels.size(); ++i) {
        const Document &document = referentiels[i];
        json += QByteArray(i ? "," : "") + "\n  {\"id\": " + quoted(document.id)
            + ", \"version\": " + QByteArray::number(document.version) + ", \"sha256\": \""
            + document.sha256.toHex() + "\", \"document\": " + document.json + '}';
    }
    json += "],\n\"events\": [";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries[i];
        QByteArray proof;
        for (const QByteArray &hash : entry.inclusion)
            proof += (proof.isEmpty() ? "\"" : ",\"") + hash.toBase64() + '"';
        json += QByteArray(i ? "," : "") + "\n  {\"index\": " + QByteArray::number(entry.index)
            + ", \"event\": " + entry.event + ", \"inclusion\": [" + proof + "]}";
    }
    json += "\n]\n}\n";
    return json;
}

Result<DossierBundle> DossierBundle::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = CanonicalJson::parseDocument(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(
            bundleError(tr("offset %1").arg(parseError.offset),
                        tr("this is not JSON: %1").arg(parseError.errorString())));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return std::unexpected(bundleError(
            QStringLiteral("/format"),
            tr("this is not a Jalon jury bundle (format %1 expected)").arg(QLatin1String(Format))));
    DossierBundle bundle;
    const QJsonObject candidate = root.value(QStringLiteral("candidate")).toObject();
    bundle.candidateId = candidate.value(QStringLiteral("id")).toString();
    bundle.candidateName = candidate.value(QStringLiteral("name")).toString();
    bundle.exportedAt = Event::parseTime(root.value(QStringLiteral("exported_at")).toString());
    const QJsonObject centre = root.value(QStringLiteral("centre")).toObject();
    const auto key
        = fromBase64Url(centre.value(QStringLiteral("public_key")).toString().toLatin1());
    if (!key || key->size() != 32)
        return std::unexpected(bundleError(QStringLiteral("/centre/public_key"),
                                           tr("the centre's key is not a base64url Ed25519 key")));
    bundle.centreKey = *key;
    auto vkey = NoteKey::fromVkey(centre.value(QStringLiteral("key")).toString());
    if (!vkey || vkey->publicKey != bundle.centreKey || vkey->name != Checkpoint::originFor(*key))
        return std::unexpected(
            bundleError(QStringLiteral("/centre/key"),
                        tr("the centre's verifier key does not match its public key")));
    // The fingerprint a person reads aloud must be the key's, not any text.
    if (centre.value(QStringLiteral("fingerprint")).toString() != fingerprintOf(*key))
        return std::unexpected(bundleError(QStringLiteral("/centre/fingerprint"),
                                           tr("the fingerprint written is not the centre key's")));
    const QJsonObject witnesses = root.value(QStringLiteral("witnesses")).toObject();
    for (const auto &text : witnesses.value(QStringLiteral("keys")).toArray()) {
        auto witness = NoteKey::fromVkey(text.toString());
        if (!witness || witness->type != NoteKey::Type::Cosignature)
            return std::unexpected(bundleError(QStringLiteral("/witnesses/keys"),
                                               tr("a witness key is not a cosignature key")));
        bundle.witnesses << *witness;
    }
    bundle.quorum = witnesses.value(QStringLiteral("quorum")).toInt();
    bundle.checkpoint = root.value(QStringLiteral("checkpoint")).toString().toUtf8();
    const QJsonArray referentiels = root.value(QStringLiteral("referentiels")).toArray();
    for (qsizetype i = 0; i < referentiels.size(); ++i) {
        const QJsonObject item = referentiels[i].toObject();
        bundle.referentiels << Document {
            item.value(QStringLiteral("id")).toString(),
            item.value(QStringLiteral("version")).toInt(),
            QByteArray::fromHex(item.value(QStringLiteral("sha256")).toString().toLatin1()),
            QJsonDocument(item.value(QStringLiteral("document")).toObject())
                .toJson(QJsonDocument::Compact)
        };
    }
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject item = events[i].toObject();
        const QString pointer = QStringLiteral("/events/%1").arg(i);
        if (!item.value(QStringLiteral("index")).isDouble()
            || !item.value(QStringLiteral("event")).isObject())
            return std::unexpected(bundleError(pointer, tr("an entry has an index and an event")));
        Entry entry;
        entry.index = item.value(QStringLiteral("index")).toInteger(-1);
        // Canonical whatever its spelling in the file: what the signature and the id cover.
        entry.event = CanonicalJson::serialize(item.value(QStringLiteral("event")));
        for (const auto &hash : item.value(QStringLiteral("inclusion")).toArray())
            entry.inclusion << QByteArray::fromBase64(hash.toString().toLatin1());
        bundle.entries << entry;
    }
    return bundle;
}

} // namespace jalon
