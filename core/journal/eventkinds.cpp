// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/eventkinds.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <sodium.h>

namespace jalon::EventKinds {

namespace {

    enum class Type {
        Text, ///< any string, may be empty
        Name, ///< non-empty string
        Count, ///< whole number ≥ 0
        Flag, ///< boolean
        Date, ///< YYYY-MM-DD
        EventId, ///< base64url of 32 bytes
        OptionalId, ///< EventId or null
        EventIds, ///< array of distinct EventIds
        Names, ///< array of non-empty strings, no repeats
        Levels, ///< object: name → whole number ≥ 0
        Object,
        AttesterRole, ///< "tutor" | "manager"
        UserRole, ///< candidate | tutor | manager | accompanist | evaluator | admin
        Path, ///< "epreuves" | "vae"
        SessionStatus ///< planned | held | cancelled
    };

    struct Field
    {
        const char *name;
        Type type;
        bool required = true;
    };

    using Shape = QList<Field>;

    const QHash<QString, Shape> &shapes()
    {
        static const QHash<QString, Shape> table {
            { DiagnosticAnswer,
              { { "referentiel", Type::Name },
                { "version", Type::Count },
                { "activity", Type::Name },
                { "level", Type::Count },
                { "comment", Type::Text, false } } },
            { DiagnosticSubmit, { { "referentiel", Type::Name }, { "version", Type::Count } } },
            { BilanRecord,
              { { "referentiel", Type::Name },
                { "version", Type::Count },
                { "ratings", Type::Levels },
                { "path", Type::Path },
                { "blocs", Type::Names },
                { "training_needs", Type::Text },
                { "next_review", Type::Date },
                { "comment", Type::Text, false } } },
            { LivretEdit,
              { { "referentiel", Type::Name },
                { "version", Type::Count },
                { "section", Type::Name },
                { "base", Type::OptionalId },
                { "text", Type::Text },
                { "merges", Type::EventIds, false } } },
            { LivretComment,
              { { "section", Type::Name }, { "edit", Type::OptionalId }, { "text", Type::Name } } },
            { VaeSession,
              { { "number", Type::Count },
                { "status", Type::SessionStatus },
                { "date", Type::Date },
                { "notes", Type::Text, false },
                { "next_steps", Type::Text, false },
                { "sections", Type::Names, false } } },
            { CarnetAttest,
              { { "referentiel", Type::Name },
                { "version", Type::Count },
                { "competence", Type::Name },
                { "role", Type::AttesterRole },
                { "criteria", Type::Names },
                { "situation", Type::Name },
                { "observed_on", Type::Date } } },
            { CarnetRevoke, { { "attestation", Type::EventId }, { "reason", Type::Name } } },
            { BlocEvaluate,
              { { "referentiel", Type::Name },
                { "version", Type::Count },
                { "bloc", Type::Name },
                { "validated", Type::Flag },
                { "date", Type::Date },
                { "remarks", Type::Text, false } } },
            { OrgUser,
              { { "user", Type::Name },
                { "name", Type::Name },
                { "role", Type::UserRole },
                { "referentiel", Type::Name, false } } },
            { OrgDevice, { { "user", Type::Name }, { "device", Type::EventId } } },
            { OrgAssign,
              { { "candidate", Type::Name }, { "user", Type::Name }, { "role", Type::UserRole } } },
            { OrgUnassign,
              { { "candidate", Type::Name }, { "user", Type::Name }, { "role", Type::UserRole } } },
            { OrgDeviceRevoke, { { "device", Type::EventId } } },
            { OrgForkResolve,
              { { "device", Type::EventId },
                { "seq", Type::Count },
                { "keep", Type::OptionalId } } },
            { ReferentielPublish, { { "referentiel", Type::Object } } },
        };
        return table;
    }

    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(EventKinds)
    };

    bool isName(const QJsonValue &value)
    {
        return value.isString() && !value.toString().isEmpty();
    }

    bool isCount(const QJsonValue &value)
    {
        const double number = value.toDouble(-1);
        return value.isDouble() && number >= 0 && number <= 9007199254740991.0
            && number == double(qint64(number));
    }

    bool isEventId(const QJsonValue &value)
    {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        return value.isString() && pattern.match(value.toString()).hasMatch();
    }

    bool isOneOf(const QJsonValue &value, std::initializer_list<const char *> allowed)
    {
        for (const char *option : allowed) {
            if (value.toString() == QLatin1String(option))
                return true;
        }
        return false;
    }

