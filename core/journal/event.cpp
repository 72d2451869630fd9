// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/event.h"

#include "crypto/base64url.h"
#include "crypto/sha256.h"
#include "crypto/signingkey.h"
#include "jcs/canonicaljson.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <cstdio>
#include <sodium.h>

namespace jalon {

namespace {

    constexpr qint64 MaxSafeInteger = 9007199254740991; // 2^53 - 1: exact in every JSON reader

    std::unexpected<Error> invalid(const QString &pointer, const QString &problem,
                                   const QString &expected = {})
    {
        return std::unexpected(Error { Event::tr("event"), pointer, problem, expected });
    }

    std::optional<QByteArray> binaryField(const QJsonValue &value, qsizetype size)
    {
        if (!value.isString())
            return std::nullopt;
        auto bytes = fromBase64Url(value.toString().toLatin1());
        if (!bytes || bytes->size() != size)
            return std::nullopt;
        return bytes;
    }

} // namespace

QString toIdText(const QByteArray &id)
{
    return QString::fromLatin1(toBase64Url(id));
}

// Written and read by hand: every event and projection row goes through these, and
// QDateTime's general formatter and parser cost more than the rest of a fold.
QString Event::formatTime(const QDateTime &at)
{
    const QDateTime utc = at.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(),
                  date.month(), date.day(), time.hour(), time.minute(), time.second(), time.msec());
    return QString::fromLatin1(text);
}

QDateTime Event::parseTime(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ, nothing else.
    static constexpr char Shape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (text.size() != qsizetype(sizeof Shape - 1))
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (Shape[i] == 'd' ? (c < '0' || c > '9') : c != char16_t(Shape[i]))
            return {};
    }
    auto number = [&](int from, int length) { return QStringView(text).mid(from, length).toInt(); };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// The envelope's keys are fixed, so its canonical form is written directly in JCS key
// order (at, author, body, kind, prev, seq, sig, subject, v); only the body goes through
// the general serialiser, once per call.
QByteArray Event::assemble(const QByteArray &canonicalBody, bool withSignature) const
{
    auto text = [](const QString &value) { return CanonicalJson::serialize(QJsonValue(value)); };
    QByteArray out;
    out.reserve(canonicalBody.size() + 320);
    out += "{\"at\":" + text(formatTime(at));
    out += ",\"author\":\"" + toBase64Url(author) + '"';
    out += ",\"body\":" + canonicalBody;
    out += ",\"kind\":" + text(kind);
    out += ",\"prev\":" + (prev.isEmpty() ? QByteArray("null") : '"' + toBase64Url(prev) + '"');
    out += ",\"seq\":" + QByteArray::number(seq);
    if (withSignature)
        out += ",\"sig\":\"" + toBase64Url(sig) + '"';
    out += ",\"subject\":" + text(subject);
    out += ",\"v\":" + QByteArray::number(Version) + '}';
    return out;
}

QByteArray Event::signingBytes() const
{
    return assemble(CanonicalJson::serialize(body), false);
}

QByteArray Event::canonical() const
{
    return assemble(CanonicalJson::serialize(body), true);
}

QByteArray Event::id() const
{
    return idOf(canonical());
}

QByteArray Event::idOf(const QByteArray &bytes)
{
    return sha256(bytes);
}

QString Event::bodyText(QLatin1String field) const
{
    return body.value(field).toString();
}

QByteArray Event::bodyId(QLatin1String field) const
{
    return fromBase64Url(bodyText(field).toLatin1()).value_or(QByteArray());
}

QString Event::idText() const
{
    return toIdText(id());
}

QByteArray Event::signWith(const SigningKey &key)
{
    author = key.publicKey();
    const QByteArray body = CanonicalJson::serialize(this->body);
    sig = key.sign(assemble(body, false));
    return assemble(body, true);
}

bool Event::hasValidSignature() const
{
    return verifySignature(author, signingBytes(), sig);
}

