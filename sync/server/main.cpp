// SPDX-License-Identifier: GPL-3.0-or-later
// jalon-server: the sync server (`serve`) and the administration of its store
// (`user add`, `assign`, `unassign`, `device revoke`, `referentiel publish`, `forks`,
// `fork keep`, `fork drop`, `info`).
#include "checkpointer.h"
#include "common/role.h"
#include "common/translations.h"
#include "crypto/base64url.h"
#include "crypto/sha256.h"
#include "crypto/sodium.h"
#include "httpfront.h"
#include "serverkey.h"
#include "serverlog.h"
#include "serverstore.h"
#include "syncservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QUrl>

using namespace jalon;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JalonServer)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 1;
}

// The roles a candidate is assigned someone in (`assign --tutor USER`…).
const QStringList AssignRoles { roleName(Role::Tutor), roleName(Role::Manager),
                                roleName(Role::Accompanist), roleName(Role::Evaluator) };

// `--witness URL=KEY` values, read.
Result<QList<Checkpointer::WitnessEndpoint>> witnessEndpoints(const QStringList &values)
{
    QList<Checkpointer::WitnessEndpoint> endpoints;
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        const QUrl url(value.left(equals));
        auto key = NoteKey::fromVkey(value.mid(equals + 1));
        if (equals < 0 || !url.isValid() || url.scheme().isEmpty())
            return std::unexpected(Error {
                QStringLiteral("--witness"), value, Text::tr("give the witness as URL=KEY"), {} });
        if (!key)
            return std::unexpected(key.error());
        if (key->type != NoteKey::Type::Cosignature)
            return std::unexpected(Error { QStringLiteral("--witness"),
                                           value,
                                           Text::tr("this is not a witness's cosignature key"),
                                           {} });
        endpoints << Checkpointer::WitnessEndpoint { url, *key };
    }
    return endpoints;
}

// `jalon-server witness`: cosigns the checkpoints of the logs given, after checking each
// one extends the last it cosigned.
int runWitness(const QString &dataDir, const QStringList &logKeys, const QString &listenOn)
{
    QList<NoteKey> logs;
    for (const QString &text : logKeys) {
        auto log = NoteKey::fromVkey(text);
        if (!log)
            return fail(log.error().message());
        if (log->type != NoteKey::Type::Ed25519)
            return fail(Text::tr("--log-key takes a log's key, as `jalon-server info` prints it"));
        logs << *log;
    }
    if (logs.isEmpty())
        return fail(Text::tr("give the key of the log to witness: --log-key KEY"));
    auto key = ServerKey::loadOrCreate(dataDir, QStringLiteral("witness.key"));
    if (!key)
        return fail(key.error().message());
    auto witness = Witness::open(dataDir, std::move(*key), logs);
    if (!witness)
        return fail(witness.error().message());
    WitnessFront front(*witness);
    const QString address = listenOn.section(QLatin1Char(':'), 0, -2);
    const quint16 bound
        = front.listen(QHostAddress(address), listenOn.section(QLatin1Char(':'), -1).toUShort());
    if (bound == 0)
        return fail(Text::tr("cannot listen on %1").arg(listenOn));
    out() << Text::tr("witness key: %1").arg(witness->key().vkey()) << '\n'
          << Text::tr("jalon-server witness listening on http://%1:%2/").arg(address).arg(bound)
          << Qt::endl;
    return QCoreApplication::exec();
}

