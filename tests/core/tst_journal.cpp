// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/base64url.h"
#include "crypto/signingkey.h"
#include "journal/journal.h"
#include "projections/bilanprojection.h"
#include "projections/carnetprojection.h"
#include "projections/diagnosticprojection.h"
#include "projections/livretprojection.h"
#include "projections/orgprojection.h"
#include "projections/projector.h"
#include "projections/vaeprojection.h"
#include "referentiel/referentielloader.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace jalon;

namespace {

const QString Passphrase = QStringLiteral("phrase de passe de test");
const QString Candidate = QStringLiteral("candidate-1");

std::unique_ptr<Vault> makeVault(const QTemporaryDir &dir)
{
    auto created = Vault::create(dir.path(), Passphrase, KdfParams::fastForTests());
    if (!created)
        qFatal("%s", qPrintable(created.error().message()));
    return std::move(created->vault);
}

Journal::Draft answer(const QString &activity, int level)
{
    return { QStringLiteral("diagnostic.answer"),
             Candidate,
             { { QStringLiteral("referentiel"), QStringLiteral("cqp-test") },
               { QStringLiteral("version"), 1 },
               { QStringLiteral("activity"), activity },
               { QStringLiteral("level"), level } } };
}

Journal::Draft livretEdit(const QString &section, const QString &text, const QByteArray &base = {})
{
    return { QStringLiteral("livret.edit"),
             Candidate,
             { { QStringLiteral("referentiel"), QStringLiteral("cqp-test") },
               { QStringLiteral("version"), 1 },
               { QStringLiteral("section"), section },
               { QStringLiteral("base"),
                 base.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(toIdText(base)) },
               { QStringLiteral("text"), text } } };
}

Journal::Draft attest(const QString &competence, const QStringList &criteria)
{
    return { QStringLiteral("carnet.attest"),
             Candidate,
             { { QStringLiteral("referentiel"), QStringLiteral("cqp-test") },
               { QStringLiteral("version"), 1 },
               { QStringLiteral("competence"), competence },
               { QStringLiteral("role"), QStringLiteral("tutor") },
               { QStringLiteral("criteria"), QJsonArray::fromStringList(criteria) },
               { QStringLiteral("situation"),
                 QStringLiteral("Accueil au guichet, affluence du lundi") },
               { QStringLiteral("observed_on"), QStringLiteral("2026-11-20") } } };
}

Journal::Draft bilan(const QString &trainingNeeds)
{
    return { QStringLiteral("bilan.record"),
             Candidate,
             { { QStringLiteral("referentiel"), QStringLiteral("cqp-test") },
               { QStringLiteral("version"), 1 },
               { QStringLiteral("ratings"), QJsonObject { { QStringLiteral("F1.1"), 2 } } },
               { QStringLiteral("path"), QStringLiteral("vae") },
               { QStringLiteral("blocs"), QJsonArray { QStringLiteral("B1") } },
               { QStringLiteral("training_needs"), trainingNeeds },
               { QStringLiteral("next_review"), QStringLiteral("2026-12-15") } } };
}

// Every projection table's rows, sorted, as text: two equal dumps mean equal projections.
QStringList dumpProjections(SqliteDatabase &database)
{
    QStringList dump;
    for (const QString &table : Projector::tables()) {
        const QByteArray sql = "SELECT * FROM " + table.toLatin1();
        auto select = database.prepare(sql.constData());
        while (select && select->next()) {
            QStringList row { table };
            for (int column = 0; column < 13; ++column)
                row << QString::fromLatin1(select->blob(column).toHex());
            dump << row.join(QLatin1Char('|'));
        }
    }
    dump.sort();
    return dump;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsASignedChain()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        QCOMPARE(journal.lastOwnSeq(), 0);
        auto first = journal.append(answer(QStringLiteral("F1.1"), 2));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
        auto more = journal.append(
            { answer(QStringLiteral("F1.2"), 1), answer(QStringLiteral("F1.1"), 3) });
        QVERIFY(more);
        QCOMPARE(first->seq, 1);
        QVERIFY(first->prev.isEmpty());
        QCOMPARE(more->at(0).seq, 2);
        QCOMPARE(more->at(0).prev, first->id());
        QCOMPARE(more->at(1).prev, more->at(0).id());
        QCOMPARE(first->author, vault->deviceKey().publicKey());
        QVERIFY(first->hasValidSignature());
        QCOMPARE(journal.count(), 3);
        QCOMPARE(journal.lastOwnSeq(), 3);
        auto problems = journal.verifyAll();
        QVERIFY(problems);
        QVERIFY(problems->isEmpty());
        // The stored form reads back to the same event.
        auto stored = journal.events();
        QVERIFY(stored);
        QCOMPARE(stored->at(2).canonical(), more->at(1).canonical());
        // Projection: the later answer wins.
        auto answers = DiagnosticProjection::answers(vault->database(), Candidate,
                                                     QStringLiteral("cqp-test"));
        QVERIFY(answers);
        QCOMPARE(answers->value(QStringLiteral("F1.1")).level, 3);
        QCOMPARE(answers->value(QStringLiteral("F1.2")).level, 1);
    }

