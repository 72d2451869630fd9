// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/role.h"

#include <QQmlEngine>

/// The person's role in QML: `Role.Manager`, compared with `Session.role`.
namespace jalon::QmlRole {
Q_NAMESPACE
QML_NAMESPACE_EXTENDED(jalon::Roles)
QML_NAMED_ELEMENT(Role)
} // namespace jalon::QmlRole
