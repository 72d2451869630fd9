// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzing.h"

#include <QtGlobal>
#include <cstdio>
#include <cstdlib>
#include <sodium.h>

// Before any input, in every target: a parser telling why it refused would flood the run.
// Fatal messages still abort.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "%s\n", qPrintable(text));
            std::abort();
        }
    });
    return 0;
}

namespace jalon::fuzzing {

void require(bool holds, const char *what)
{
    if (holds)
        return;
    std::fprintf(stderr, "property broken: %s\n", what);
    std::abort();
}

const SigningKey &fixtureKey()
{
    static const SigningKey key = [] {
        unsigned char seed[crypto_sign_SEEDBYTES];
        for (std::size_t i = 0; i < sizeof seed; ++i)
            seed[i] = static_cast<unsigned char>(i * 7 + 1);
        unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
        unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
        require(sodium_init() >= 0, "libsodium starts");
        crypto_sign_seed_keypair(publicKey, secretKey, seed);
        auto made = SigningKey::fromSecretKey(SecretBytes::fromBytes(secretKey, sizeof secretKey));
        sodium_memzero(secretKey, sizeof secretKey);
        require(made.has_value(), "the fixture key is a key");
        return std::move(*made);
    }();
    return key;
}

QDateTime fixtureTime()
{
    return QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
}

} // namespace jalon::fuzzing
