// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real jalon-tool binary (path from the build) and collects what it printed.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QtGlobal>

struct ToolRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

inline ToolRun runTool(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(JALON_TOOL), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("jalon-tool did not finish");
    return ToolRun { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                     process.readAllStandardOutput(), process.readAllStandardError() };
}
