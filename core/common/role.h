// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace jalon {

/// The roles of DESIGN.md §1. Their wire names are the lowercase English words; QML
/// knows the enum as `Roles` (Roles.Candidate…), so pages compare roles by it, never by
/// their words.
/// (A QObject only to carry the enum's meta-object: QML's tools resolve enums there.)
class Roles : public QObject
{
    Q_OBJECT

public:
    enum class Role { Candidate, Tutor, Manager, Accompanist, Evaluator, Admin };
    Q_ENUM(Role)
};
using Role = Roles::Role;

QString roleName(Role role);
/// Every role's wire name, in the enum's order.
QStringList allRoleNames();
std::optional<Role> roleFromName(const QString &name);
/// The role's name in the user's language ("tuteur", "manager"…).
QString roleDisplayName(Role role);

} // namespace jalon
