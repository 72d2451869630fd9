// SPDX-License-Identifier: GPL-3.0-or-later
// The cost of unlocking a vault: Argon2id with the recommended parameters (target
// 0.2–0.5 s), and opening the SQLCipher database once the key is known (apart from
// Argon2id). Prints min/median/max.
#include "crypto/keywrap.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace jalon;

namespace {

void report(QTextStream &out, const char *what, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    out << what << ": min " << ms.first() << " ms, median " << ms[ms.size() / 2] << " ms, max "
        << ms.last() << " ms (" << ms.size() << " runs)\n";
    out.flush();
}

QList<double> time(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const KdfParams recommended = KdfParams::recommended();
    out << "Argon2id: " << recommended.opsLimit << " passes, "
        << recommended.memLimit / (1024 * 1024) << " MiB\n";
    report(out, "derive the passphrase key (Argon2id)",
           time(7, [&] { (void)KeyWrap::deriveKey("une phrase de passe", recommended); }));

    QTemporaryDir dir;
    const QString passphrase = QStringLiteral("une phrase de passe");
    if (!Vault::create(dir.path(), passphrase, KdfParams::fastForTests())) {
        out << "cannot create a vault\n";
        return 1;
    }
    // With the cheapest KDF the unlock time is the vault's own: key file, AEAD, SQLCipher
    // keying and first read, schema check, device key.
    report(out, "open a vault apart from Argon2id", time(50, [&] {
               auto vault = Vault::open(dir.path(), passphrase);
               if (!vault)
                   qFatal("%s", qPrintable(vault.error().message()));
           }));
    return 0;
}
