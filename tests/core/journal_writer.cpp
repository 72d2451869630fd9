// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for tst_journal: opens a vault and appends events one at a time, printing
// "acked SEQ" after each commit, until killed. The test kills it with SIGKILL at random
// moments and checks that every acknowledged event survived.
#include "journal/journal.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <cstdio>

using namespace jalon;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    auto vault = Vault::open(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(vault.error().message()));
        return 1;
    }
    Journal journal(**vault);
    for (int i = 0;; ++i) {
        const QJsonObject body { { QStringLiteral("referentiel"), QStringLiteral("cqp-test") },
                                 { QStringLiteral("version"), 1 },
                                 { QStringLiteral("section"), QStringLiteral("B1") },
                                 { QStringLiteral("base"), QJsonValue::Null },
                                 { QStringLiteral("text"),
                                   QStringLiteral("Texte %1 ").arg(i).repeated(40) } };
        auto event = journal.append(
            { QStringLiteral("livret.edit"), QStringLiteral("candidate-1"), body });
        if (!event) {
            std::fprintf(stderr, "%s\n", qPrintable(event.error().message()));
            return 1;
        }
        std::printf("acked %lld\n", static_cast<long long>(event->seq));
        std::fflush(stdout);
    }
}
