// SPDX-License-Identifier: GPL-3.0-or-later
#include "canoncommand.h"

#include "jcs/canonicaljson.h"

#include <QFile>
#include <QTextStream>

namespace jalon::tool {

int runCanonCommand()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    const auto canonical = CanonicalJson::canonicalize(in.readAll());
    if (!canonical) {
        QTextStream(stderr) << canonical.error().message() << '\n';
        return 1;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(*canonical);
    return 0;
}

} // namespace jalon::tool