    // Each statement of an append failed in turn (the first is the read of the device's
    // last seq): the append fails, stores nothing, and the next one goes on from the
    // chain's true end, never from seq 1.
    void aFailedStatementFailsTheAppendAndNeverRestartsTheChain()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        QVERIFY(journal.append(
            { answer(QStringLiteral("F1.1"), 1), answer(QStringLiteral("F1.2"), 2) }));
        int failed = 0;
        for (int n = 1;; ++n) {
            const qint64 before = journal.count();
            vault->database().failStatement(n);
            auto appended = journal.append(answer(QStringLiteral("F1.1"), 3));
            if (vault->database().faultArmed()) {
                vault->database().failStatement(0);
                QVERIFY(appended);
                break;
            }
            ++failed;
            QVERIFY2(
                !appended,
                qPrintable(QStringLiteral("statement %1 failed, yet the append worked").arg(n)));
            QVERIFY(appended.error().message().contains(QLatin1String("injected fault")));
            QCOMPARE(journal.count(), before);
            auto next = journal.append(answer(QStringLiteral("F1.2"), 3));
            QVERIFY2(next, qPrintable(next ? QString() : next.error().message()));
            QCOMPARE(next->seq, journal.lastOwnSeq().value_or(-1));
            QCOMPARE(next->seq, qint64(2 + failed));
        }
        QVERIFY(failed >= 3);
        QVERIFY(journal.verifyAll()->isEmpty());
    }

    void summarisesTheDiagnosticByFunction()
    {
        auto referentiel = ReferentielLoader::fromFile(
            QStringLiteral(JALON_TEST_DATA "/referentiel/minimal.json"));
        QVERIFY(referentiel);
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        auto summary = [&] {
            auto answers = DiagnosticProjection::answers(vault->database(), Candidate,
                                                         QStringLiteral("cqp-test"));
            return DiagnosticProjection::byFunction(*answers, *referentiel);
        };
        QCOMPARE(summary().size(), 1);
        QCOMPARE(summary()[0].answered, 0);
        QCOMPARE(summary()[0].activities, 1);
        QVERIFY(journal.append(answer(QStringLiteral("F1.1"), 1)));
        QVERIFY(journal.append(answer(QStringLiteral("F9.9"), 1))); // not in this référentiel
        QCOMPARE(summary()[0].functionId, QStringLiteral("F1"));
        QCOMPARE(summary()[0].answered, 1);
        QCOMPARE(summary()[0].levelSum, 1);
        QCOMPARE(summary()[0].levelMax, 1); // the fixture's scale stops at 1
        auto submitted = DiagnosticProjection::submittedAt(vault->database(), Candidate,
                                                           QStringLiteral("cqp-test"));
        QVERIFY(submitted && !submitted->isValid());
        QVERIFY(journal.append({ QStringLiteral("diagnostic.submit"),
                                 Candidate,
                                 { { QStringLiteral("referentiel"), QStringLiteral("cqp-test") },
                                   { QStringLiteral("version"), 1 } } }));
        submitted = DiagnosticProjection::submittedAt(vault->database(), Candidate,
                                                      QStringLiteral("cqp-test"));
        QVERIFY(submitted && submitted->isValid());
    }

    void refusesABadBody_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("level not a number")
            << "level" << QJsonValue(QStringLiteral("deux")) << "/body/level";
        QTest::newRow("negative level") << "level" << QJsonValue(-1) << "/body/level";
        QTest::newRow("fractional level") << "level" << QJsonValue(1.5) << "/body/level";
        QTest::newRow("empty activity") << "activity" << QJsonValue(QString()) << "/body/activity";
        QTest::newRow("unknown field") << "mood" << QJsonValue(true) << "/body/mood";
    }

    void refusesABadBody()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, pointer);
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        Journal::Draft draft = answer(QStringLiteral("F1.1"), 2);
        draft.body.insert(field, value);
        auto event = journal.append(draft);
        QVERIFY(!event);
        QCOMPARE(event.error().location, pointer);
        QCOMPARE(journal.count(), 0);
    }

    void refusesServerKindsAndMissingFields()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        QVERIFY(!journal.append({ QStringLiteral("org.assign"),
                                  Candidate,
                                  { { QStringLiteral("candidate"), Candidate },
                                    { QStringLiteral("user"), QStringLiteral("u") },
                                    { QStringLiteral("role"), QStringLiteral("tutor") } } }));
        Journal::Draft missing = attest(QStringLiteral("CP1"), {});
        missing.body.remove(QStringLiteral("situation"));
        auto event = journal.append(missing);
        QVERIFY(!event);
        QCOMPARE(event.error().location, QStringLiteral("/body/situation"));
        QVERIFY(!journal.append({ QStringLiteral("carnet.sign"), Candidate, {} }));
    }

    void aBatchIsAllOrNothing()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        QVERIFY(journal.append(answer(QStringLiteral("F1.1"), 1)));
        Journal::Draft bad = answer(QStringLiteral("F1.3"), 1);
        bad.body.remove(QStringLiteral("level"));
        QVERIFY(!journal.append({ answer(QStringLiteral("F1.2"), 2), bad }));
        QCOMPARE(journal.count(), 1);
        QCOMPARE(journal.lastOwnSeq(), 1);
        auto answers = DiagnosticProjection::answers(vault->database(), Candidate,
                                                     QStringLiteral("cqp-test"));
        QCOMPARE(answers->size(), 1);
        // The chain goes on from the last stored event.
        auto next = journal.append(answer(QStringLiteral("F1.2"), 2));
        QVERIFY(next);
        QCOMPARE(next->seq, 2);
        QVERIFY(journal.verifyAll()->isEmpty());
    }

    // Large batches are signed on a second thread while the first stores: the chain and
    // the all-or-nothing rule must hold there too, wherever the bad draft is.
    void aLargeBatchIsChainedInOrder()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        QVERIFY(journal.append(answer(QStringLiteral("F1.1"), 0)));
        QList<Journal::Draft> drafts;
        for (int i = 0; i < 1500; ++i)
            drafts << answer(QStringLiteral("F%1.%2").arg(i % 7 + 1).arg(i % 5 + 1), i % 4);
        auto appended = journal.append(drafts);
        QVERIFY2(appended, qPrintable(appended ? QString() : appended.error().message()));
        QCOMPARE(appended->size(), 1500);
        for (qsizetype i = 0; i < appended->size(); ++i) {
            QCOMPARE(appended->at(i).seq, i + 2);
            if (i > 0)
                QCOMPARE(appended->at(i).prev, appended->at(i - 1).id());
        }
        QCOMPARE(journal.lastOwnSeq(), 1501);
        QVERIFY(journal.verifyAll()->isEmpty());
        auto stored = journal.events(1, 1);
        QVERIFY(stored);
        QCOMPARE(stored->first().canonical(), appended->first().canonical());
    }

    void aLargeBatchIsAllOrNothing_data()
    {
        QTest::addColumn<int>("badAt");
        QTest::newRow("first") << 0;
        QTest::newRow("within the first chunk") << 5;
        QTest::newRow("middle") << 700;
        QTest::newRow("last") << 999;
    }

    void aLargeBatchIsAllOrNothing()
    {
        QFETCH(int, badAt);
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        QVERIFY(journal.append(answer(QStringLiteral("F1.1"), 1)));
        QList<Journal::Draft> drafts;
        for (int i = 0; i < 1000; ++i)
            drafts << answer(QStringLiteral("F2.1"), i % 4);
        drafts[badAt].body.insert(QStringLiteral("level"), QStringLiteral("beaucoup"));
        auto refused = journal.append(drafts);
        QVERIFY(!refused);
        QCOMPARE(refused.error().location, QStringLiteral("/body/level"));
        QCOMPARE(journal.count(), 1);
        QCOMPARE(journal.lastOwnSeq(), 1);
        auto answers = DiagnosticProjection::answers(vault->database(), Candidate,
                                                     QStringLiteral("cqp-test"));
        QCOMPARE(answers->size(), 1);
        QVERIFY(journal.append(answer(QStringLiteral("F1.2"), 2)));
        QVERIFY(journal.verifyAll()->isEmpty());
    }

    void everyFieldMutatedIsRejected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        const QByteArray otherKey = SigningKey::generate().publicKey();
        QTest::newRow("v") << "v" << QJsonValue(2);
        QTest::newRow("author") << "author" << QJsonValue(toIdText(otherKey));
        QTest::newRow("seq") << "seq" << QJsonValue(3);
        QTest::newRow("prev") << "prev" << QJsonValue(toIdText(QByteArray(32, 'p')));
        QTest::newRow("prev null") << "prev" << QJsonValue(QJsonValue::Null);
        QTest::newRow("at") << "at" << QJsonValue(QStringLiteral("2026-11-22T10:15:00.124Z"));
        QTest::newRow("kind") << "kind" << QJsonValue(QStringLiteral("diagnostic.submit"));
        QTest::newRow("subject") << "subject" << QJsonValue(QStringLiteral("candidate-2"));
        QTest::newRow("body") << "body"
                              << QJsonValue(QJsonObject {
                                     { QStringLiteral("referentiel"), QStringLiteral("cqp-test") },
                                     { QStringLiteral("version"), 1 },
                                     { QStringLiteral("activity"), QStringLiteral("F1.2") },
                                     { QStringLiteral("level"), 3 } });
        QTest::newRow("sig") << "sig" << QJsonValue(toIdText(QByteArray(64, 's')));
        QTest::newRow("extra field") << "note" << QJsonValue(QStringLiteral("x"));
    }

    void everyFieldMutatedIsRejected()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QTemporaryDir source;
        QTemporaryDir target;
        auto author = makeVault(source);
        auto receiver = makeVault(target);
        Journal authorJournal(*author);
        authorJournal.setClock(
            [] { return QDateTime(QDate(2026, 11, 22), QTime(10, 15, 0, 123), Qt::UTC); });
        Journal receiverJournal(*receiver);
        auto events = authorJournal.append(
            { answer(QStringLiteral("F1.1"), 1), answer(QStringLiteral("F1.1"), 2) });
        QVERIFY(events);
        QCOMPARE(receiverJournal.receive(events->at(0)).value(), Journal::Received::Added);

        QJsonObject json = QJsonDocument::fromJson(events->at(1).canonical()).object();
        json.insert(field, value);
        auto mutated = Event::fromJson(QJsonDocument(json).toJson());
        if (mutated) {
            auto received = receiverJournal.receive(*mutated);
            QVERIFY2(!received, qPrintable(field));
        }
        QCOMPARE(receiverJournal.count(), 1);
        // The original is still accepted: only the mutation was at fault.
        QCOMPARE(receiverJournal.receive(events->at(1)).value(), Journal::Received::Added);
    }

    // What moved after a position: kinds by subject, whether some are the device's own,
    // and the last position; received events are not own.
    void tellsWhatMovedAfterAPosition()
    {
        QTemporaryDir source;
        QTemporaryDir target;
        auto author = makeVault(source);
        auto receiver = makeVault(target);
        Journal authorJournal(*author);
        Journal receiverJournal(*receiver);
        QVERIFY(receiverJournal.append(answer(QStringLiteral("F1.1"), 1)));
        const qint64 read = receiverJournal.lastPosition();
        QCOMPARE(read, 1);
        Journal::Draft other = attest(QStringLiteral("B1.C1"), { QStringLiteral("B1.C1.1") });
        other.subject = QStringLiteral("candidate-2");
        auto received = authorJournal.append({ other, answer(QStringLiteral("F1.2"), 2) });
        QVERIFY(received);
        for (const Event &event : *received)
            QVERIFY(receiverJournal.receive(event, Journal::Order::Partial));

        auto moved = receiverJournal.changesSince(read);
        QVERIFY(moved);
        QCOMPARE(moved->position, 3);
        QVERIFY(!moved->own);
        QVERIFY(!moved->everything);
        QVERIFY(!moved->organisation());
        QCOMPARE(moved->kindsBySubject.size(), 2);
        QVERIFY(moved->concerns(QStringLiteral("candidate-2"), { QStringLiteral("carnet.") }));
        QVERIFY(!moved->concerns(QStringLiteral("candidate-2"), { QStringLiteral("diagnostic.") }));
        QVERIFY(moved->concerns(Candidate, { QStringLiteral("diagnostic.answer") }));
        QVERIFY(!moved->concerns(Candidate, { QStringLiteral("carnet.attest") }));
        QCOMPARE(moved->subjects({ QStringLiteral("carnet."), QStringLiteral("bloc.") }),
                 QSet<QString> { QStringLiteral("candidate-2") });

        QVERIFY(receiverJournal.append(attest(QStringLiteral("B1.C2"), {})));
        auto own = receiverJournal.changesSince(3);
        QVERIFY(own);
        QVERIFY(own->own);
        QCOMPARE(own->position, 4);
        auto nothing = receiverJournal.changesSince(4);
        QVERIFY(nothing);
        QVERIFY(nothing->isEmpty());
        QCOMPARE(nothing->position, 4);
    }

    // The latest bilan by the projections' rule: the later time, then the greater id
    // (not the arrival order); a forked one counts for nothing.
    void theLatestBilanIsReadByTheProjectionsRule()
    {
        QTemporaryDir source;
        QTemporaryDir target;
        auto author = makeVault(source);
        auto receiver = makeVault(target);
        Journal authorJournal(*author);
        Journal receiverJournal(*receiver);
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        authorJournal.setClock([at] { return at; });
        auto both = authorJournal.append(
            { bilan(QStringLiteral("first")), bilan(QStringLiteral("second")) });
        QVERIFY(both);
        const bool secondWins = both->at(1).id() > both->at(0).id();
        const QString winner = secondWins ? QStringLiteral("second") : QStringLiteral("first");
        QVERIFY(receiverJournal.receive(both->at(0)));
        QVERIFY(receiverJournal.receive(both->at(1)));
        auto latest = BilanProjection::latest(receiver->database(), Candidate);
        QVERIFY(latest && *latest);
        QCOMPARE((*latest)->trainingNeeds, winner);
        QCOMPARE((*latest)->ratings.value(QStringLiteral("F1.1")), 2);
        QCOMPARE((*latest)->nextReview, QDate(2026, 12, 15));

        // The same device signs another event 2, an hour later: both sides of the fork
        // count for nothing, so the first one is the latest.
        Event fork = both->at(1);
        fork.body.insert(QStringLiteral("training_needs"), QStringLiteral("forked"));
        fork.at = at.addSecs(3600);
        fork.signWith(author->deviceKey());
        QCOMPARE(receiverJournal.receive(fork).value(), Journal::Received::Forked);
        latest = BilanProjection::latest(receiver->database(), Candidate);
        QVERIFY(latest && *latest);
        QCOMPARE((*latest)->trainingNeeds, QStringLiteral("first"));
    }

    void receivesInOrderOnly()
    {
        QTemporaryDir source;
        QTemporaryDir target;
        auto author = makeVault(source);
        auto receiver = makeVault(target);
        Journal authorJournal(*author);
        Journal receiverJournal(*receiver);
        auto events = authorJournal.append({ answer(QStringLiteral("F1.1"), 1),
                                             answer(QStringLiteral("F1.2"), 2),
                                             answer(QStringLiteral("F1.3"), 3) });
        QVERIFY(events);
        // A gap and a reordering are refused with a reason.
        auto gap = receiverJournal.receive(events->at(1));
        QVERIFY(!gap);
        QVERIFY(gap.error().problem.contains(QLatin1String("missing")));
        QCOMPARE(receiverJournal.receive(events->at(0)).value(), Journal::Received::Added);
        QVERIFY(!receiverJournal.receive(events->at(2)));
        QCOMPARE(receiverJournal.receive(events->at(1)).value(), Journal::Received::Added);
        QCOMPARE(receiverJournal.receive(events->at(2)).value(), Journal::Received::Added);
        // A replay is recognised, not stored twice.
        QCOMPARE(receiverJournal.receive(events->at(1)).value(), Journal::Received::AlreadyKnown);
        QCOMPARE(receiverJournal.count(), 3);
        QVERIFY(receiverJournal.verifyAll()->isEmpty());
        auto answers = DiagnosticProjection::answers(receiver->database(), Candidate,
                                                     QStringLiteral("cqp-test"));
        QCOMPARE(answers->size(), 3);
    }

    void aForkIsKeptFlaggedAndIgnored()
    {
        QTemporaryDir source;
        QTemporaryDir target;
        auto author = makeVault(source);
        auto receiver = makeVault(target);
        Journal authorJournal(*author);
        Journal receiverJournal(*receiver);
        auto events = authorJournal.append(
            { answer(QStringLiteral("F1.1"), 1), answer(QStringLiteral("F1.2"), 2) });
        QVERIFY(events);
        QVERIFY(receiverJournal.receive(events->at(0)));
        QVERIFY(receiverJournal.receive(events->at(1)));

        // The same device key signs another event 2 (a cloned device, say).
        Event fork = events->at(1);
        fork.body.insert(QStringLiteral("level"), 0);
        fork.signWith(author->deviceKey());
        QCOMPARE(receiverJournal.receive(fork).value(), Journal::Received::Forked);
        QCOMPARE(receiverJournal.count(), 3);
        auto answers = DiagnosticProjection::answers(receiver->database(), Candidate,
                                                     QStringLiteral("cqp-test"));
        QCOMPARE(answers->size(), 1);
        QVERIFY(answers->contains(QStringLiteral("F1.1")));
        auto problems = receiverJournal.verifyAll();
        QCOMPARE(problems->size(), 2);
        // Both sides stay flagged after a rebuild.
        QVERIFY(receiverJournal.rebuildProjections());
        QCOMPARE(DiagnosticProjection::answers(receiver->database(), Candidate,
                                               QStringLiteral("cqp-test"))
                     ->size(),
                 1);
    }

    void serverEventsNeedTheEnrolledServer()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        const SigningKey server = SigningKey::generate();
        Event assign;
        assign.seq = 1;
        assign.at = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        assign.kind = QStringLiteral("org.assign");
        assign.subject = Candidate;
        assign.body = { { QStringLiteral("candidate"), Candidate },
                        { QStringLiteral("user"), QStringLiteral("tutor-1") },
                        { QStringLiteral("role"), QStringLiteral("tutor") } };
        assign.signWith(server);
        QVERIFY(!journal.receive(assign)); // not enrolled yet
        QVERIFY(journal.setServerKey(SigningKey::generate().publicKey()));
        QVERIFY(!journal.receive(assign)); // another server
        QVERIFY(journal.setServerKey(server.publicKey()));
        QCOMPARE(journal.receive(assign).value(), Journal::Received::Added);
        auto facts = CarnetProjection::facts(vault->database(), Candidate);
        QVERIFY(facts);
        QCOMPARE(facts->assignments.size(), 1);
        QCOMPARE(facts->assignments[0].userId, QStringLiteral("tutor-1"));
    }

    void theReferentielOfACandidateIsTheCentresWordThenTheirRecords()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        QCOMPARE(OrgProjection::referentielOf(vault->database(), Candidate).value(), QString());
        QVERIFY(journal.append(answer(QStringLiteral("F1.1"), 2)));
        QCOMPARE(OrgProjection::referentielOf(vault->database(), Candidate).value(),
                 QStringLiteral("cqp-test"));

        const SigningKey server = SigningKey::generate();
        QVERIFY(journal.setServerKey(server.publicKey()));
        Event declare;
        declare.seq = 1;
        declare.at = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        declare.kind = QStringLiteral("org.user");
        declare.subject = Candidate;
        declare.body = { { QStringLiteral("user"), Candidate },
                         { QStringLiteral("name"), QStringLiteral("Camille Martin") },
                         { QStringLiteral("role"), QStringLiteral("candidate") },
                         { QStringLiteral("referentiel"), QStringLiteral("cqp-declared") } };
        declare.signWith(server);
        QCOMPARE(journal.receive(declare).value(), Journal::Received::Added);
        QCOMPARE(OrgProjection::referentielOf(vault->database(), Candidate).value(),
                 QStringLiteral("cqp-declared"));
        QCOMPARE(
            OrgProjection::referentielOf(vault->database(), QStringLiteral("u-nobody")).value(),
            QString());
    }

    void livretConflictsKeepBothTexts()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        auto first = journal.append(
            livretEdit(QStringLiteral("B1"), QStringLiteral("J'accueille les adhérents.")));
        QVERIFY(first);
        auto second = journal.append(
            livretEdit(QStringLiteral("B1"),
                       QStringLiteral("J'accueille les adhérents au guichet."), first->id()));
        QVERIFY(second);
        auto sections = LivretProjection::sections(vault->database(), Candidate);
        QCOMPARE(sections->size(), 1);
        QVERIFY(!sections->at(0).hasConflict());
        QCOMPARE(sections->at(0).currentText(),
                 QStringLiteral("J'accueille les adhérents au guichet."));
        QCOMPARE(sections->at(0).history.size(), 2);
        // A second edit of the first version, as from an offline device.
        QVERIFY(journal.append(livretEdit(
            QStringLiteral("B1"), QStringLiteral("J'accueille et j'oriente."), first->id())));
        sections = LivretProjection::sections(vault->database(), Candidate);
        QVERIFY(sections->at(0).hasConflict());
        QStringList texts { sections->at(0).heads[0].text, sections->at(0).heads[1].text };
        texts.sort();
        QCOMPARE(texts,
                 (QStringList { QStringLiteral("J'accueille et j'oriente."),
                                QStringLiteral("J'accueille les adhérents au guichet.") }));
    }

    void aMergeEndsALivretConflict()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        auto first
            = journal.append(livretEdit(QStringLiteral("CP1"), QStringLiteral("J'accueille.")));
        QVERIFY(first);
        auto mine = journal.append(livretEdit(
            QStringLiteral("CP1"), QStringLiteral("J'accueille au guichet."), first->id()));
        auto theirs = journal.append(livretEdit(
            QStringLiteral("CP1"), QStringLiteral("J'accueille et j'oriente."), first->id()));
        QVERIFY(mine && theirs);
        QVERIFY(LivretProjection::sections(vault->database(), Candidate)->at(0).hasConflict());
        // One edit on the newest head that names the other one as merged.
        Journal::Draft merge
            = livretEdit(QStringLiteral("CP1"),
                         QStringLiteral("J'accueille au guichet et j'oriente."), theirs->id());
        merge.body.insert(QStringLiteral("merges"), QJsonArray { mine->idText() });
        auto merged = journal.append(merge);
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().message()));
        auto sections = LivretProjection::sections(vault->database(), Candidate);
        QVERIFY(sections);
        const LivretProjection::Section &section = sections->at(0);
        QVERIFY(!section.hasConflict());
        QCOMPARE(section.heads.size(), 1);
        QCOMPARE(section.heads[0].id, merged->id());
        QCOMPARE(section.currentText(), QStringLiteral("J'accueille au guichet et j'oriente."));
        QCOMPARE(section.history.size(), 4);
        const auto mergeEdit
            = std::find_if(section.history.cbegin(), section.history.cend(),
                           [&](const LivretProjection::Edit &e) { return e.id == merged->id(); });
        QVERIFY(mergeEdit != section.history.cend());
        QCOMPARE(mergeEdit->merges, QList<QByteArray> { mine->id() });
        // The merge survives a rebuild from the events alone.
        QVERIFY(journal.rebuildProjections());
        QVERIFY(!LivretProjection::sections(vault->database(), Candidate)->at(0).hasConflict());
    }

    void refusesBadMerges_data()
    {
        QTest::addColumn<QJsonValue>("merges");
        const QString id = toIdText(QByteArray(32, 'x'));
        QTest::newRow("not an array") << QJsonValue(id);
        QTest::newRow("not an id") << QJsonValue(QJsonArray { QStringLiteral("abc") });
        QTest::newRow("repeated") << QJsonValue(QJsonArray { id, id });
        QTest::newRow("null item") << QJsonValue(QJsonArray { QJsonValue() });
    }

    void refusesBadMerges()
    {
        QFETCH(QJsonValue, merges);
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        Journal::Draft draft = livretEdit(QStringLiteral("CP1"), QStringLiteral("Texte"));
        draft.body.insert(QStringLiteral("merges"), merges);
        auto event = journal.append(draft);
        QVERIFY(!event);
        QCOMPARE(event.error().location, QStringLiteral("/body/merges"));
        QCOMPARE(journal.count(), 0);
    }

    void revocationReachesTheFacts()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        auto attestation = journal.append(
            attest(QStringLiteral("CP1"), { QStringLiteral("CP1.1"), QStringLiteral("CP1.2") }));
        QVERIFY(attestation);
        auto facts = CarnetProjection::facts(vault->database(), Candidate);
        QCOMPARE(facts->attestations.size(), 1);
        QVERIFY(!facts->attestations[0].revoked);
        QCOMPARE(facts->attestations[0].validatedCriteria,
                 (QStringList { QStringLiteral("CP1.1"), QStringLiteral("CP1.2") }));
        QVERIFY(journal.append(
            { QStringLiteral("carnet.revoke"),
              Candidate,
              { { QStringLiteral("attestation"), attestation->idText() },
                { QStringLiteral("reason"), QStringLiteral("Critère coché par erreur") } } }));
        facts = CarnetProjection::facts(vault->database(), Candidate);
        QVERIFY(facts->attestations[0].revoked);
        auto stored = CarnetProjection::attestations(vault->database(), Candidate);
        QCOMPARE(stored->at(0).revokeReason, QStringLiteral("Critère coché par erreur"));
    }

    void aJoinRebindsTheEventsMadeBeforeIt()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        auto first
            = journal.append(livretEdit(QStringLiteral("CP1"), QStringLiteral("Premier jet")));
        QVERIFY(first);
        auto second = journal.append(
            livretEdit(QStringLiteral("CP1"), QStringLiteral("Second jet"), first->id()));
        QVERIFY(second);
        QVERIFY(journal.append(answer(QStringLiteral("F1.1"), 2)));
        const QDateTime firstAt = first->at;

        auto rebound = journal.rebindOwnSubject(Candidate, QStringLiteral("u-joined"));
        QVERIFY2(rebound, qPrintable(rebound ? QString() : rebound.error().message()));
        QCOMPARE(*rebound, 3);
        QCOMPARE(journal.count(), 3);
        QCOMPARE(journal.lastOwnSeq(), 3);
        auto problems = journal.verifyAll();
        QVERIFY(problems);
        QVERIFY(problems->isEmpty());
        auto events = journal.events();
        QVERIFY(events);
        QCOMPARE(events->first().at, firstAt);
        for (const Event &event : *events)
            QCOMPARE(event.subject, QStringLiteral("u-joined"));
        // The second edit still follows the first: its base was renamed with it.
        auto sections = LivretProjection::sections(vault->database(), QStringLiteral("u-joined"));
        QVERIFY(sections);
        QCOMPARE(sections->size(), 1);
        QCOMPARE(sections->first().history.size(), 2);
        QVERIFY(!sections->first().hasConflict());
        QCOMPARE(sections->first().currentText(), QStringLiteral("Second jet"));
        QVERIFY(LivretProjection::sections(vault->database(), Candidate)->isEmpty());
        auto answers = DiagnosticProjection::answers(vault->database(), QStringLiteral("u-joined"),
                                                     QStringLiteral("cqp-test"));
        QVERIFY(answers);
        QCOMPARE(answers->value(QStringLiteral("F1.1")).level, 2);
        // Nothing left to rebind: a second call changes nothing.
        QCOMPARE(*journal.rebindOwnSubject(Candidate, QStringLiteral("u-joined")), 0);
    }

    void rebuildGivesTheSameProjections()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir);
        Journal journal(*vault);
        // This device's user is the candidate's accompanist: its VAE sessions count.
        const SigningKey server = SigningKey::generate();
        QVERIFY(journal.setServerKey(server.publicKey()));
        QByteArray previous;
        const QList<std::pair<const char *, QJsonObject>> org {
            { "org.device",
              { { QStringLiteral("user"), QStringLiteral("acc-1") },
                { QStringLiteral("device"),
                  QString::fromLatin1(toBase64Url(vault->deviceKey().publicKey())) } } },
            { "org.assign",
              { { QStringLiteral("candidate"), Candidate },
                { QStringLiteral("user"), QStringLiteral("acc-1") },
                { QStringLiteral("role"), QStringLiteral("accompanist") } } }
        };
        for (qsizetype i = 0; i < org.size(); ++i) {
            Event declared;
            declared.seq = i + 1;
            declared.prev = previous;
            declared.at = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
            declared.kind = QLatin1String(org.at(i).first);
            declared.subject = Candidate;
            declared.body = org.at(i).second;
            previous = Event::idOf(declared.signWith(server));
            QCOMPARE(journal.receive(declared).value(), Journal::Received::Added);
        }
        QRandomGenerator random(42);
        QByteArray lastEdit;
        for (int i = 0; i < 300; ++i) {
            const int pick = int(random.bounded(5));
            Journal::Draft draft;
            if (pick == 0)
                draft = answer(QStringLiteral("F1.%1").arg(random.bounded(8)),
                               int(random.bounded(4)));
            else if (pick == 1)
                draft = livretEdit(QStringLiteral("B%1").arg(random.bounded(3)),
                                   QStringLiteral("version %1").arg(i), lastEdit);
            else if (pick == 2)
                draft = attest(QStringLiteral("CP%1").arg(random.bounded(10)),
                               { QStringLiteral("c%1").arg(i) });
            else if (pick == 3)
                draft = { QStringLiteral("vae.session"),
                          Candidate,
                          { { QStringLiteral("number"), int(random.bounded(11)) + 1 },
                            { QStringLiteral("status"), QStringLiteral("held") },
                            { QStringLiteral("date"),
                              QStringLiteral("2026-11-%1").arg(10 + random.bounded(18)) },
                            { QStringLiteral("notes"), QStringLiteral("séance %1").arg(i) } } };
            else
                draft = { QStringLiteral("bloc.evaluate"),
                          Candidate,
                          { { QStringLiteral("referentiel"), QStringLiteral("cqp-test") },
                            { QStringLiteral("version"), 1 },
                            { QStringLiteral("bloc"), QStringLiteral("B1") },
                            { QStringLiteral("validated"), random.bounded(2) == 1 },
                            { QStringLiteral("date"), QStringLiteral("2026-06-01") } } };
            auto event = journal.append(draft);
            QVERIFY2(event, qPrintable(event ? QString() : event.error().message()));
            if (pick == 1)
                lastEdit = event->id();
        }
        const QStringList incremental = dumpProjections(vault->database());
        QVERIFY(incremental.size() > 100);
        QVERIFY(journal.rebuildProjections());
        QCOMPARE(dumpProjections(vault->database()), incremental);
        auto sessions = VaeProjection::sessions(vault->database(), Candidate);
        QVERIFY(sessions && !sessions->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
