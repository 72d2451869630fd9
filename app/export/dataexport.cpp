// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/dataexport.h"

#include "candidate/carnetmodel.h"
#include "candidate/diagnosticmodel.h"
#include "candidate/livretmodel.h"
#include "common/atomicfile.h"
#include "export/pdfdocument.h"
#include "jcs/canonicaljson.h"
#include "session/session.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace jalon {

DataExport::DataExport(QObject *parent)
    : QObject(parent)
{
}

void DataExport::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QString DataExport::run()
{
    if (!m_session || !m_session->journal())
        return {};
    QString folder
        = QDir(PdfDocument::folder())
              .filePath(QStringLiteral("export-%1")
                            .arg(m_session->now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!QDir().mkpath(folder)) {
        m_session->reportError(tr("The folder %1 cannot be created.").arg(folder));
        return {};
    }
    auto events = m_session->journal()->events();
    if (!events) {
        m_session->reportError(events.error().message());
        return {};
    }
    QJsonArray list;
    for (const Event &event : *events)
        list << CanonicalJson::parseDocument(event.canonical()).object();
    auto written = writeFileAtomically(QDir(folder).filePath(QStringLiteral("events.json")),
                                       QJsonDocument(list).toJson(QJsonDocument::Indented));
    if (!written) {
        m_session->reportError(written.error().message());
        return {};
    }
    // The documents, as the pages show them.
    DiagnosticModel diagnostic;
    diagnostic.setSession(m_session);
    LivretModel livret;
    livret.setSession(m_session);
    CarnetModel carnet;
    carnet.setSession(m_session);
    const std::pair<QString, QString> documents[] = {
        { QStringLiteral("auto-diagnostic.pdf"), diagnostic.resultsHtml() },
        { QStringLiteral("livret-vae.pdf"), livret.html() },
        { QStringLiteral("carnet.pdf"), carnet.html() },
    };
    for (const auto &[name, html] : documents) {
        if (html.isEmpty())
            continue;
        if (auto pdf = PdfDocument::write(QDir(folder).filePath(name), name, html); !pdf) {
            m_session->reportError(pdf.error().message());
            return {};
        }
    }
    return folder;
}

} // namespace jalon
