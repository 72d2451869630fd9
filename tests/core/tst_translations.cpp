// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations as a person reads them: every string translated, the same
// placeholders as the source, and one word for each thing in French (a person who
// reads "phrase secrète" on one screen and "phrase de passe" on the next wonders whether
// they are two secrets).
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString source;
    QStringList forms; ///< the translation, or its numerus forms
    QString type; ///< "unfinished", "vanished"… or empty when done
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("message")) {
            messages << current;
            current = Message();
        } else if (token == QXmlStreamReader::StartElement
                   && xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (token == QXmlStreamReader::StartElement
                   && xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plain text, or numerus forms (the whitespace between them is not a form).
            QString text;
            QStringList forms;
            while (!xml.atEnd()) {
                const QXmlStreamReader::TokenType inner = xml.readNext();
                if (inner == QXmlStreamReader::EndElement
                    && xml.name() == QLatin1String("translation"))
                    break;
                if (inner == QXmlStreamReader::StartElement
                    && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
                else if (inner == QXmlStreamReader::Characters)
                    text += xml.text();
            }
            current.forms = forms.isEmpty() ? QStringList { text } : forms;
        }
    }
    return xml.hasError() ? QList<Message>() : messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found << match.captured(0);
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("fr") << QStringLiteral(JALON_I18N_DIR "/jalon_fr.ts");
        QTest::newRow("en") << QStringLiteral(JALON_I18N_DIR "/jalon_en.ts");
    }

    void everyStringTranslated()
    {
        QFETCH(QString, file);
        const QList<Message> messages = readTs(file);
        QVERIFY2(messages.size() > 1000, qPrintable(file));
        for (const Message &message : messages) {
            QVERIFY2(message.type.isEmpty(),
                     qPrintable(QStringLiteral("%1: \"%2\"").arg(message.type, message.source)));
            // Every form says what the source says: %1 left out is a value never shown.
            for (const QString &form : message.forms) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(message.source));
                QCOMPARE(placeholders(form) - QSet<QString> { QStringLiteral("%n") },
                         placeholders(message.source) - QSet<QString> { QStringLiteral("%n") });
            }
        }
    }

    // One word for each thing, and none of the engineer's.
    void frenchSaysEachThingOneWay()
    {
        const QList<std::pair<QString, QString>> instead {
            { QStringLiteral("phrase secrète"), QStringLiteral("phrase de passe") },
            { QStringLiteral("mot de passe"), QStringLiteral("phrase de passe") },
            { QStringLiteral("code d'inscription"), QStringLiteral("code de rattachement") },
            { QStringLiteral(" bits"), QStringLiteral("words a candidate knows") },
            { QStringLiteral("alimenté"), QStringLiteral("compte pour") },
        };
        for (const Message &message : readTs(QStringLiteral(JALON_I18N_DIR "/jalon_fr.ts"))) {
            const QString text = message.forms.join(QLatin1Char(' '));
            for (const auto &[word, better] : instead)
                QVERIFY2(
                    !text.contains(word, Qt::CaseInsensitive),
                    qPrintable(QStringLiteral("\"%1\" in \"%2\": say %3").arg(word, text, better)));
        }
    }

    // A count is told with %n and its forms, not with "(s)" for the reader to sort out.
    void frenchPluralsAreForms()
    {
        for (const Message &message : readTs(QStringLiteral(JALON_I18N_DIR "/jalon_fr.ts"))) {
            if (message.source.contains(QLatin1String("%n")))
                QVERIFY2(!message.forms.join(QLatin1Char(' ')).contains(QLatin1String("(s)")),
                         qPrintable(message.source));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
