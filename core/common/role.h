// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace jalon {

/// The roles of DESIGN.md §1. Their wire names are the lowercase English words.
enum class Role { Candidate, Tutor, Manager, Accompanist, Evaluator, Admin };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
/// The role's name in the user's language ("tuteur", "manager"…).
QString roleDisplayName(Role role);

} // namespace jalon
