// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentiel/referentielcatalog.h"
#include "referentiel/referentielloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace jalon;

namespace {

QByteArray minimalJson()
{
    QFile file(QStringLiteral(JALON_TEST_DATA "/referentiel/minimal.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture minimal.json");
    return file.readAll();
}

// Replaces (or, with an undefined value, removes) the value at `path` in `value`.
QJsonValue replaced(QJsonValue value, QStringList path, const QJsonValue &replacement)
{
    if (path.isEmpty())
        return replacement;
    const QString head = path.takeFirst();
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int index = head.toInt();
        if (replacement.isUndefined() && path.isEmpty())
            array.removeAt(index);
        else
            array[index] = replaced(array.at(index), path, replacement);
        return array;
    }
    QJsonObject object = value.toObject();
    if (replacement.isUndefined() && path.isEmpty())
        object.remove(head);
    else
        object[head] = replaced(object.value(head), path, replacement);
    return object;
}

QByteArray mutated(const QString &path, const QByteArray &replacementJson)
{
    const QJsonObject root = QJsonDocument::fromJson(minimalJson()).object();
    QJsonValue replacement(QJsonValue::Undefined);
    if (!replacementJson.isEmpty())
        replacement = QJsonDocument::fromJson("[" + replacementJson + "]").array().at(0);
    const QStringList keys = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return QJsonDocument(replaced(root, keys, replacement).toObject()).toJson();
}

} // namespace

class TestReferentielLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsMinimalDocument()
    {
        const auto ref = ReferentielLoader::fromJson(minimalJson(), QStringLiteral("minimal.json"));
        QVERIFY2(ref.has_value(), qPrintable(ref ? QString() : ref.error().message()));
        QCOMPARE(ref->id, QStringLiteral("test-minimal"));
        QCOMPARE(ref->version, 1);
        QCOMPARE(ref->blocs.size(), 1);
        QCOMPARE(ref->competenceCount(), 2);
        QCOMPARE(ref->criterionCount(), 2);
        QCOMPARE(ref->blocs[0].competences[1].type, CompetenceType::Transversal);
        QCOMPARE(ref->rules.criterionThreshold, (Fraction { 4, 5 }));
        QCOMPARE(ref->rules.attesterRoles, (QList<Role> { Role::Tutor, Role::Manager }));
        QCOMPARE(ref->blocs[0].assessment.parts[0].durationMinutes, std::optional<int>(15));
        QCOMPARE(ref->vae.sessions, 11);
        QCOMPARE(ref->scale[1].label, QStringLiteral("Je le fais seul(e)"));
        QCOMPARE(ref->scale[1].observed, QStringLiteral("Le fait seul(e)"));
    }

    // Without words for an observer, a level of Jalon's own scale has Jalon's (the shipped
    // référentiels carry none), any other level the candidate's.
    void anObservedLabelFallsBackToJalonsOrTheCandidates()
    {
        auto ref = ReferentielLoader::fromJson(
            mutated(QStringLiteral("diagnostic/scale/1/observed"), {}), QStringLiteral("m.json"));
        QVERIFY2(ref.has_value(), qPrintable(ref ? QString() : ref.error().message()));
        QCOMPARE(ref->scale[1].observed, QStringLiteral("Le fait seul(e)"));
        const QJsonObject own { { QStringLiteral("value"), 1 },
                                { QStringLiteral("label"), QStringLiteral("Je le fais vite") } };
        ref = ReferentielLoader::fromJson(
            mutated(QStringLiteral("diagnostic/scale/1"),
                    QJsonDocument(own).toJson(QJsonDocument::Compact)),
            QStringLiteral("m.json"));
        QVERIFY2(ref.has_value(), qPrintable(ref ? QString() : ref.error().message()));
        QCOMPARE(ref->scale[1].observed, QStringLiteral("Je le fais vite"));
        const auto catalog = ReferentielCatalog::bundled();
        QVERIFY(catalog.has_value());
        for (const Referentiel &shipped : catalog->all())
            QCOMPARE(shipped.scale.last().observed,
                     QStringLiteral("Peut l'expliquer et le transmettre"));
    }

    void rejectsInvalidDocuments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("replacement"); // empty: remove the field
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("expected");

        QTest::newRow("unknown format") << "format" << QByteArray("2") << "/format"
                                        << "unknown référentiel format 2"
                                        << "format 1";
        QTest::newRow("missing format") << "format" << QByteArray() << "/format"
                                        << "missing"
                                        << "whole number";
        QTest::newRow("missing id") << "id" << QByteArray() << "/id"
                                    << "missing"
                                    << "non-empty string";
        QTest::newRow("mistyped id") << "id" << QByteArray("12") << "/id"
                                     << "is a number"
                                     << "non-empty string";
        QTest::newRow("empty title")
            << "certification/title" << QByteArray("\"  \"") << "/certification/title"
            << "empty"
            << "non-empty string";
        QTest::newRow("bad référentiel id") << "id" << QByteArray("\"Mon Référentiel\"") << "/id"
                                            << "not allowed"
                                            << "lowercase";
        QTest::newRow("version zero") << "version" << QByteArray("0") << "/version"
                                      << "value 0"
                                      << "at least 1";
        QTest::newRow("version fractional") << "version" << QByteArray("1.5") << "/version"
                                            << "value 1.5"
                                            << "whole number";
        QTest::newRow("unknown field") << "blocs/0/competences/0/critera" << QByteArray("[]")
                                       << "/blocs/0/competences/0/critera"
                                       << "unknown field"
                                       << "criteria";
        QTest::newRow("functions not array") << "functions" << QByteArray("{}") << "/functions"
                                             << "is an object"
                                             << "array";
        QTest::newRow("no blocs") << "blocs" << QByteArray("[]") << "/blocs"
                                  << "0 item"
                                  << "at least 1";
        QTest::newRow("bloc not object") << "blocs/0" << QByteArray("\"B1\"") << "/blocs/0"
                                         << "is a string"
                                         << "an object";
        QTest::newRow("missing criterion label")
            << "blocs/0/competences/0/criteria/1/label" << QByteArray()
            << "/blocs/0/competences/0/criteria/1/label"
            << "missing"
            << "string";
        QTest::newRow("unknown competence type")
            << "blocs/0/competences/0/type" << QByteArray("\"technique\"")
            << "/blocs/0/competences/0/type"
            << "unknown competence type"
            << "professional";
        QTest::newRow("duplicate competence id")
            << "blocs/0/competences/1/id" << QByteArray("\"CP1\"") << "/blocs/0/competences/1/id"
            << "already used at /blocs/0/competences/0/id"
            << "used once";
        QTest::newRow("id shared across kinds")
            << "blocs/0/competences/1/id" << QByteArray("\"B1\"") << "/blocs/0/competences/1/id"
            << "already used at /blocs/0/id"
            << "used once";
        QTest::newRow("duplicate criterion id")
            << "blocs/0/competences/0/criteria/1/id" << QByteArray("\"CP1.1\"")
            << "/blocs/0/competences/0/criteria/1/id"
            << "already used"
            << "used once";
        QTest::newRow("dangling bloc reference")
            << "functions/0/activities/0/blocs/0" << QByteArray("\"B9\"")
            << "/functions/0/activities/0/blocs/0"
            << "\"B9\" names no bloc"
            << "id of a bloc";
        QTest::newRow("reference to wrong kind")
            << "functions/0/activities/0/blocs/0" << QByteArray("\"CP1\"")
            << "/functions/0/activities/0/blocs/0"
            << "names no bloc"
            << "id of a bloc";
        QTest::newRow("dangling activity reference")
            << "blocs/0/competences/0/activities/0" << QByteArray("\"F7.1\"")
            << "/blocs/0/competences/0/activities/0"
            << "names no activity"
            << "id of an activity";
        QTest::newRow("threshold above one")
            << "rules/criterion_threshold" << QByteArray("{\"num\": 6, \"den\": 5}")
            << "/rules/criterion_threshold"
            << "6/5 is out of range"
            << "0 < num ≤ den";
        QTest::newRow("threshold zero")
            << "rules/competence_threshold/num" << QByteArray("0") << "/rules/competence_threshold"
            << "0/5 is out of range"
            << "0 < num ≤ den";
        QTest::newRow("threshold denominator zero")
            << "rules/competence_threshold/den" << QByteArray("0")
            << "/rules/competence_threshold/den"
            << "value 0"
            << "at least 1";
        QTest::newRow("threshold as decimal")
            << "rules/criterion_threshold" << QByteArray("0.8") << "/rules/criterion_threshold"
            << "is a number"
            << "an object";
        QTest::newRow("unknown attester role")
            << "rules/attester_roles/1" << QByteArray("\"director\"") << "/rules/attester_roles/1"
            << "unknown attester role"
            << "tutor";
        QTest::newRow("no attester role")
            << "rules/attester_roles" << QByteArray("[]") << "/rules/attester_roles"
            << "no attester role"
            << "tutor";
        QTest::newRow("role twice")
            << "rules/attester_roles/1" << QByteArray("\"tutor\"") << "/rules/attester_roles/1"
            << "listed twice"
            << "each role once";
        QTest::newRow("validity zero")
            << "rules/bloc_validity_years" << QByteArray("0") << "/rules/bloc_validity_years"
            << "value 0"
            << "at least 1";
        QTest::newRow("scale out of order")
            << "diagnostic/scale/1/value" << QByteArray("3") << "/diagnostic/scale/1/value"
            << "out of order"
            << "1";
        QTest::newRow("scale too short")
            << "diagnostic/scale" << QByteArray("[{\"value\": 0, \"label\": \"Non\"}]")
            << "/diagnostic/scale"
            << "1 item"
            << "at least 2";
        QTest::newRow("bad date") << "certification/date" << QByteArray("\"10/11/2020\"")
                                  << "/certification/date"
                                  << "not a date"
                                  << "YYYY-MM-DD";
        QTest::newRow("bad id characters")
            << "blocs/0/id" << QByteArray("\"Bloc 1\"") << "/blocs/0/id"
            << "not allowed"
            << "letters, digits";
        QTest::newRow("negative duration")
            << "blocs/0/assessment/parts/0/duration_minutes" << QByteArray("-5")
            << "/blocs/0/assessment/parts/0/duration_minutes"
            << "value -5"
            << "at least 1";
        QTest::newRow("strings with a number")
            << "certification/nsf" << QByteArray("[\"313t\", 4]") << "/certification/nsf/1"
            << "is a number"
            << "non-empty string";
    }

    void rejectsInvalidDocuments()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, replacement);
        QFETCH(QString, pointer);
        QFETCH(QString, problem);
        QFETCH(QString, expected);

        const auto ref = ReferentielLoader::fromJson(mutated(path, replacement),
                                                     QStringLiteral("broken.json"));
        QVERIFY(!ref.has_value());
        const Error &error = ref.error();
        QCOMPARE(error.source, QStringLiteral("broken.json"));
        QCOMPARE(error.location, pointer);
        QVERIFY2(error.problem.contains(problem), qPrintable(error.problem));
        QVERIFY2(error.expected.contains(expected), qPrintable(error.expected));
        QVERIFY(error.message().startsWith(QStringLiteral("broken.json: ") + pointer
                                           + QStringLiteral(": ")));
    }

    void reportsMalformedJsonWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("location");
        QTest::newRow("empty") << QByteArray() << "line 1, column 1";
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"format\": 1\n  \"id\": \"x\"\n}") << "line 3, column 4";
        QTest::newRow("truncated") << QByteArray("{\"format\": 1, \"id\": ") << "line 1, column 21";
        QTest::newRow("trailing garbage") << QByteArray("{}\n}") << "line 2, column 1";
    }

    void reportsMalformedJsonWithLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, location);
        const auto ref = ReferentielLoader::fromJson(json, QStringLiteral("bad.json"));
        QVERIFY(!ref.has_value());
        QCOMPARE(ref.error().location, location);
        QVERIFY(ref.error().problem.startsWith(QStringLiteral("the JSON is malformed")));
        QCOMPARE(ref.error().expected, QStringLiteral("a valid JSON document"));
    }

    void rejectsNonObjectDocument()
    {
        const auto ref = ReferentielLoader::fromJson("[1, 2]", QStringLiteral("array.json"));
        QVERIFY(!ref.has_value());
        QCOMPARE(ref.error().location, QStringLiteral("/"));
    }

    void reportsUnreadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.json"));
        const auto ref = ReferentielLoader::fromFile(path);
        QVERIFY(!ref.has_value());
        QCOMPARE(ref.error().source, path);
        QVERIFY(ref.error().problem.contains(QStringLiteral("cannot be read")));
    }

    void loadsFromFileNamingTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(minimalJson().left(200)); // a file cut mid-write
        file.close();
        const auto ref = ReferentielLoader::fromFile(path);
        QVERIFY(!ref.has_value());
        QCOMPARE(ref.error().source, QStringLiteral("cut.json"));
        QVERIFY(ref.error().location.startsWith(QStringLiteral("line ")));
    }
};

QTEST_GUILESS_MAIN(TestReferentielLoader)
#include "tst_referentielloader.moc"
