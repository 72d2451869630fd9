// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcommand.h"

#include "common/error.h"
#include "sync/merkletree.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>

namespace jalon::tool {

namespace {

    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(LogCommand)
    };

    QString optionName(const QCommandLineOption &option)
    {
        return QLatin1String("--") + option.names().constFirst();
    }

    // ASCII only: QChar::isDigit() would let other scripts' digits through to toLongLong().
    bool isDigits(const QString &text)
    {
        return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c >= u'0' && c <= u'9';
        });
    }

    bool isHex(const QString &text)
    {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        });
    }

    // Decimal digits only: "-1", "+1", "1e3" and " 7" are refused, not read as something else.
    Result<qint64> number(const QCommandLineParser &parser, const QCommandLineOption &option)
    {
        const QString name = optionName(option);
        if (!parser.isSet(option))
            return std::unexpected(Error { name, {}, Text::tr("this option is missing"), {} });
        const QString text = parser.value(option);
        const QString expected = Text::tr("a whole number, 0 or more");
        if (!isDigits(text)) {
            const bool negative = text.startsWith(QLatin1Char('-')) && isDigits(text.mid(1));
            return std::unexpected(Error { name,
                                           {},
                                           negative
                                               ? Text::tr("%1 is negative").arg(text)
                                               : Text::tr("\"%1\" is not a whole number").arg(text),
                                           expected });
        }
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok)
            return std::unexpected(
                Error { name, {}, Text::tr("%1 is too large").arg(text), expected });
        return value;
    }

    Result<QByteArray> hash(const QString &name, const QString &location, const QString &text)
    {
        if (text.size() != 64 || !isHex(text))
            return std::unexpected(Error { name, location,
                                           Text::tr("\"%1\" is not a SHA-256 hash").arg(text),
                                           Text::tr("64 hexadecimal digits") });
        return QByteArray::fromHex(text.toLatin1());
    }

    Result<QByteArray> hash(const QCommandLineParser &parser, const QCommandLineOption &option)
    {
        if (!parser.isSet(option))
            return std::unexpected(
                Error { optionName(option), {}, Text::tr("this option is missing"), {} });
        return hash(optionName(option), {}, parser.value(option));
    }

    // Comma-separated hashes, in the proof's order; '' for an empty proof.
    Result<QList<QByteArray>> hashes(const QCommandLineParser &parser,
                                     const QCommandLineOption &option)
    {
        const QString name = optionName(option);
        if (!parser.isSet(option))
            return std::unexpected(Error { name,
                                           {},
                                           Text::tr("this option is missing (give --proof '' "
                                                    "for an empty proof)"),
                                           {} });
        const QString text = parser.value(option);
        QList<QByteArray> proof;
        if (text.isEmpty())
            return proof;
        const QStringList parts = text.split(QLatin1Char(','));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            auto one = hash(name, Text::tr("hash %1").arg(i + 1), parts[i]);
            if (!one)
                return std::unexpected(one.error());
            proof << *one;
        }
        return proof;
    }

    // Prints every bad argument, not only the first, so one run shows all there is to fix.
    template<typename... Results> bool allGood(const Results &...results)
    {
        QTextStream err(stderr);
        bool good = true;
        auto check = [&](const auto &result) {
            if (!result) {
                err << result.error().message() << '\n';
                good = false;
            }
        };
        (check(results), ...);
        return good;
    }

    // Parses `arguments` (the subcommand first); returns an exit status when it is done,
    // on --help or on a parse error, or nothing when the command should run.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
    {
        parser.addHelpOption();
        if (!parser.parse(arguments)) {
            QTextStream(stderr) << parser.errorText() << '\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            QTextStream(stdout) << parser.helpText();
            return 0;
        }
        if (!parser.positionalArguments().isEmpty()) {
            QTextStream(stderr) << Text::tr("Unexpected argument \"%1\".")
                                       .arg(parser.positionalArguments().constFirst())
                                << '\n';
            return 2;
        }
        return std::nullopt;
    }

    int verifyInclusion(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            Text::tr("Checks that a leaf is in the log: the audit path from the leaf at INDEX "
                     "must lead to the root of the tree of SIZE leaves. Take SIZE and the root "
                     "from the same signed tree head: the proof alone does not tie them."));
        const QCommandLineOption indexOption(
            QStringLiteral("index"), Text::tr("The leaf's position, from 0."), Text::tr("INDEX"));
        const QCommandLineOption sizeOption(QStringLiteral("size"),
                                            Text::tr("The number of leaves in the tree."),
                                            Text::tr("SIZE"));
        const QCommandLineOption leafOption(QStringLiteral("leaf-hash"),
                                            Text::tr("The leaf's hash, in hexadecimal."),
                                            Text::tr("HEX"));
        const QCommandLineOption rootOption(QStringLiteral("root"),
                                            Text::tr("The tree's root hash, in hexadecimal."),
                                            Text::tr("HEX"));
        const QCommandLineOption proofOption(
            QStringLiteral("proof"),
            Text::tr("The audit path: hashes separated by commas, '' when empty."),
            Text::tr("HEX,…"));
        parser.addOptions({ indexOption, sizeOption, leafOption, rootOption, proofOption });
        if (const auto status = parse(parser, arguments))
            return *status;
        const auto index = number(parser, indexOption);
        const auto size = number(parser, sizeOption);
        const auto leaf = hash(parser, leafOption);
        const auto root = hash(parser, rootOption);
        const auto proof = hashes(parser, proofOption);
        if (!allGood(index, size, leaf, root, proof))
            return 2;

        QTextStream out(stdout);
        QTextStream err(stderr);
        if (*index >= *size) {
            err << Text::tr("The proof does not hold: a tree of %1 leaves has no leaf at index %2.")
                       .arg(*size)
                       .arg(*index)
                << '\n';
            return 1;
        }
        if (!MerkleTree::verifyInclusion(*leaf, *index, *size, *proof, *root)) {
            err << Text::tr("The proof does not hold: it does not lead from leaf %1 at index %2 "
                            "to root %3 of a tree of %4 leaves, so nothing shows that this leaf "
                            "is in that tree. The leaf hash, the index, the size, the root or a "
                            "hash of the proof is wrong.")
                       .arg(QString::fromLatin1(leaf->toHex()))
                       .arg(*index)
                       .arg(QString::fromLatin1(root->toHex()))
                       .arg(*size)
                << '\n';
            return 1;
        }
        out << Text::tr("The proof holds: leaf %1 is at index %2 of the tree of %3 leaves with "
                        "root %4.")
                   .arg(QString::fromLatin1(leaf->toHex()))
                   .arg(*index)
                   .arg(*size)
                   .arg(QString::fromLatin1(root->toHex()))
            << '\n';
        return 0;
    }

    int verifyConsistency(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            Text::tr("Checks that the log only appended entries between two tree heads: the "
                     "tree of OLD leaves must be the start of the tree of NEW leaves. Take each "
                     "size and its root from the same signed tree head: the proof alone does not "
                     "tie them."));
        const QCommandLineOption oldSizeOption(QStringLiteral("old-size"),
                                               Text::tr("The older tree's number of leaves."),
                                               Text::tr("OLD"));
        const QCommandLineOption newSizeOption(QStringLiteral("new-size"),
                                               Text::tr("The newer tree's number of leaves."),
                                               Text::tr("NEW"));
        const QCommandLineOption oldRootOption(
            QStringLiteral("old-root"), Text::tr("The older tree's root hash, in hexadecimal."),
            Text::tr("HEX"));
        const QCommandLineOption newRootOption(
            QStringLiteral("new-root"), Text::tr("The newer tree's root hash, in hexadecimal."),
            Text::tr("HEX"));
        const QCommandLineOption proofOption(
            QStringLiteral("proof"),
            Text::tr("The consistency proof: hashes separated by commas, '' when empty."),
            Text::tr("HEX,…"));
        parser.addOptions(
            { oldSizeOption, newSizeOption, oldRootOption, newRootOption, proofOption });
        if (const auto status = parse(parser, arguments))
            return *status;
        const auto oldSize = number(parser, oldSizeOption);
        const auto newSize = number(parser, newSizeOption);
        const auto oldRoot = hash(parser, oldRootOption);
        const auto newRoot = hash(parser, newRootOption);
        const auto proof = hashes(parser, proofOption);
        if (!allGood(oldSize, newSize, oldRoot, newRoot, proof))
            return 2;

        QTextStream out(stdout);
        QTextStream err(stderr);
        if (*oldSize > *newSize) {
            err << Text::tr("The proof does not hold: a tree of %1 leaves cannot extend a larger "
                            "one of %2 leaves. Are the old and new sizes swapped?")
                       .arg(*newSize)
                       .arg(*oldSize)
                << '\n';
            return 1;
        }
        // verifyConsistency() lets any tree extend the empty one whatever root it is given
        // (a client that has seen nothing holds no root); an auditor who names one must name
        // the right one.
        const QByteArray emptyRoot = MerkleTree::root({}, 0);
        if (*oldSize == 0 && *oldRoot != emptyRoot) {
            err << Text::tr(
                       "The proof does not hold: the root of a tree of 0 leaves is %1, not %2.")
                       .arg(QString::fromLatin1(emptyRoot.toHex()),
                            QString::fromLatin1(oldRoot->toHex()))
                << '\n';
            return 1;
        }
        if (!MerkleTree::verifyConsistency(*oldSize, *newSize, *oldRoot, *newRoot, *proof)) {
            err << Text::tr("The proof does not hold: it does not show that the tree of %1 leaves "
                            "with root %2 is the start of the tree of %3 leaves with root %4. A "
                            "size, a root or a hash of the proof is wrong, or the log changed "
                            "entries it had already published.")
                       .arg(*oldSize)
                       .arg(QString::fromLatin1(oldRoot->toHex()))
                       .arg(*newSize)
                       .arg(QString::fromLatin1(newRoot->toHex()))
                << '\n';
            return 1;
        }
        out << Text::tr("The proof holds: the tree of %1 leaves with root %2 is the start of the "
                        "tree of %3 leaves with root %4; the log only appended entries.")
                   .arg(*oldSize)
                   .arg(QString::fromLatin1(oldRoot->toHex()))
                   .arg(*newSize)
                   .arg(QString::fromLatin1(newRoot->toHex()))
            << '\n';
        return 0;
    }

} // namespace

int runLogCommand(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("verify-inclusion"))
        return verifyInclusion(arguments.mid(1));
    if (command == QLatin1String("verify-consistency"))
        return verifyConsistency(arguments.mid(1));
    const bool help = command == QLatin1String("--help") || command == QLatin1String("-h");
    QTextStream(help ? stdout : stderr)
        << Text::tr("Usage:\n"
                    "  jalon-tool log verify-inclusion --index I --size N --leaf-hash HEX "
                    "--root HEX --proof HEX[,HEX…]\n"
                    "  jalon-tool log verify-consistency --old-size M --new-size N "
                    "--old-root HEX --new-root HEX --proof HEX[,HEX…]\n"
                    "Hashes are SHA-256 in hexadecimal; give --proof '' for an empty proof.\n"
                    "Exits 0 when the proof holds, 1 when it does not, 2 for bad arguments.")
        << '\n';
    return help ? 0 : 2;
}

} // namespace jalon::tool
