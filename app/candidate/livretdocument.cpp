// SPDX-License-Identifier: GPL-3.0-or-later
// The livret as a document: bloc by bloc, each section's current text.
#include "candidate/livretmodel.h"
#include "export/pdfdocument.h"
#include "referentiel/referentiel.h"
#include "session/session.h"

#include <QLocale>

namespace jalon {

QString LivretModel::html() const
{
    using PdfDocument::escaped;
    if (!m_referentiel || !m_session)
        return {};
    const QString date
        = QLocale().toString(m_session->now().toLocalTime().date(), QLocale::LongFormat);
    QString html = QStringLiteral("<h1>%1</h1><p>%2<br/>%3</p>")
                       .arg(escaped(tr("Livret VAE")), escaped(m_referentiel->certification.title),
                            escaped(QStringLiteral("%1 — %2").arg(m_session->name(), date)));
    for (const Bloc &bloc : m_referentiel->blocs) {
        html += QStringLiteral("<h2>%1 — %2</h2>").arg(escaped(bloc.id), escaped(bloc.title));
        for (const Competence &competence : bloc.competences) {
            // A section in a one-row table: Qt's layout moves a row that does not fit to
            // the next page whole, so a heading never ends a page without its text.
            html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td>");
            html += QStringLiteral("<h3>%1 — %2</h3>")
                        .arg(escaped(competence.id), escaped(competence.label));
            const QString text = shownText(competence.id);
            if (text.trimmed().isEmpty())
                html += QStringLiteral("<p class='muted'>%1</p>").arg(escaped(tr("No text yet.")));
            else
                html += QStringLiteral("<p>%1</p>").arg(escaped(text));
            if (sectionOf(competence.id).hasConflict())
                html += QStringLiteral("<p class='muted'>%1</p>")
                            .arg(escaped(
                                tr("Another version of this section is waiting for your choice.")));
            html += QStringLiteral("</td></tr></table>");
        }
    }
    return html;
}

QString LivretModel::exportPdf()
{
    if (!m_referentiel || !m_session)
        return {};
    return exportDocument(QStringLiteral("livret-vae-%1.pdf").arg(m_referentiel->id),
                          tr("Livret VAE"), html());
}

} // namespace jalon
