// SPDX-License-Identifier: GPL-3.0-or-later
// The process tst_crash kills with SIGKILL at random moments: it opens a vault and writes to
// it without end, printing one line after each write has returned (so is on disk), until
// killed. crash_child MODE DIRECTORY PASSPHRASE, MODE one of
//   append      appends signed events (livret edits and diagnostic answers): "acked SEQ"
//   passphrase  changes the passphrase to "<PASSPHRASE>-1", "-2", "-3"…: "changed N"
//   draft       rewrites two livret drafts in one transaction: "saved N"
#include "journal/journal.h"
#include "projections/livretprojection.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <cstdio>
#include <cstring>

using namespace jalon;

namespace {

int fail(const Error &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.message()));
    return 1;
}

void say(const char *what, qint64 n)
{
    std::printf("%s %lld\n", what, static_cast<long long>(n));
    std::fflush(stdout);
}

Journal::Draft eventNumber(qint64 i)
{
    QJsonObject body { { QStringLiteral("referentiel"), QStringLiteral("cqp-test") },
                       { QStringLiteral("version"), 1 } };
    if (i % 3 == 2) {
        body.insert(QStringLiteral("activity"), QStringLiteral("F1.%1").arg(i % 7 + 1));
        body.insert(QStringLiteral("level"), int(i % 4));
        return { QStringLiteral("diagnostic.answer"), QStringLiteral("candidate-1"), body };
    }
    body.insert(QStringLiteral("section"), QStringLiteral("B1.C%1").arg(i % 5 + 1));
    body.insert(QStringLiteral("base"), QJsonValue::Null);
    body.insert(QStringLiteral("text"), QStringLiteral("Texte %1 ").arg(i).repeated(40));
    return { QStringLiteral("livret.edit"), QStringLiteral("candidate-1"), body };
}

int appendForever(Vault &vault)
{
    Journal journal(vault);
    for (qint64 i = 0;; ++i) {
        auto event = journal.append(eventNumber(i));
        if (!event)
            return fail(event.error());
        say("acked", event->seq);
    }
}

int changePassphraseForever(Vault &vault, const QString &passphrase)
{
    for (qint64 n = 1;; ++n) {
        if (auto changed = vault.changePassphrase(passphrase + QStringLiteral("-%1").arg(n));
            !changed)
            return fail(changed.error());
        say("changed", n);
    }
}

int saveDraftsForever(Vault &vault)
{
    for (qint64 n = 1;; ++n) {
        const QString text = QStringLiteral("Brouillon %1 ").arg(n).repeated(int(n % 50) + 1);
        const QList<LivretProjection::Draft> drafts { { QStringLiteral("B1.C1"), {}, text },
                                                      { QStringLiteral("B1.C2"), {}, text } };
        if (auto saved
            = LivretProjection::saveDrafts(vault.database(), QStringLiteral("candidate-1"), drafts,
                                           QDateTime::currentDateTimeUtc());
            !saved)
            return fail(saved.error());
        say("saved", n);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    const QString passphrase = QString::fromLocal8Bit(argv[3]);
    auto vault = Vault::open(QString::fromLocal8Bit(argv[2]), passphrase);
    if (!vault)
        return fail(vault.error());
    if (std::strcmp(argv[1], "append") == 0)
        return appendForever(**vault);
    if (std::strcmp(argv[1], "passphrase") == 0)
        return changePassphraseForever(**vault, passphrase);
    if (std::strcmp(argv[1], "draft") == 0)
        return saveDraftsForever(**vault);
    return 2;
}