// `jalon-server forks`: each place of a device's chain held twice, with its events, for an
// admin to settle with `fork keep` or `fork drop`.
int listForks(const ServerStore &store, bool all)
{
    auto forks = store.forks(all);
    if (!forks)
        return fail(forks.error().message());
    if (forks->isEmpty())
        out() << (all ? Text::tr("no fork") : Text::tr("no open fork")) << Qt::endl;
    for (const ServerStore::Fork &fork : std::as_const(*forks)) {
        out() << Text::tr("device %1 (user %2), seq %3, seen %4")
                     .arg(QString::fromLatin1(toBase64Url(fork.author)), fork.user)
                     .arg(fork.seq)
                     .arg(fork.seenAt);
        if (fork.resolved)
            out() << " — "
                  << (fork.kept.isEmpty()
                          ? Text::tr("resolved: none counts")
                          : Text::tr("resolved: %1 counts").arg(toIdText(fork.kept)));
        out() << '\n';
        for (const ServerStore::Fork::Held &held : fork.events) {
            if (held.index < 0)
                out() << "  " << toIdText(held.id) << "  "
                      << Text::tr("refused: %1").arg(held.refusal) << '\n';
            else
                out() << "  " << toIdText(held.id) << "  "
                      << Text::tr("index %1, %2 about %3, logged %4")
                             .arg(held.index)
                             .arg(held.kind, held.subject, held.loggedAt)
                      << '\n';
        }
    }
    out().flush();
    return 0;
}

