// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/role.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace jalon {
namespace {
    constexpr std::array<std::pair<Role, const char *>, 6> kNames { {
        { Role::Candidate, "candidate" },
        { Role::Tutor, "tutor" },
        { Role::Manager, "manager" },
        { Role::Accompanist, "accompanist" },
        { Role::Evaluator, "evaluator" },
        { Role::Admin, "admin" },
    } };
} // namespace

QString roleName(Role role)
{
    for (const auto &[r, name] : kNames) {
        if (r == role)
            return QLatin1String(name);
    }
    return {};
}

QStringList allRoleNames()
{
    QStringList names;
    for (const auto &[role, name] : kNames)
        names << QLatin1String(name);
    return names;
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const auto &[r, n] : kNames) {
        if (name == QLatin1String(n))
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Candidate:
        return QCoreApplication::translate("Role", "candidate");
    case Role::Tutor:
        return QCoreApplication::translate("Role", "tutor");
    case Role::Manager:
        return QCoreApplication::translate("Role", "manager");
    case Role::Accompanist:
        return QCoreApplication::translate("Role", "VAE accompanist");
    case Role::Evaluator:
        return QCoreApplication::translate("Role", "evaluator");
    case Role::Admin:
        return QCoreApplication::translate("Role", "administrator");
    }
    return {};
}

} // namespace jalon
