// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QStringList>

namespace jalon {

/// What jalon-server tells its operator, on stderr (the journal, under systemd):
/// jalon.server for the service (start, store failures, witnesses), jalon.http for one
/// line per request (request line, status, time, the signing device's fingerprint). Never
/// a secret, a header's signature or a body.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace ServerLog {

    /// The names `--log-level` takes, most talkative first.
    QStringList levels();
    /// Shows messages of `level` and above from both categories; false for an unknown
    /// name. QT_LOGGING_RULES, when set (systemd's Environment=), still has the last word.
    /// Off the journal (which stamps lines itself), each line starts with its UTC time.
    bool setUp(const QString &level);

} // namespace ServerLog

} // namespace jalon
