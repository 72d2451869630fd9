// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverlog.h"

namespace jalon {

Q_LOGGING_CATEGORY(lcServer, "jalon.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "jalon.http", QtInfoMsg)

namespace ServerLog {

    namespace {

        // Qt's message types in rising order, with the rule word of each.
        const char *const RuleWords[] = { "debug", "info", "warning", "critical" };

    } // namespace

    QStringList levels()
    {
        return { QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                 QStringLiteral("error") };
    }

    bool setUp(const QString &level)
    {
        const qsizetype rank = levels().indexOf(level);
        if (rank < 0)
            return false;
        if (!qEnvironmentVariableIsSet("JOURNAL_STREAM")
            && !qEnvironmentVariableIsSet("QT_MESSAGE_PATTERN"))
            qSetMessagePattern(QStringLiteral(
                "%{time yyyy-MM-dd hh:mm:ss.zzz t} %{if-category}%{category}: %{endif}%{message}"));
        QStringList rules;
        for (const char *category : { "jalon.server", "jalon.http" }) {
            for (qsizetype i = 0; i < qsizetype(std::size(RuleWords)); ++i)
                rules << QStringLiteral("%1.%2=%3")
                             .arg(QLatin1String(category), QLatin1String(RuleWords[i]),
                                  i >= rank ? QStringLiteral("true") : QStringLiteral("false"));
        }
        QLoggingCategory::setFilterRules(rules.join(QLatin1Char('\n')));
        return true;
    }

} // namespace ServerLog

} // namespace jalon