Result<Event> Event::fromJson(const QByteArray &json)
{
    // Canonicalising first rejects what QJsonDocument would let through: duplicate keys,
    // lone surrogates, numbers beyond a double.
    auto canonical = CanonicalJson::canonicalize(json);
    if (!canonical)
        return std::unexpected(Error { tr("event"), canonical.error().location,
                                       canonical.error().problem, canonical.error().expected });
    auto event = fromObject(CanonicalJson::parseDocument(*canonical).object());
    if (!event)
        return event;
    // What we re-serialise must be what was signed: any field we could not represent
    // exactly would otherwise change the event's meaning.
    if (event->canonical() != *canonical)
        return invalid({}, tr("the event is not in its canonical form once read"));
    return event;
}

Result<Event> Event::fromStored(const QByteArray &canonical)
{
    return fromObject(CanonicalJson::parseDocument(canonical).object());
}

Result<Event> Event::fromObject(const QJsonObject &object)
{
    if (object.isEmpty())
        return invalid({}, tr("an event must be a JSON object"));
    static const QStringList fields { QStringLiteral("at"),   QStringLiteral("author"),
                                      QStringLiteral("body"), QStringLiteral("kind"),
                                      QStringLiteral("prev"), QStringLiteral("seq"),
                                      QStringLiteral("sig"),  QStringLiteral("subject"),
                                      QStringLiteral("v") };
    for (const QString &key : object.keys()) {
        if (!fields.contains(key))
            return invalid(QLatin1Char('/') + key, tr("unknown field"));
    }
    for (const QString &field : fields) {
        if (!object.contains(field))
            return invalid(QLatin1Char('/') + field, tr("this required field is missing"));
    }
    const QJsonValue v = object.value(QStringLiteral("v"));
    if (!v.isDouble() || v.toDouble() != Version)
        return invalid(QStringLiteral("/v"), tr("unknown event version"), QString::number(Version));

    Event event;
    const auto author
        = binaryField(object.value(QStringLiteral("author")), crypto_sign_PUBLICKEYBYTES);
    if (!author)
        return invalid(QStringLiteral("/author"), tr("not a public key"),
                       tr("32 bytes in base64url"));
    event.author = *author;
    const QJsonValue seq = object.value(QStringLiteral("seq"));
    const double seqNumber = seq.toDouble(-1);
    if (!seq.isDouble() || seqNumber < 1 || seqNumber > double(MaxSafeInteger)
        || seqNumber != double(qint64(seqNumber)))
        return invalid(QStringLiteral("/seq"), tr("not a sequence number"),
                       tr("a whole number from 1"));
    event.seq = qint64(seqNumber);
    const QJsonValue prev = object.value(QStringLiteral("prev"));
    if (!prev.isNull()) {
        const auto prevId = binaryField(prev, crypto_hash_sha256_BYTES);
        if (!prevId)
            return invalid(QStringLiteral("/prev"), tr("not an event id"),
                           tr("null or 32 bytes in base64url"));
        event.prev = *prevId;
    }
    if ((event.seq == 1) != event.prev.isEmpty())
        return invalid(QStringLiteral("/prev"),
                       tr("the first event has no previous one, every other event has one"));
    const QString at = object.value(QStringLiteral("at")).toString();
    event.at = parseTime(at);
    if (!event.at.isValid())
        return invalid(QStringLiteral("/at"), tr("not a UTC time"),
                       QStringLiteral("2026-11-22T10:15:00.123Z"));
    const QJsonValue kind = object.value(QStringLiteral("kind"));
    const QJsonValue subject = object.value(QStringLiteral("subject"));
    if (!kind.isString() || kind.toString().isEmpty())
        return invalid(QStringLiteral("/kind"), tr("not an event kind"));
    if (!subject.isString() || subject.toString().isEmpty())
        return invalid(QStringLiteral("/subject"), tr("the subject is missing"),
                       tr("a non-empty string"));
    if (!object.value(QStringLiteral("body")).isObject())
        return invalid(QStringLiteral("/body"), tr("the body must be an object"));
    event.kind = kind.toString();
    event.subject = subject.toString();
    event.body = object.value(QStringLiteral("body")).toObject();
    const auto sig = binaryField(object.value(QStringLiteral("sig")), crypto_sign_BYTES);
    if (!sig)
        return invalid(QStringLiteral("/sig"), tr("not a signature"), tr("64 bytes in base64url"));
    event.sig = *sig;
    return event;
}

} // namespace jalon
