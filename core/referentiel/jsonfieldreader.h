// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace jalon {

/// Reads typed fields out of JSON objects, tracking the JSON pointer (RFC 6901) of each
/// value. The first problem met is kept as an Error naming the file, the pointer, what is
/// wrong and what was expected; later reads then return empty values, so a loader can
/// read a whole document straight through and check failed() once at the end.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    enum Presence { Required, Optional };

    explicit JsonFieldReader(QString source);

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    void fail(const QString &pointer, const QString &problem, const QString &expected = {});

    static QString child(const QString &pointer, const QString &key);
    static QString child(const QString &pointer, qsizetype index);

    QString string(const QJsonObject &object, const QString &pointer, const QString &key,
                   Presence presence = Required);
    std::optional<int> integer(const QJsonObject &object, const QString &pointer,
                               const QString &key, int minimum, Presence presence = Required);
    QJsonObject object(const QJsonObject &object, const QString &pointer, const QString &key,
                       Presence presence = Required);
    /// An array; `minimumSize` items at least.
    QJsonArray array(const QJsonObject &object, const QString &pointer, const QString &key,
                     qsizetype minimumSize, Presence presence = Required);
    /// An array of non-empty strings.
    QStringList strings(const QJsonObject &object, const QString &pointer, const QString &key,
                        Presence presence = Optional);
    /// The item at `index` of an array, which must be an object.
    QJsonObject objectAt(const QJsonArray &array, const QString &pointer, qsizetype index);
    /// Fails on a key not in `allowed`: a misspelt field must not be silently ignored.
    void rejectUnknownKeys(const QJsonObject &object, const QString &pointer,
                           const QStringList &allowed);

private:
    QJsonValue field(const QJsonObject &object, const QString &pointer, const QString &key,
                     Presence presence, const QString &expected);
    static QString typeName(const QJsonValue &value);

    QString m_source;
    std::optional<Error> m_error;
};

} // namespace jalon