    // The problem with `value` for `type`, or an empty string when it fits.
    QString problemWith(const QJsonValue &value, Type type, QString &expected)
    {
        switch (type) {
        case Type::Text:
            expected = Text::tr("a string");
            return value.isString() ? QString() : Text::tr("wrong type");
        case Type::Name:
            expected = Text::tr("a non-empty string");
            return isName(value) ? QString() : Text::tr("wrong type or empty");
        case Type::Count:
            expected = Text::tr("a whole number ≥ 0");
            return isCount(value) ? QString() : Text::tr("not a whole number");
        case Type::Flag:
            expected = Text::tr("true or false");
            return value.isBool() ? QString() : Text::tr("wrong type");
        case Type::Date:
            expected = QStringLiteral("YYYY-MM-DD");
            return QDate::fromString(value.toString(), Qt::ISODate).isValid()
                    && value.toString().size() == 10
                ? QString()
                : Text::tr("not a date");
        case Type::EventId:
            expected = Text::tr("32 bytes in base64url");
            return isEventId(value) ? QString() : Text::tr("not an id");
        case Type::OptionalId:
            expected = Text::tr("null or 32 bytes in base64url");
            return value.isNull() || isEventId(value) ? QString() : Text::tr("not an id");
        case Type::EventIds: {
            expected = Text::tr("an array of distinct event ids (32 bytes in base64url)");
            if (!value.isArray())
                return Text::tr("wrong type");
            QStringList seen;
            for (const auto &item : value.toArray()) {
                if (!isEventId(item) || seen.contains(item.toString()))
                    return Text::tr("an item is not an id or is repeated");
                seen << item.toString();
            }
            return {};
        }
        case Type::Names: {
            expected = Text::tr("an array of distinct non-empty strings");
            if (!value.isArray())
                return Text::tr("wrong type");
            QStringList seen;
            for (const auto &item : value.toArray()) {
                if (!isName(item) || seen.contains(item.toString()))
                    return Text::tr("an item is empty, repeated or not a string");
                seen << item.toString();
            }
            return {};
        }
        case Type::Levels: {
            expected = Text::tr("an object of whole numbers ≥ 0");
            if (!value.isObject())
                return Text::tr("wrong type");
            for (const auto &item : value.toObject()) {
                if (!isCount(item))
                    return Text::tr("a level is not a whole number");
            }
            return {};
        }
        case Type::Object:
            expected = Text::tr("an object");
            return value.isObject() ? QString() : Text::tr("wrong type");
        case Type::AttesterRole:
            expected = QStringLiteral("tutor, manager");
            return isOneOf(value, { "tutor", "manager" }) ? QString() : Text::tr("unknown role");
        case Type::UserRole:
            expected = QStringLiteral("candidate, tutor, manager, accompanist, evaluator, admin");
            return isOneOf(value,
                           { "candidate", "tutor", "manager", "accompanist", "evaluator", "admin" })
                ? QString()
                : Text::tr("unknown role");
        case Type::Path:
            expected = QStringLiteral("epreuves, vae");
            return isOneOf(value, { "epreuves", "vae" }) ? QString() : Text::tr("unknown path");
        case Type::SessionStatus:
            expected = QStringLiteral("planned, held, cancelled");
            return isOneOf(value, { "planned", "held", "cancelled" }) ? QString()
                                                                      : Text::tr("unknown status");
        }
        return {};
    }

} // namespace

QStringList all()
{
    QStringList kinds = shapes().keys();
    kinds.sort();
    return kinds;
}

QStringList carnetKinds()
{
    return { QLatin1String(CarnetAttest), QLatin1String(CarnetRevoke),
             QLatin1String(BlocEvaluate) };
}

bool isKnown(const QString &kind)
{
    return shapes().contains(kind);
}

bool isServerSigned(const QString &kind)
{
    return kind.startsWith(QLatin1String("org.")) || kind == QLatin1String(ReferentielPublish);
}

Result<void> validateBody(const QString &kind, const QJsonObject &body)
{
    const auto shape = shapes().constFind(kind);
    if (shape == shapes().cend())
        return std::unexpected(Error { Text::tr("event"),
                                       QStringLiteral("/kind"),
                                       Text::tr("unknown event kind \"%1\"").arg(kind),
                                       {} });
    QStringList known;
    for (const Field &field : *shape) {
        const QString name = QLatin1String(field.name);
        known << name;
        const QString pointer = QLatin1String("/body/") + name;
        if (!body.contains(name)) {
            if (field.required)
                return std::unexpected(Error {
                    Text::tr("event"), pointer, Text::tr("this required field is missing"), {} });
            continue;
        }
        QString expected;
        const QString problem = problemWith(body.value(name), field.type, expected);
        if (!problem.isEmpty())
            return std::unexpected(Error { Text::tr("event"), pointer, problem, expected });
    }
    for (const QString &key : body.keys()) {
        if (!known.contains(key))
            return std::unexpected(Error { Text::tr("event"), QLatin1String("/body/") + key,
                                           Text::tr("unknown field"),
                                           known.join(QLatin1String(", ")) });
    }
    return {};
}

} // namespace jalon::EventKinds
