// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the fuzzers' seed corpora, built from the project's own fixtures and formats so
// that they stay valid as the formats move: fuzz_seeds OUT_DIR SOURCE_DIR writes
// OUT_DIR/<target>/<name> for each target. (The jury bundles come from
// tests/web/make_bundles.py, run beside this by make_seeds.sh.)
#include "fuzzing.h"
#include "jcs/canonicaljson.h"
#include "journal/event.h"
#include "sync/requestsignature.h"
#include "vault/keyfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <cstdio>

using namespace jalon;

namespace {

QDir g_out;

void write(const char *target, const QString &name, const QByteArray &bytes)
{
    fuzzing::require(g_out.mkpath(QLatin1String(target)), "the seed folder is made");
    QFile file(g_out.filePath(QLatin1String(target) + QLatin1Char('/') + name));
    fuzzing::require(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(),
                     "a seed is written");
}

void copyFiles(const char *target, const QString &folder, const QStringList &patterns)
{
    const QDir dir(folder);
    for (const QString &name : dir.entryList(patterns, QDir::Files)) {
        QFile file(dir.filePath(name));
        fuzzing::require(file.open(QIODevice::ReadOnly), "a fixture is read");
        write(target, name, file.readAll());
    }
}

// A chain of signed events of every shape the journal holds, by the fixture key.
QList<QByteArray> signedEvents()
{
    const QList<std::pair<QString, QJsonObject>> drafts {
        { QStringLiteral("livret.edit"),
          { { QStringLiteral("referentiel"), QStringLiteral("cqp-conseiller-entreprise") },
            { QStringLiteral("version"), 1 },
            { QStringLiteral("section"), QStringLiteral("B1") },
            { QStringLiteral("base"), QJsonValue::Null },
            { QStringLiteral("text"), QStringLiteral("\uFEFFJ'ai accueilli « 12 » clients 😀") } } },
        { QStringLiteral("carnet.attest"),
          { { QStringLiteral("referentiel"), QStringLiteral("cqp-conseiller-entreprise") },
            { QStringLiteral("version"), 1 },
            { QStringLiteral("competence"), QStringLiteral("CP1") },
            { QStringLiteral("criteria"), QJsonArray { QStringLiteral("CP1.1") } },
            { QStringLiteral("role"), QStringLiteral("tutor") },
            { QStringLiteral("situation"), QStringLiteral("Accueil du matin") },
            { QStringLiteral("date"), QStringLiteral("2026-05-04") } } },
        { QStringLiteral("bilan.record"),
          { { QStringLiteral("referentiel"), QStringLiteral("cqp-conseiller-entreprise") },
            { QStringLiteral("version"), 1 },
            { QStringLiteral("ratings"),
              QJsonObject { { QStringLiteral("\uE000"), 2 }, { QStringLiteral("😀"), 3 } } },
            { QStringLiteral("score"), 0.1 + 0.2 },
            { QStringLiteral("large"), 1e21 } } },
        { QStringLiteral("vae.session"),
          { { QStringLiteral("number"), 3 },
            { QStringLiteral("date"), QStringLiteral("2026-03-02") },
            { QStringLiteral("notes"), QStringLiteral("Séance\n\t\"trois\"") } } },
    };
    QList<QByteArray> events;
    QByteArray previous;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        Event event;
        event.seq = i + 1;
        event.prev = previous;
        event.at = fuzzing::fixtureTime().addSecs(60 * i);
        event.kind = drafts.at(i).first;
        event.subject = QStringLiteral("u-candidate");
        event.body = drafts.at(i).second;
        events << event.signWith(fuzzing::fixtureKey());
        previous = Event::idOf(events.last());
    }
    return events;
}

void writeEventSeeds(const QList<QByteArray> &events)
{
    QByteArray push = "{\"events\":[";
    QByteArray pulled = "{ \"events\" : [";
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString name = QStringLiteral("event-%1.json").arg(i + 1);
        write("fuzz_event", name, events.at(i));
        write("fuzz_canonicaljson", name, events.at(i));
        // Another spelling of the same event: spaces and keys in another order.
        const QJsonObject object = CanonicalJson::parseDocument(events.at(i)).object();
        write("fuzz_event", QStringLiteral("indented-%1.json").arg(i + 1),
              QJsonDocument(object).toJson(QJsonDocument::Indented));
        push += (i ? "," : "") + events.at(i);
        pulled += QByteArray(i ? ",\n" : "") + "{\"index\":" + QByteArray::number(i)
            + ",\"logged_at\":\"2026-01-01T09:0" + QByteArray::number(i)
            + ":00.000Z\",\"event\":" + events.at(i) + '}';
    }
    write("fuzz_pushbody", QStringLiteral("batch.json"), push + "]}");
    write("fuzz_pushbody", QStringLiteral("spaced.json"),
          "{ \"other\" : [1, {\"a\": \"]\"}],\n \"events\" : [ " + events.first() + " ] }");
    write("fuzz_pushbody", QStringLiteral("empty.json"), "{\"events\":[]}");
    write("fuzz_pulledbatch", QStringLiteral("batch.json"),
          pulled + "], \"last\": " + QByteArray::number(events.size() - 1)
              + ", \"size\": " + QByteArray::number(events.size()) + "}");
    write("fuzz_pulledbatch", QStringLiteral("nothing-new.json"),
          "{\"events\":[],\"last\":41,\"size\":42}");
}

void writeHeaderSeeds()
{
    const QByteArray header = RequestSignature::header(
        fuzzing::fixtureKey(), fuzzing::FixtureMethod, fuzzing::FixturePath, fuzzing::FixtureBody,
        fuzzing::fixtureTime());
    write("fuzz_authorization", QStringLiteral("signed.txt"), header);
    write("fuzz_authorization", QStringLiteral("stale.txt"),
          RequestSignature::header(fuzzing::fixtureKey(), fuzzing::FixtureMethod,
                                   fuzzing::FixturePath, fuzzing::FixtureBody,
                                   fuzzing::fixtureTime().addSecs(-3600)));
}

void writeKeyFileSeeds()
{
    auto slot = [](char fill) {
        WrappedKey wrapped;
        wrapped.kdf = KdfParams::fastForTests();
        wrapped.kdf.salt = QByteArray(16, fill);
        wrapped.nonce = QByteArray(24, char(fill + 1));
        wrapped.ciphertext = QByteArray(48, char(fill + 2));
        return wrapped;
    };
    KeyFile file;
    file.vaultId = QByteArray(16, '\x11');
    file.passphrase = slot('a');
    file.recovery = slot('k');
    write("fuzz_keyfile", QStringLiteral("vault.key"), file.toJson());
    file.device = slot('u');
    write("fuzz_keyfile", QStringLiteral("remembered.key"), file.toJson());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: fuzz_seeds OUT_DIR SOURCE_DIR\n");
        return 2;
    }
    g_out = QDir(QString::fromLocal8Bit(argv[1]));
    const QDir source(QString::fromLocal8Bit(argv[2]));
    copyFiles("fuzz_canonicaljson", source.filePath(QStringLiteral("tests/data/jcs")),
              { QStringLiteral("*.json"), QStringLiteral("*.canonical") });
    copyFiles("fuzz_referentiel", source.filePath(QStringLiteral("core/referentiel/data")),
              { QStringLiteral("*.json") });
    copyFiles("fuzz_referentiel", source.filePath(QStringLiteral("tests/data/referentiel")),
              { QStringLiteral("*.json") });
    writeEventSeeds(signedEvents());
    writeHeaderSeeds();
    writeKeyFileSeeds();
    return 0;
}
