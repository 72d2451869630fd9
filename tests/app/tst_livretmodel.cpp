// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidate/livretmodel.h"
#include "journal/eventkinds.h"
#include "sessionfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <memory>

using namespace jalon;

namespace {

const QString ReferentielId = QStringLiteral("cqp-conseiller-entreprise");
const QString Passphrase = QStringLiteral("Le tuteur arrive à 9 h le mardi"); // the fixture's

/// A model on the fixture's session, checked by QAbstractItemModelTester all along.
struct Livret
{
    explicit Livret(Session *session) { model.setSession(session); }
    LivretModel model;
    QAbstractItemModelTester tester { &model,
                                      QAbstractItemModelTester::FailureReportingMode::QtTest };
};

QString draftInVault(Session &session, const QString &section)
{
    auto drafts = LivretProjection::drafts(*session.database(), session.userId());
    for (const LivretProjection::Draft &draft : drafts.value_or(QList<LivretProjection::Draft>())) {
        if (draft.section == section)
            return draft.text;
    }
    return {};
}

// An edit of `base` made on another device of the candidate, then synced.
bool receiveEdit(Session &session, const QString &section, const QString &base, const QString &text)
{
    const bool appended
        = bool(session.journal()->append({ QLatin1String(EventKinds::LivretEdit),
                                           session.userId(),
                                           { { QStringLiteral("referentiel"), ReferentielId },
                                             { QStringLiteral("version"), 1 },
                                             { QStringLiteral("section"), section },
                                             { QStringLiteral("base"), base },
                                             { QStringLiteral("text"), text } } }));
    session.tellWhatMoved(); // what a sync does once events came in
    return appended;
}

bool lockAndUnlock(SessionFixture &f)
{
    f.session.lock();
    if (f.session.isOpen())
        return false;
    f.session.unlock(Passphrase);
    return QTest::qWaitFor([&] { return f.session.isOpen(); }, 10000);
}

QVariant rowData(const LivretModel &model, const QString &section, int role)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(LivretModel::SectionIdRole).toString() == section)
            return index.data(role);
    }
    return {};
}

} // namespace

class TestLivretModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sectionsAreTheCompetences()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        Livret livret(&f.session);
        LivretModel &model = livret.model;
        QCOMPARE(model.count(), 13);
        QStringList ids;
        QStringList blocs;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids << model.index(row).data(LivretModel::SectionIdRole).toString();
            blocs << model.index(row).data(LivretModel::BlocIdRole).toString();
            QVERIFY(!model.index(row).data(LivretModel::TitleRole).toString().isEmpty());
            QVERIFY(!model.index(row).data(LivretModel::UpdatedAtRole).toDateTime().isValid());
        }
        QCOMPARE(ids,
                 QStringList({ "CP1", "CP2", "CP3", "CP4", "CT1", "CP5", "CP6", "CP7", "CP8", "CT2",
                               "CP9", "CP10", "CT3" }));
        QCOMPARE(blocs.count(QStringLiteral("B1")), 5);
        QCOMPARE(blocs.count(QStringLiteral("B2")), 5);
        QCOMPARE(blocs.count(QStringLiteral("B3")), 3);
        QCOMPARE(model.draftedCount(), 0);
        QCOMPARE(model.totalWords(), 0);
        QCOMPARE(model.guidingQuestions().size(), 4);
        QVERIFY(model.roleNames().values().contains("hasConflict"));
        QVERIFY(model.section(QStringLiteral("B9")).isEmpty());
        const QVariantMap section = model.section(QStringLiteral("CP9"));
        QCOMPARE(section.value("id").toString(), QStringLiteral("CP9"));
        QVERIFY(section.value("history").toList().isEmpty());
    }

    void noWordIsLostOnACrashOrALock()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        const QString text = QStringLiteral("J'ai accompagné un adhérent au téléphone");
        const qint64 events = f.session.journal()->count();
        {
            Livret livret(&f.session);
            livret.model.setDraft(QStringLiteral("CP1"), text);
            QCOMPARE(livret.model.section(QStringLiteral("CP1")).value("text").toString(), text);
            QVERIFY(livret.model.section(QStringLiteral("CP1")).value("hasDraft").toBool());
            QCOMPARE(rowData(livret.model, QStringLiteral("CP1"), LivretModel::WordsRole).toInt(),
                     6);
            QCOMPARE(livret.model.draftedCount(), 1);
            // In the vault within a second (some slack for a loaded machine), without any event.
            QTRY_COMPARE_WITH_TIMEOUT(draftInVault(f.session, QStringLiteral("CP1")), text, 1500);
            QCOMPARE(f.session.journal()->count(), events);
            // What a model started after a crash finds.
            Livret restarted(&f.session);
            QCOMPARE(restarted.model.section(QStringLiteral("CP1")).value("text").toString(), text);
        }
        // The models are gone (as in a crash): locking records nothing, the draft stays.
        QVERIFY(lockAndUnlock(f));
        QCOMPARE(f.session.journal()->count(), events);
        Livret livret(&f.session);
        QVERIFY(rowData(livret.model, QStringLiteral("CP1"), LivretModel::HasDraftRole).toBool());
        QCOMPARE(livret.model.section(QStringLiteral("CP1")).value("text").toString(), text);
    }

    void commitRecordsOnlyAChange()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        Livret livret(&f.session);
        LivretModel &model = livret.model;
        const qint64 events = f.session.journal()->count();
        QVERIFY(model.commit(QStringLiteral("CP2"))); // no draft: nothing to record
        model.setDraft(QStringLiteral("CP2"), QStringLiteral("Premier jet"));
        QVERIFY(model.commit(QStringLiteral("CP2")));
        QCOMPARE(f.session.journal()->count(), events + 1);
        QVERIFY(!model.section(QStringLiteral("CP2")).value("hasDraft").toBool());
        QCOMPARE(model.section(QStringLiteral("CP2")).value("text").toString(),
                 QStringLiteral("Premier jet"));
        QVERIFY(rowData(model, QStringLiteral("CP2"), LivretModel::UpdatedAtRole)
                    .toDateTime()
                    .isValid());
        QVERIFY(draftInVault(f.session, QStringLiteral("CP2")).isEmpty());
        QVERIFY(model.commit(QStringLiteral("CP2")));
        // Typing back the recorded text is no change either.
        model.setDraft(QStringLiteral("CP2"), QStringLiteral("Premier jet modifié"));
        model.setDraft(QStringLiteral("CP2"), QStringLiteral("Premier jet"));
        QVERIFY(model.commit(QStringLiteral("CP2")));
        QCOMPARE(f.session.journal()->count(), events + 1);
        QVERIFY(!rowData(model, QStringLiteral("CP2"), LivretModel::HasDraftRole).toBool());
    }

    void lockingCommitsTheDrafts()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        Livret livret(&f.session);
        const qint64 events = f.session.journal()->count();
        livret.model.setDraft(QStringLiteral("CP5"), QStringLiteral("Synthèse des données"));
        livret.model.setDraft(QStringLiteral("CT2"), QStringLiteral("Démarche efficace"));
        QCOMPARE(livret.model.count(), 13);
        QVERIFY(lockAndUnlock(f)); // no wait: the lock itself records them
        QCOMPARE(f.session.journal()->count(), events + 2);
        QVERIFY(!livret.model.section(QStringLiteral("CP5")).value("hasDraft").toBool());
        QCOMPARE(livret.model.section(QStringLiteral("CP5")).value("text").toString(),
                 QStringLiteral("Synthèse des données"));
        QCOMPARE(livret.model.section(QStringLiteral("CT2")).value("text").toString(),
                 QStringLiteral("Démarche efficace"));
        QCOMPARE(livret.model.totalWords(), 5);
    }

    void historyIsNewestFirstAndRestoreMakesAVersion()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        Livret livret(&f.session);
        LivretModel &model = livret.model;
        const QString section = QStringLiteral("CP3");
        model.setDraft(section, QStringLiteral("Version une"));
        QVERIFY(model.commit(section));
        model.setDraft(section, QStringLiteral("Version deux, plus longue"));
        QVERIFY(model.commit(section));
        QVariantList history = model.section(section).value("history").toList();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].toMap().value("text").toString(),
                 QStringLiteral("Version deux, plus longue"));
        QCOMPARE(history[0].toMap().value("words").toInt(), 4);
        QCOMPARE(history[1].toMap().value("text").toString(), QStringLiteral("Version une"));
        QCOMPARE(history[1].toMap().value("author").toString(), QStringLiteral("you"));
        QVERIFY(history[1].toMap().value("at").toDateTime().isValid());
        const QString first = history[1].toMap().value("id").toString();
        QCOMPARE(first.size(), 43);

        model.setDraft(section, QStringLiteral("Brouillon abandonné"));
        const qint64 events = f.session.journal()->count();
        QVERIFY(model.restore(section, first));
        QCOMPARE(f.session.journal()->count(), events + 1);
        const QVariantMap restored = model.section(section);
        QCOMPARE(restored.value("text").toString(), QStringLiteral("Version une"));
        QVERIFY(!restored.value("hasDraft").toBool());
        history = restored.value("history").toList();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].toMap().value("text").toString(), QStringLiteral("Version une"));
        QVERIFY(history[0].toMap().value("id").toString() != first);
        QVERIFY(restored.value("conflict").toList().isEmpty());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not found")));
        QVERIFY(!model.restore(section, QStringLiteral("unknown")));
    }

    void aConflictShowsBothTextsUntilResolved()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        Livret livret(&f.session);
        LivretModel &model = livret.model;
        const QString section = QStringLiteral("CP4");
        model.setDraft(section, QStringLiteral("Base commune"));
        QVERIFY(model.commit(section));
        const QString base
            = model.section(section).value("history").toList()[0].toMap().value("id").toString();
        model.setDraft(section, QStringLiteral("Texte de la tablette"));
        QVERIFY(model.commit(section));
        QVERIFY(receiveEdit(f.session, section, base, QStringLiteral("Texte du téléphone")));
        QVERIFY(rowData(model, section, LivretModel::HasConflictRole).toBool());
        QCOMPARE(model.conflictCount(), 1);
        QStringList texts;
        for (const QVariant &head : model.section(section).value("conflict").toList())
            texts << head.toMap().value("text").toString();
        texts.sort();
        QCOMPARE(texts, QStringList({ "Texte de la tablette", "Texte du téléphone" }));

        const qint64 events = f.session.journal()->count();
        QVERIFY(
            model.resolveConflict(section, QStringLiteral("Texte de la tablette et du téléphone")));
        QCOMPARE(f.session.journal()->count(), events + 1);
        QVERIFY(!rowData(model, section, LivretModel::HasConflictRole).toBool());
        QCOMPARE(model.conflictCount(), 0);
        const QVariantMap resolved = model.section(section);
        QVERIFY(resolved.value("conflict").toList().isEmpty());
        QCOMPARE(resolved.value("text").toString(),
                 QStringLiteral("Texte de la tablette et du téléphone"));
        auto last = f.session.journal()->events(events, 1);
        QVERIFY(last && last->size() == 1);
        QCOMPARE(last->first().body.value(QStringLiteral("merges")).toArray().size(), 1);
    }

    void anEditArrivingWhileTypingIsNotOverwritten()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        Livret livret(&f.session);
        LivretModel &model = livret.model;
        const QString section = QStringLiteral("CP6");
        model.setDraft(section, QStringLiteral("Orientation du dossier"));
        QVERIFY(model.commit(section));
        const QString head
            = model.section(section).value("history").toList()[0].toMap().value("id").toString();
        model.setDraft(section, QStringLiteral("Orientation du dossier vers le service"));
        QVERIFY(receiveEdit(f.session, section, head,
                            QStringLiteral("Orientation faite au téléphone")));
        // The typing stays on screen; recorded, it sits beside the other edit.
        QCOMPARE(model.section(section).value("text").toString(),
                 QStringLiteral("Orientation du dossier vers le service"));
        QVERIFY(model.commit(section));
        QCOMPARE(model.section(section).value("conflict").toList().size(), 2);
        QCOMPARE(model.conflictCount(), 1);
    }

    void countsWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("spaces only") << QStringLiteral("   \t ") << 0;
        QTest::newRow("one word") << QStringLiteral("Bonjour") << 1;
        QTest::newRow("sentence") << QStringLiteral("J'accueille les adhérents.") << 3;
        QTest::newRow("elision") << QStringLiteral("l'expérience") << 1;
        QTest::newRow("typographic apostrophe")
            << QStringLiteral("l’expérience d’un conseiller") << 3;
        QTest::newRow("compound") << QStringLiteral("peut-être aujourd'hui") << 2;
        QTest::newRow("multiple spaces") << QStringLiteral("un   deux     trois") << 3;
        QTest::newRow("newlines") << QStringLiteral("un\ndeux\n\n\ntrois\r\n") << 3;
        QTest::newRow("dash between words") << QStringLiteral("appel - rappel -- fin") << 3;
        QTest::newRow("apostrophe at the end") << QStringLiteral("les clients' dossiers") << 3;
        QTest::newRow("numbers") << QStringLiteral("12 appels en 2024 : 85 %") << 5;
        QTest::newRow("punctuation only") << QStringLiteral("… — ! ?") << 0;
        QTest::newRow("decomposed accents") << QStringLiteral("e\u0301te\u0301 re\u0301ussi") << 2;
        QTest::newRow("greek") << QStringLiteral("Γειά σου κόσμε") << 3;
        QTest::newRow("arabic") << QStringLiteral("مرحبا بالعالم") << 2;
        QTest::newRow("ideographs") << QStringLiteral("日本語") << 3;
    }

    void countsWords()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(LivretModel::wordCount(text), words);
    }

    void exportsThePdf()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        Livret livret(&f.session);
        livret.model.setDraft(QStringLiteral("CP10"),
                              QStringLiteral("Mail de synthèse <envoyé> au client"));
        const QString html = livret.model.html();
        QVERIFY(html.contains(QStringLiteral("Mail de synthèse &lt;envoyé&gt; au client")));
        QVERIFY(html.contains(QStringLiteral("No text yet.")));
        QVERIFY(html.contains(QStringLiteral("Camille Martin")));
        const QString path = livret.model.exportPdf();
        QVERIFY(path.endsWith(QStringLiteral("livret-vae-cqp-conseiller-entreprise.pdf")));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(4) == "%PDF");
        pdf.close();
        QFile::remove(path);
    }

    // A competence's heading never ends a page with its text on the next one: sections of
    // many lengths put some heading near the foot of a page (poppler's pdftotext reads
    // each page back).
    void keepsEachHeadingWithItsText()
    {
        SessionFixture f;
        QVERIFY(f.open(ReferentielId));
        Livret livret(&f.session);
        qsizetype written = 0;
        const QStringList ids { QStringLiteral("CP1"), QStringLiteral("CP2"), QStringLiteral("CP3"),
                                QStringLiteral("CP4"), QStringLiteral("CP5"), QStringLiteral("CP6"),
                                QStringLiteral("CP7"), QStringLiteral("CP8"), QStringLiteral("CP9"),
                                QStringLiteral("CP10") };
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QString text = QStringLiteral("Début%1 ").arg(ids[i]);
            // The last one longer than a page: it runs on, none of it lost.
            const qsizetype words = ids[i] == QLatin1String("CP10") ? 1500 : 60 + 37 * i;
            for (qsizetype w = 0; w < words; ++w)
                text += QStringLiteral("mot42 ");
            written += words;
            livret.model.setDraft(ids[i], text + QStringLiteral("Fin") + ids[i]);
        }
        const QString path = livret.model.exportPdf();
        QVERIFY(!path.isEmpty());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), { path });
        QVERIFY(info.waitForFinished(30000));
        const QRegularExpressionMatch pages
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                  .match(QString::fromUtf8(info.readAllStandardOutput()));
        QVERIFY(pages.hasMatch());
        QStringList pageTexts;
        for (int page = 1; page <= pages.captured(1).toInt(); ++page) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"),
                       { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                         QString::number(page), path, QStringLiteral("-") });
            QVERIFY(text.waitForFinished(30000));
            pageTexts << QString::fromUtf8(text.readAllStandardOutput());
        }
        QVERIFY(pageTexts.size() > 2);
        const auto pageOf = [&](const QString &words) {
            for (qsizetype p = 0; p < pageTexts.size(); ++p) {
                if (pageTexts[p].contains(words))
                    return p;
            }
            return qsizetype(-1);
        };
        for (const QString &id : ids) {
            const qsizetype heading = pageOf(id + QStringLiteral(" — "));
            QVERIFY2(heading >= 0, qPrintable(id));
            QCOMPARE(pageOf(QStringLiteral("Début") + id), heading);
            QVERIFY2(pageOf(QStringLiteral("Fin") + id) >= heading, qPrintable(id));
        }
        // Every word is on some page: a section split over pages loses no line at the cut.
        QCOMPARE(pageTexts.join(QLatin1Char(' ')).count(QStringLiteral("mot42")), written);
        QFile::remove(path);
    }
};

QTEST_MAIN(TestLivretModel)
#include "tst_livretmodel.moc"
