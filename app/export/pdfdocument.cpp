// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageSize>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTextDocument>

namespace jalon::PdfDocument {

namespace {
    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(PdfDocument)
    };
} // namespace

QString folder()
{
    QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                       .filePath(QStringLiteral("Jalon"));
    QDir().mkpath(path);
    return path;
}

Result<QString> write(const QString &fileName, const QString &title, const QString &html)
{
    QString path = QDir::isAbsolutePath(fileName) ? fileName : QDir(folder()).filePath(fileName);
    // Written beside, then renamed: a cut never leaves half a PDF under the final name.
    const QString partial = path + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Jalon"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument document;
        document.setDefaultStyleSheet(QStringLiteral(
            "body { font-family: 'DejaVu Sans'; font-size: 11pt; } h1 { font-size: 18pt; color: "
            "#1F4E79; }"
            " h2 { font-size: 14pt; color: #1F4E79; } h3 { font-size: 12pt; } td, th { padding: "
            "3px; }"
            " th { background-color: #E8EEF5; text-align: left; } .muted { color: #555555; }"));
        document.setHtml(html);
        document.print(&writer);
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return std::unexpected(
            Error { path, {}, Text::tr("the document cannot be written in this folder"), {} });
    }
    return path;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

} // namespace jalon::PdfDocument
