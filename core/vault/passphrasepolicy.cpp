// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/passphrasepolicy.h"

#include <QSet>
#include <cmath>

namespace jalon {

namespace {

    // What people try first, in French and in English: a passphrase made of these alone, or
    // of one of them with digits or symbols around it, is refused whatever its length.
    const QSet<QString> &commonWords()
    {
        static const QSet<QString> words {
            QStringLiteral("password"),   QStringLiteral("motdepasse"),
            QStringLiteral("azerty"),     QStringLiteral("qwerty"),
            QStringLiteral("azertyuiop"), QStringLiteral("qwertyuiop"),
            QStringLiteral("soleil"),     QStringLiteral("bonjour"),
            QStringLiteral("doudou"),     QStringLiteral("chouchou"),
            QStringLiteral("loulou"),     QStringLiteral("jetaime"),
            QStringLiteral("marseille"),  QStringLiteral("football"),
            QStringLiteral("iloveyou"),   QStringLiteral("admin"),
            QStringLiteral("welcome"),    QStringLiteral("bienvenue"),
            QStringLiteral("jalon"),      QStringLiteral("certification"),
            QStringLiteral("secret"),     QStringLiteral("letmein"),
            QStringLiteral("abc"),        QStringLiteral("abcdef"),
        };
        return words;
    }

    // The letters of `text`, lower case, without accents, digits and symbols dropped.
    QString letters(const QString &text)
    {
        QString result;
        for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
            if (c.isLetter())
                result += c.toLower();
        }
        return result;
    }

    // How many symbols each character could have been drawn from, judging by the kinds used.
    int poolSize(const QString &text)
    {
        bool lower = false, upper = false, digit = false, other = false;
        for (const QChar c : text) {
            lower |= c.isLower();
            upper |= c.isUpper();
            digit |= c.isDigit();
            other |= !c.isLetterOrNumber();
        }
        return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    }

    // Characters that add little: a repeat of the previous one, or the next in a run such as
    // "abc" or "123".
    int predictableCharacters(const QString &text)
    {
        int count = 0;
        for (qsizetype i = 1; i < text.size(); ++i) {
            const int step = text[i].unicode() - text[i - 1].unicode();
            if (step == 0 || step == 1 || step == -1)
                ++count;
        }
        return count;
    }

} // namespace

PassphrasePolicy::Verdict PassphrasePolicy::check(const QString &passphrase,
                                                  const QStringList &personal)
{
    Verdict verdict;
    const int pool = poolSize(passphrase);
    const int useful = int(passphrase.size()) - predictableCharacters(passphrase);
    verdict.bits = pool > 0 ? int(std::floor(useful * std::log2(double(pool)))) : 0;

    const QString bare = letters(passphrase);
    if (passphrase.size() < MinimumLength) {
        verdict.reason = tr("Too short: use at least %1 characters, for example a few words.")
                             .arg(MinimumLength);
        return verdict;
    }
    // Digits and symbols alone are what people reach for after the usual words.
    if (commonWords().contains(bare) || (bare.isEmpty() && passphrase.size() < 20)) {
        verdict.reason = tr("Too common: everyone tries this one first.");
        return verdict;
    }
    for (const QString &word : personal) {
        const QString name = letters(word);
        if (name.size() >= 3 && bare.contains(name) && bare.size() - name.size() < 8) {
            verdict.reason = tr("Too close to your name: add words of your own.");
            return verdict;
        }
    }
    if (verdict.bits < MinimumBits) {
        verdict.reason = tr("Too easy to guess: avoid repeats and runs like \"aaa\" or \"1234\", "
                            "add a word or two.");
        return verdict;
    }
    verdict.acceptable = true;
    return verdict;
}

} // namespace jalon