// The words after the command (`user add` → {"user", "add"}) and the parser for the rest.
int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Jalon sync server and its administration."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        Text::tr("serve | user add | assign | unassign | device revoke | referentiel publish | "
                 "forks | fork keep EVENT | fork drop DEVICE SEQ | info | witness"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  Text::tr("Folder of the server's key and embedded database."),
                                  QStringLiteral("DIR"), QStringLiteral("jalon-server-data"));
    const QCommandLineOption listen(
        QStringLiteral("listen"), Text::tr("Address and port to listen on (port 0: any free one)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8787"));
    const QCommandLineOption name(QStringLiteral("name"), Text::tr("The user's full name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        Text::tr("candidate, tutor, manager, accompanist, evaluator or admin."),
        QStringLiteral("ROLE"));
    const QCommandLineOption candidate(
        QStringLiteral("candidate"), Text::tr("The candidate's user id."), QStringLiteral("USER"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        Text::tr("Use this PostgreSQL database instead of the embedded one "
                 "(postgresql://USER@HOST:PORT/DATABASE, or postgresql:///?service=NAME for a "
                 "libpq service). The password comes from ~/.pgpass, the file PGPASSFILE "
                 "names, PGPASSWORD or the service, never from the command line."),
        QStringLiteral("URL"));
    const QCommandLineOption referentiel(
        QStringLiteral("referentiel"),
        Text::tr("With user add: the certification a candidate prepares (référentiel id)."),
        QStringLiteral("ID"));
    const QCommandLineOption witness(
        QStringLiteral("witness"),
        Text::tr("With serve: a witness that cosigns the checkpoints (its URL, \"=\", its key); "
                 "repeat for several."),
        QStringLiteral("URL=KEY"));
    const QCommandLineOption quorum(
        QStringLiteral("witness-quorum"),
        Text::tr("With serve: how many witnesses' cosignatures devices require (default: all)."),
        QStringLiteral("N"));
    const QCommandLineOption logKey(
        QStringLiteral("log-key"),
        Text::tr(
            "With witness: the key of a log to witness, as `info` prints it; repeat for several."),
        QStringLiteral("KEY"));
    const QCommandLineOption idle(
        QStringLiteral("idle-timeout"),
        Text::tr("With serve: seconds a connection may stay idle, or a request take to arrive "
                 "(default 30)."),
        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption perAddress(
        QStringLiteral("connections-per-address"),
        Text::tr("With serve: connections one address may hold at once (default 128)."),
        QStringLiteral("N"), QStringLiteral("128"));
    const QCommandLineOption perMinute(
        QStringLiteral("requests-per-minute"),
        Text::tr("With serve: signed requests one device may make a minute, and at once "
                 "(default 240; 0: no limit). Past it the device is answered 429."),
        QStringLiteral("N"), QStringLiteral("240"));
    const QCommandLineOption allForks(QStringLiteral("all"),
                                      Text::tr("With forks: the resolved ones too."));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"),
        Text::tr("What jalon.server and jalon.http log on stderr: %1 (default info: a line per "
                 "request). QT_LOGGING_RULES, when set, has the last word.")
            .arg(ServerLog::levels().join(QLatin1String(", "))),
        QStringLiteral("LEVEL"), QStringLiteral("info"));
    parser.addOptions({ data, database, listen, name, role, candidate, referentiel, witness, quorum,
                        logKey, idle, perAddress, perMinute, allForks, logLevel });
    QList<QCommandLineOption> assignOptions;
    for (const QString &assignRole : AssignRoles)
        assignOptions << QCommandLineOption(
            assignRole, Text::tr("The %1's user id.").arg(assignRole), QStringLiteral("USER"));
    parser.addOptions(assignOptions);
    parser.process(arguments);

    if (!ServerLog::setUp(parser.value(logLevel)))
        return fail(
            Text::tr("unknown log level \"%1\"; say one of %2")
                .arg(parser.value(logLevel), ServerLog::levels().join(QLatin1String(", "))));
    const QStringList words = parser.positionalArguments();
    const QString command
        = words.value(0) + (words.size() > 1 ? QLatin1Char(' ') + words.value(1) : QString());
    if (words.isEmpty())
        parser.showHelp(2);

    if (command == QLatin1String("witness")) {
        // Never the centre's folder by default: a witness is someone else, with its own key.
        if (!parser.isSet(data))
            return fail(Text::tr("give the witness a folder of its own: --data DIR"));
        return runWitness(parser.value(data), parser.values(logKey), parser.value(listen));
    }

    // Any user of the machine can read a command line (ps, /proc): no password there.
    if (const QUrl url(parser.value(database)); !url.password().isEmpty())
        return fail(Text::tr("%1: a password on the command line can be read by every user of "
                             "this machine; put it in ~/.pgpass (or the file PGPASSFILE names), "
                             "in PGPASSWORD or in a libpq service, and give the address "
                             "without it")
                        .arg(url.toString(QUrl::RemovePassword)));
    auto key = ServerKey::loadOrCreate(parser.value(data));
    if (!key)
        return fail(key.error().message());
    auto store = ServerStore::open(parser.value(data), parser.value(database));
    if (!store)
        return fail(store.error().message());
    auto catalog = ReferentielCatalog::bundled();
    if (!catalog)
        return fail(catalog.error().message());
    SyncService service(**store, std::move(*key), std::move(*catalog));
    if (auto published = service.readPublished(); !published)
        return fail(published.error().message());

    if (command == QLatin1String("serve")) {
        const QString address = parser.value(listen).section(QLatin1Char(':'), 0, -2);
        const quint16 port = parser.value(listen).section(QLatin1Char(':'), -1).toUShort();
        auto witnesses = witnessEndpoints(parser.values(witness));
        if (!witnesses)
            return fail(witnesses.error().message());
        const int required
            = parser.isSet(quorum) ? parser.value(quorum).toInt() : int(witnesses->size());
        if (required < 0 || required > witnesses->size())
            return fail(
                Text::tr("the witness quorum must be between 0 and the number of witnesses"));
        QList<NoteKey> witnessKeys;
        for (const Checkpointer::WitnessEndpoint &endpoint : std::as_const(*witnesses))
            witnessKeys << endpoint.key;
        service.setWitnessPolicy(witnessKeys, required);
        Checkpointer checkpoints(service, *witnesses);
        HttpFront front(service, checkpoints);
        // Nonces live in the store: a restart opens no replay window, and several processes
        // serving one PostgreSQL database share what they saw.
        front.shareReplayCache(**store);
        ConnectionLimits limits;
        limits.idleSeconds = limits.requestSeconds = qMax(1, parser.value(idle).toInt());
        limits.perAddress = qMax(1, parser.value(perAddress).toInt());
        limits.requestsPerMinute = qMax(0, parser.value(perMinute).toInt());
        const quint16 bound = front.listen(QHostAddress(address), port, limits);
        if (bound == 0)
            return fail(Text::tr("cannot listen on %1").arg(parser.value(listen)));
        out() << Text::tr("jalon-server listening on http://%1:%2").arg(address).arg(bound)
              << Qt::endl;
        qCInfo(lcServer, "serving http://%s:%u, log key %s, %s, %d witness(es), quorum %d",
               qPrintable(address), unsigned(bound), qPrintable(service.logKey().vkey()),
               (*store)->dialect() == ServerStore::Dialect::Postgres ? "PostgreSQL" : "SQLite",
               int(witnesses->size()), required);
        return QCoreApplication::exec();
    }
    if (command == QLatin1String("user add")) {
        auto user
            = service.addUser(parser.value(name), parser.value(role), parser.value(referentiel));
        if (!user)
            return fail(user.error().message());
        out() << Text::tr("user: %1").arg(user->id) << '\n'
              << Text::tr("enrollment code (shown once, enrolls one device): %1").arg(user->code)
              << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("assign") || command == QLatin1String("unassign")) {
        for (const QCommandLineOption &option : assignOptions) {
            if (!parser.isSet(option))
                continue;
            const QString assignRole = option.names().first();
            auto done = command == QLatin1String("assign")
                ? service.assign(parser.value(candidate), parser.value(option), assignRole)
                : service.unassign(parser.value(candidate), parser.value(option), assignRole);
            if (!done)
                return fail(done.error().message());
            out() << Text::tr("done") << Qt::endl;
            return 0;
        }
        return fail(Text::tr("say who: --tutor, --manager, --accompanist or --evaluator USER"));
    }
    if (command == QLatin1String("device revoke")) {
        const auto device = fromBase64Url(words.value(2).toLatin1());
        if (!device)
            return fail(Text::tr("give the device's public key (base64url)"));
        if (auto revoked = service.revokeDevice(*device); !revoked)
            return fail(revoked.error().message());
        out() << Text::tr("device revoked") << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("forks") || words.value(0) == QLatin1String("forks"))
        return listForks(**store, parser.isSet(allForks));
    if (command == QLatin1String("fork keep")) {
        const auto id = fromBase64Url(words.value(2).toLatin1());
        const auto found
            = id ? service.openForkOf(*id) : Result<std::optional<ServerStore::Fork>>();
        if (!found)
            return fail(found.error().message());
        const std::optional<ServerStore::Fork> &fork = *found;
        if (!fork)
            return fail(Text::tr("no open fork holds this event; see `jalon-server forks`"));
        if (auto resolved = service.resolveFork(fork->author, fork->seq, *id); !resolved)
            return fail(resolved.error().message());
        out() << Text::tr("resolved: this event counts, the others at its place never will")
              << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("fork drop")) {
        const auto device = fromBase64Url(words.value(2).toLatin1());
        bool isNumber = false;
        const qint64 seq = words.value(3).toLongLong(&isNumber);
        if (!device || !isNumber)
            return fail(Text::tr("give the device's public key (base64url) and the seq"));
        if (auto resolved = service.resolveFork(*device, seq, {}); !resolved)
            return fail(resolved.error().message());
        out() << Text::tr("resolved: none of the events at this place will count") << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("referentiel publish")) {
        QFile file(words.value(2));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Text::tr("cannot read %1: %2").arg(words.value(2), file.errorString()));
        if (auto published = service.publishReferentiel(file.readAll()); !published)
            return fail(published.error().message());
        out() << Text::tr("published") << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("info") || words.value(0) == QLatin1String("info")) {
        out()
            << Text::tr("server key: %1").arg(QString::fromLatin1(toBase64Url(service.publicKey())))
            << '\n'
            << Text::tr("log key (for witnesses and juries): %1").arg(service.logKey().vkey())
            << '\n'
            << Text::tr("fingerprint: %1").arg(fingerprintOf(service.publicKey())) << '\n';
        const auto counts = (*store)->counts();
        if (!counts)
            return fail(counts.error().message());
        for (const auto &[what, count] : *counts)
            out() << what << ": " << count << '\n';
        out().flush();
        return 0;
    }
    return fail(Text::tr("unknown command \"%1\"; see --help").arg(command));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jalon-server"));
    if (!ensureSodium())
        return fail(QStringLiteral("libsodium cannot start"));
    installTranslations(app, systemLanguage());
    return run(app.arguments());
}
