// SPDX-License-Identifier: GPL-3.0-or-later
// The carnet as a document for HR and a jury: per bloc and competence, each attestation.
#include "candidate/carnetmodel.h"

#include "candidate/carnetwords.h"
#include "export/pdfdocument.h"
#include "projections/orgprojection.h"
#include "session/session.h"

#include <QLocale>

namespace jalon {

using namespace CarnetWords;
using CarnetProjection::StoredAttestation;

QString CarnetModel::subjectName() const
{
    if (SqliteDatabase *db = m_session ? m_session->database() : nullptr) {
        if (auto user = OrgProjection::user(*db, subject()); user && *user)
            return (*user)->name;
    }
    return m_candidateId.isEmpty() && m_session ? m_session->name() : m_candidateId;
}

QString CarnetModel::html() const
{
    using PdfDocument::escaped;
    if (!m_referentiel || !m_session)
        return {};
    QString html = QStringLiteral("<h1>%1</h1><p>%2<br/>%3</p>")
                       .arg(escaped(tr("Carnet de suivi des compétences")), escaped(m_referentiel->certification.title),
                            escaped(tr("%1 — %2 of %3 competences acquired, %4 attestations")
                                        .arg(subjectName(), QString::number(acquiredCount()), QString::number(count()),
                                             QString::number(attestationCount()))));
    if (isObtained())
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(tr("Every bloc is validated: the certification is obtained.")));
    for (int b = 0; b < m_progress.blocs.size(); ++b) {
        html += blocHtml(b);
        for (const Row &row : m_rows) {
            if (row.bloc == b)
                html += competenceHtml(row);
        }
    }
    return html;
}

QString CarnetModel::blocHtml(int bloc) const
{
    using PdfDocument::escaped;
    const QLocale locale;
    const BlocProgress &progress = m_progress.blocs[bloc];
    const Fraction threshold = m_referentiel->rules.competenceThreshold;
    QString result;
    if (!progress.evaluation)
        result = tr("No evaluation recorded.");
    else if (progress.evaluation->validated)
        result = tr("Validated by the evaluator on %1, valid until %2.")
                     .arg(locale.toString(progress.evaluation->date, QLocale::LongFormat),
                          locale.toString(progress.validUntil, QLocale::LongFormat));
    else
        result = tr("Not validated by the evaluator on %1.").arg(locale.toString(progress.evaluation->date, QLocale::LongFormat));
    return QStringLiteral("<h2>%1 — %2</h2><p><b>%3</b> — %4<br/>%5</p>")
        .arg(escaped(m_referentiel->blocs[bloc].id), escaped(m_referentiel->blocs[bloc].title),
             escaped(statusText(progress.status)),
             escaped(tr("%1 of %2 competences acquired (threshold %3 %)")
                         .arg(progress.acquired).arg(progress.total).arg(percent(threshold))),
             escaped(result));
}

QString CarnetModel::competenceHtml(const Row &row) const
{
    using PdfDocument::escaped;
    const Competence &competence = competenceOf(row);
    QString html = QStringLiteral("<h3>%1 %2 — %3</h3>")
                       .arg(escaped(competence.id), escaped(competence.label),
                            escaped(statusText(m_progress.competences[row.progressIndex])));
    QStringList current;
    for (const int i : row.attestations) {
        const StoredAttestation &a = m_attestations[i];
        if (!a.revokedBy.isEmpty())
            continue;
        QStringList criteria;
        for (const QString &id : a.criteria) {
            const auto known = std::find_if(competence.criteria.cbegin(), competence.criteria.cend(),
                                            [&](const Criterion &c) { return c.id == id; });
            criteria << escaped(known == competence.criteria.cend() ? id : id + QLatin1Char(' ') + known->label);
        }
        const QString signer = attesterName(a.attester);
        current << QStringLiteral("<tr><td>%1<br/>%2</td><td>%3</td><td>%4</td><td>%5</td><td class='muted'>%6</td></tr>")
                       .arg(escaped(signer.isEmpty() ? tr("unknown signer") : signer), escaped(roleText(a.role)),
                            escaped(QLocale().toString(a.observedOn, QLocale::ShortFormat)), escaped(a.situation),
                            criteria.join(QStringLiteral("<br/>")), escaped(toIdText(a.id)));
    }
    if (current.isEmpty())
        return html + QStringLiteral("<p class='muted'>%1</p>").arg(escaped(tr("No current attestation.")));
    return html
        + QStringLiteral("<table width='100%'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
              .arg(escaped(tr("Signed by")), escaped(tr("Observed on")), escaped(tr("Situation")),
                   escaped(tr("Criteria validated")), escaped(tr("Event")))
        + current.join(QString()) + QStringLiteral("</table>");
}

QString CarnetModel::exportPdf()
{
    if (!m_referentiel || !m_session)
        return {};
    auto written = PdfDocument::write(QStringLiteral("carnet-%1.pdf").arg(m_referentiel->id),
                                      tr("Carnet de suivi des compétences"), html());
    if (!written) {
        m_session->reportError(written.error().message());
        return {};
    }
    return *written;
}

} // namespace jalon
