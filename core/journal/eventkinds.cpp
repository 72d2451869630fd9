// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/eventkinds.h"

#include "common/role.h"
#include "journal/eventfields.h"

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
        QLatin1String name;
        Type type;
        bool required = true;
    };

    using Shape = QList<Field>;

    const QHash<QString, Shape> &shapes()
    {
        static const QHash<QString, Shape> table {
            { DiagnosticAnswer,
              { { EventFields::Referentiel, Type::Name },
                { EventFields::Version, Type::Count },
                { EventFields::Activity, Type::Name },
                { EventFields::Level, Type::Count },
                { EventFields::Comment, Type::Text, false } } },
            { DiagnosticSubmit,
              { { EventFields::Referentiel, Type::Name }, { EventFields::Version, Type::Count } } },
            { BilanRecord,
              { { EventFields::Referentiel, Type::Name },
                { EventFields::Version, Type::Count },
                { EventFields::Ratings, Type::Levels },
                { EventFields::Path, Type::Path },
                { EventFields::Blocs, Type::Names },
                { EventFields::TrainingNeeds, Type::Text },
                { EventFields::NextReview, Type::Date },
                { EventFields::Comment, Type::Text, false } } },
            { LivretEdit,
              { { EventFields::Referentiel, Type::Name },
                { EventFields::Version, Type::Count },
                { EventFields::Section, Type::Name },
                { EventFields::Base, Type::OptionalId },
                { EventFields::Text, Type::Text },
                { EventFields::Merges, Type::EventIds, false } } },
            { LivretComment,
              { { EventFields::Section, Type::Name },
                { EventFields::Edit, Type::OptionalId },
                { EventFields::Text, Type::Name } } },
            { VaeSession,
              { { EventFields::Number, Type::Count },
                { EventFields::Status, Type::SessionStatus },
                { EventFields::Date, Type::Date },
                { EventFields::Notes, Type::Text, false },
                { EventFields::NextSteps, Type::Text, false },
                { EventFields::Sections, Type::Names, false } } },
            { CarnetAttest,
              { { EventFields::Referentiel, Type::Name },
                { EventFields::Version, Type::Count },
                { EventFields::Competence, Type::Name },
                { EventFields::Role, Type::AttesterRole },
                { EventFields::Criteria, Type::Names },
                { EventFields::Situation, Type::Name },
                { EventFields::ObservedOn, Type::Date } } },
            { CarnetRevoke,
              { { EventFields::Attestation, Type::EventId },
                { EventFields::Reason, Type::Name } } },
            { BlocEvaluate,
              { { EventFields::Referentiel, Type::Name },
                { EventFields::Version, Type::Count },
                { EventFields::Bloc, Type::Name },
                { EventFields::Validated, Type::Flag },
                { EventFields::Date, Type::Date },
                { EventFields::Remarks, Type::Text, false } } },
            { OrgUser,
              { { EventFields::User, Type::Name },
                { EventFields::Name, Type::Name },
                { EventFields::Role, Type::UserRole },
                { EventFields::Referentiel, Type::Name, false } } },
            { OrgDevice,
              { { EventFields::User, Type::Name }, { EventFields::Device, Type::EventId } } },
            { OrgAssign,
              { { EventFields::Candidate, Type::Name },
                { EventFields::User, Type::Name },
                { EventFields::Role, Type::UserRole } } },
            { OrgUnassign,
              { { EventFields::Candidate, Type::Name },
                { EventFields::User, Type::Name },
                { EventFields::Role, Type::UserRole } } },
            { OrgDeviceRevoke, { { EventFields::Device, Type::EventId } } },
            { OrgForkResolve,
              { { EventFields::Device, Type::EventId },
                { EventFields::Seq, Type::Count },
                { EventFields::Keep, Type::OptionalId } } },
            { ReferentielPublish, { { EventFields::Referentiel, Type::Object } } },
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
        case Type::AttesterRole: {
            const QStringList attesters { roleName(Role::Tutor), roleName(Role::Manager) };
            expected = attesters.join(QLatin1String(", "));
            return attesters.contains(value.toString()) ? QString() : Text::tr("unknown role");
        }
        case Type::UserRole:
            expected = allRoleNames().join(QLatin1String(", "));
            return allRoleNames().contains(value.toString()) ? QString() : Text::tr("unknown role");
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
        const QString name = field.name;
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
