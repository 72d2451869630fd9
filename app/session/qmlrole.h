// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/role.h"

#include <QQmlEngine>

namespace jalon {

/// The roles in QML: `Roles.Manager`, compared with `Session.role` (named Roles, as the
/// list models name theirs Role).
struct QmlRoles
{
    Q_GADGET
    QML_FOREIGN(jalon::Roles)
    QML_NAMED_ELEMENT(Roles)
    QML_UNCREATABLE("Roles only names the roles.")
};

} // namespace jalon
