// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/passphrasepolicy.h"

#include <QTest>

using namespace jalon;

class TestPassphrasePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judges_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("reason"); // a word of the reason, when refused
        QTest::newRow("empty") << QString() << false << QStringLiteral("short");
        QTest::newRow("eleven characters")
            << QStringLiteral("Tr3s-court!") << false << QStringLiteral("short");
        QTest::newRow("common, long enough")
            << QStringLiteral("MotDePasse!!") << false << QStringLiteral("common");
        QTest::newRow("common with an accent")
            << QStringLiteral("Azértyuiop!!") << false << QStringLiteral("common");
        QTest::newRow("only digits")
            << QStringLiteral("123456789012") << false << QStringLiteral("common");
        QTest::newRow("repeats") << QStringLiteral("aaaaaaaaaaaaaaaa") << false
                                 << QStringLiteral("guess");
        QTest::newRow("runs") << QStringLiteral("abcdefghijklmnop") << false
                              << QStringLiteral("guess");
        QTest::newRow("the person's name")
            << QStringLiteral("Camille Martin 1") << false << QStringLiteral("name");
        QTest::newRow("four words")
            << QStringLiteral("cheval agrafe pile correct") << true << QString();
        QTest::newRow("mixed classes") << QStringLiteral("Vx7!qLm2#pTz") << true << QString();
        QTest::newRow("a French sentence")
            << QStringLiteral("Le tuteur arrive à 9 h le mardi") << true << QString();
        QTest::newRow("name among other words")
            << QStringLiteral("martin pêche des truites au lac") << true << QString();
    }

    void judges()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, acceptable);
        QFETCH(QString, reason);
        const auto verdict = PassphrasePolicy::check(
            passphrase, { QStringLiteral("Camille"), QStringLiteral("Martin") });
        QCOMPARE(verdict.acceptable, acceptable);
        QCOMPARE(verdict.reason.isEmpty(), acceptable);
        if (!acceptable)
            QVERIFY2(verdict.reason.contains(reason, Qt::CaseInsensitive),
                     qPrintable(verdict.reason));
    }

    void strongerScoresHigher()
    {
        QVERIFY(PassphrasePolicy::check(QStringLiteral("cheval agrafe pile correct")).bits
                > PassphrasePolicy::check(QStringLiteral("cheval agrafe")).bits);
        QVERIFY(PassphrasePolicy::check(QStringLiteral("aaaaaaaaaaaaaaaa")).bits
                < PassphrasePolicy::check(QStringLiteral("apvtqzmrkebwdnsl")).bits);
    }
};

QTEST_GUILESS_MAIN(TestPassphrasePolicy)
#include "tst_passphrasepolicy.moc"
