// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real jalon-tool binary and checks its output and exit status.
#include "toolrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ToolRun;

Run tool(const QStringList &arguments, const QByteArray &input = {})
{
    return runTool(arguments, input);
}

const QStringList kBundledIds {
    QStringLiteral("cqp-charge-accueil-relation-clients"),
    QStringLiteral("cqp-conseiller-entreprise"),
    QStringLiteral("cqp-conseiller-offres-service-securite-sociale"),
    QStringLiteral("titre-charge-clientele-banque-assurance"),
};

} // namespace

class TestJalonTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAsText()
    {
        const Run run = tool({ "referentiel", "list" });
        QCOMPARE(run.status, 0);
        QVERIFY(run.err.isEmpty());
        const QStringList lines
            = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kBundledIds.size());
        for (const QString &id : kBundledIds)
            QVERIFY2(run.out.contains(id.toUtf8() + "  v1  "), run.out.constData());
    }

    void listsAsJson()
    {
        const Run run = tool({ "referentiel", "list", "--json" });
        QCOMPARE(run.status, 0);
        QJsonParseError error;
        const QJsonArray items = QJsonDocument::fromJson(run.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QStringList ids;
        for (const QJsonValue &item : items) {
            const QJsonObject object = item.toObject();
            QCOMPARE(object.keys(), (QStringList { "id", "title", "version" }));
            QCOMPARE(object.value("version").toInt(), 1);
            QVERIFY(!object.value("title").toString().isEmpty());
            ids << object.value("id").toString();
        }
        ids.sort();
        QCOMPARE(ids, kBundledIds);
    }

    void showsAsText()
    {
        const Run run = tool({ "referentiel", "show", "cqp-conseiller-entreprise" });
        QCOMPARE(run.status, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.startsWith(QStringLiteral("CQP Conseiller Entreprise\n")));
        for (const char *id : { "CP1", "CP10", "CT1", "CT3", "B1", "B3" })
            QVERIFY2(text.contains(QStringLiteral("\n    %1  ").arg(QLatin1String(id)))
                         || text.contains(QStringLiteral("\n  %1  ").arg(QLatin1String(id))),
                     id);
        QVERIFY(text.contains(QStringLiteral("4/5")));
    }

    void showsTheDocumentAsJson()
    {
        const Run run = tool(
            { "referentiel", "show", "cqp-conseiller-offres-service-securite-sociale", "--json" });
        QCOMPARE(run.status, 0);
        const QJsonObject document = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(document.value("id").toString(),
                 QStringLiteral("cqp-conseiller-offres-service-securite-sociale"));
        QCOMPARE(document.value("format").toInt(), 1);
        QCOMPARE(document.value("blocs").toArray().size(), 4);
    }

    void refusesUnknownReferentiel()
    {
        const Run run = tool({ "referentiel", "show", "cqp-inconnu" });
        QCOMPARE(run.status, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("Unknown référentiel \"cqp-inconnu\""), run.err.constData());
    }

    void validatesAGoodFile()
    {
        const Run run = tool({ "referentiel", "validate",
                               QStringLiteral(JALON_TEST_DATA "/referentiel/minimal.json") });
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains("valid référentiel test-minimal, version 1"),
                 run.out.constData());
        const Run json = tool({ "referentiel", "validate", "--json",
                                QStringLiteral(JALON_TEST_DATA "/referentiel/minimal.json") });
        QCOMPARE(json.status, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value("valid").toBool(), true);
    }

    void reportsAnInvalidFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QFile source(QStringLiteral(JALON_TEST_DATA "/referentiel/minimal.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        file.write(source.readAll().replace("\"B1\"]", "\"B7\"]"));
        file.close();

        const Run run = tool({ "referentiel", "validate", path });
        QCOMPARE(run.status, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(
                     "broken.json: /functions/0/activities/0/blocs/0: \"B7\" names no bloc"),
                 run.err.constData());

        const Run json = tool({ "referentiel", "validate", "--json", path });
        QCOMPARE(json.status, 1);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value("valid").toBool(), false);
        QCOMPARE(report.value("pointer").toString(),
                 QStringLiteral("/functions/0/activities/0/blocs/0"));
    }

    void reportsMissingFile()
    {
        const Run run = tool({ "referentiel", "validate", "/nonexistent/ref.json" });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains("cannot be read"), run.err.constData());
    }

    void canonicalizesStandardInput()
    {
        const Run run = tool({ "canon" }, "{ \"b\": [1.50, 1E3, -0], \"a\": \"\\u00e9\" }\n");
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, QByteArray("{\"a\":\"\xc3\xa9\",\"b\":[1.5,1000,0]}"));
        QVERIFY(run.err.isEmpty());
    }

    void canonRefusesBadJson()
    {
        const Run run = tool({ "canon" }, "{\"a\": 1, \"a\": 2}");
        QCOMPARE(run.status, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("appears twice"), run.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown group") << QStringList { "frobnicate" };
        QTest::newRow("unknown subcommand") << QStringList { "referentiel", "delete" };
        QTest::newRow("show without id") << QStringList { "referentiel", "show" };
        QTest::newRow("validate without file") << QStringList { "referentiel", "validate" };
        QTest::newRow("unknown option") << QStringList { "referentiel", "list", "--yaml" };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = tool(arguments);
        QCOMPARE(run.status, 2);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJalonTool)
#include "tst_jalontool.moc"
