// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentiel/jsonfieldreader.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace jalon {
JsonFieldReader::JsonFieldReader(QString source)
    : m_source(std::move(source))
{
}

void JsonFieldReader::fail(const QString &pointer, const QString &problem, const QString &expected)
{
    if (!m_error)
        m_error = Error { m_source, pointer.isEmpty() ? QStringLiteral("/") : pointer, problem,
                          expected };
}

QString JsonFieldReader::child(const QString &pointer, const QString &key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
    return pointer + QLatin1Char('/') + escaped;
}

QString JsonFieldReader::child(const QString &pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

QString JsonFieldReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QJsonValue JsonFieldReader::field(const QJsonObject &object, const QString &pointer,
                                  const QString &key, Presence presence, const QString &expected)
{
    if (failed())
        return {};
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        if (presence == Required)
            fail(child(pointer, key), tr("this required field is missing"), expected);
        return QJsonValue(QJsonValue::Undefined);
    }
    return *it;
}

QString JsonFieldReader::string(const QJsonObject &object, const QString &pointer,
                                const QString &key, Presence presence)
{
    const QString expected = tr("a non-empty string");
    const QJsonValue value = field(object, pointer, key, presence, expected);
    if (value.isUndefined() || failed())
        return {};
    if (!value.isString()) {
        fail(child(pointer, key), tr("the value is %1").arg(typeName(value)), expected);
        return {};
    }
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        fail(child(pointer, key), tr("the string is empty"), expected);
    return text;
}

std::optional<int> JsonFieldReader::integer(const QJsonObject &object, const QString &pointer,
                                            const QString &key, int minimum, Presence presence)
{
    const QString expected = tr("a whole number of at least %1").arg(minimum);
    const QJsonValue value = field(object, pointer, key, presence, expected);
    if (value.isUndefined() || failed())
        return std::nullopt;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || number != std::floor(number)
        || number > std::numeric_limits<int>::max() || number < minimum) {
        const QString found = value.isDouble() ? QString::number(number) : typeName(value);
        fail(child(pointer, key), tr("the value %1 is not allowed here").arg(found), expected);
        return std::nullopt;
    }
    return int(number);
}

QJsonObject JsonFieldReader::object(const QJsonObject &object, const QString &pointer,
                                    const QString &key, Presence presence)
{
    const QString expected = tr("an object");
    const QJsonValue value = field(object, pointer, key, presence, expected);
    if (value.isUndefined() || failed())
        return {};
    if (!value.isObject()) {
        fail(child(pointer, key), tr("the value is %1").arg(typeName(value)), expected);
        return {};
    }
    return value.toObject();
}

QJsonArray JsonFieldReader::array(const QJsonObject &object, const QString &pointer,
                                  const QString &key, qsizetype minimumSize, Presence presence)
{
    const QString expected
        = minimumSize > 0 ? tr("an array of at least %1 item(s)").arg(minimumSize) : tr("an array");
    const QJsonValue value = field(object, pointer, key, presence, expected);
    if (value.isUndefined() || failed())
        return {};
    if (!value.isArray()) {
        fail(child(pointer, key), tr("the value is %1").arg(typeName(value)), expected);
        return {};
    }
    QJsonArray items = value.toArray();
    if (items.size() < minimumSize)
        fail(child(pointer, key), tr("the array has %1 item(s)").arg(items.size()), expected);
    return items;
}

QStringList JsonFieldReader::strings(const QJsonObject &object, const QString &pointer,
                                     const QString &key, Presence presence)
{
    const QJsonArray items = array(object, pointer, key, 0, presence);
    const QString at = child(pointer, key);
    QStringList result;
    for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            fail(child(at, i),
                 tr("the item is %1").arg(item.isString() ? tr("an empty string") : typeName(item)),
                 tr("a non-empty string"));
            break;
        }
        result << item.toString().trimmed();
    }
    return result;
}

QJsonObject JsonFieldReader::objectAt(const QJsonArray &array, const QString &pointer,
                                      qsizetype index)
{
    if (failed())
        return {};
    const QJsonValue item = array.at(index);
    if (!item.isObject()) {
        fail(child(pointer, index), tr("the item is %1").arg(typeName(item)), tr("an object"));
        return {};
    }
    return item.toObject();
}

void JsonFieldReader::rejectUnknownKeys(const QJsonObject &object, const QString &pointer,
                                        const QStringList &allowed)
{
    if (failed())
        return;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            fail(child(pointer, it.key()), tr("unknown field \"%1\"").arg(it.key()),
                 tr("one of: %1").arg(allowed.join(QLatin1String(", "))));
            return;
        }
    }
}

} // namespace jalon
