// SPDX-License-Identifier: GPL-3.0-or-later
// The carnet as a document for HR and a jury: per bloc and competence, each attestation.
#include "candidate/carnetmodel.h"
#include "candidate/carnetwords.h"
#include "crypto/sha256.h"
#include "export/pdfdocument.h"
#include "journal/event.h"
#include "journal/eventkinds.h"
#include "projections/orgprojection.h"
#include "session/session.h"
#include "sync/dossier/dossierexporter.h"
#include "sync/syncclient.h"
#include "vault/sqlitedatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace jalon {

using namespace CarnetWords;
using CarnetProjection::StoredAttestation;

struct CarnetModel::Proofs
{
    QHash<QByteArray, QByteArray> signatures; ///< attestation id → its Ed25519 signature
    QHash<QByteArray, qint64> logIndexes; ///< attestation id → index in the centre's log
};

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
                       .arg(escaped(tr("Carnet de suivi des compétences")),
                            escaped(m_referentiel->certification.title),
                            escaped(tr("%1 — %2 of %3 competences acquired, %4 attestations")
                                        .arg(subjectName(), QString::number(acquiredCount()),
                                             QString::number(count()),
                                             QString::number(attestationCount()))));
    if (isObtained())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(tr("Every bloc is validated: the certification is obtained.")));
    Proofs proofs;
    if (SqliteDatabase *db = m_session->database()) {
        if (auto signatures = CarnetProjection::signatures(*db, subject()))
            proofs.signatures = std::move(*signatures);
        else
            m_session->reportError(
                tr("The carnet cannot be read: %1").arg(signatures.error().message()));
        proofs.logIndexes = SyncClient::logIndexes(*db);
    }
    for (int b = 0; b < m_progress.blocs.size(); ++b) {
        html += blocHtml(b);
        for (const Row &row : m_rows) {
            if (row.bloc == b)
                html += competenceHtml(row, proofs);
        }
    }
    return html + verificationHtml();
}

QString CarnetModel::verificationHtml() const
{
    using PdfDocument::escaped;
    const QStringList paragraphs {
        tr("Each attestation is an event signed on the signer's own device with an Ed25519 key "
           "that the "
           "certification centre enrolled for that person. The event id is the SHA-256 of the "
           "signed event "
           "written as canonical JSON (RFC 8785); the signature fingerprint is the start of the "
           "SHA-256 of "
           "its signature."),
        tr("When the centre received an attestation, it added it to its append-only public log, a "
           "Merkle "
           "tree (RFC 6962): the log index says where. Anyone can read the log's signed checkpoint "
           "(GET /v1/checkpoint) and its inclusion and consistency proofs, which hold hashes only, "
           "so that "
           "an attestation cannot be removed or changed afterwards without it showing."),
        tr("To check this carnet, take its jury bundle (\"For the jury\" on the carnet page in "
           "Jalon): it holds every "
           "attestation, withdrawal and bloc result with the centre's events that say who was "
           "enrolled, in "
           "which role and assigned to whom, and a proof of each against one signed checkpoint. "
           "Open "
           "verify.html, written beside it, in a browser and choose the bundle, or run "
           "\"jalon-tool dossier verify BUNDLE --key KEY\" with the centre's log key; both work "
           "offline. "
           "Compare the centre's key fingerprint they show with the one the centre publishes. An "
           "attestation without a log index has not reached the centre yet: it counts on the "
           "devices that "
           "hold it, not yet for the centre.")
    };
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(tr("How to verify this carnet")));
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(escaped(paragraph));
    if (!juryBundleHash().isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(
                        tr("Jury bundle: %1, SHA-256 %2 (sha256sum gives the same for the file)")
                            .arg(QFileInfo(juryBundle()).fileName(), juryBundleHash())));
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
        result = tr("Not validated by the evaluator on %1.")
                     .arg(locale.toString(progress.evaluation->date, QLocale::LongFormat));
    return QStringLiteral("<h2>%1 — %2</h2><p><b>%3</b> — %4<br/>%5</p>")
        .arg(escaped(m_referentiel->blocs[bloc].id), escaped(m_referentiel->blocs[bloc].title),
             escaped(statusText(progress.status)),
             escaped(tr("%1 of %2 competences acquired (threshold %3 %)")
                         .arg(progress.acquired)
                         .arg(progress.total)
                         .arg(percent(threshold))),
             escaped(result));
}

QString CarnetModel::competenceHtml(const Row &row, const Proofs &proofs) const
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
            const auto known
                = std::find_if(competence.criteria.cbegin(), competence.criteria.cend(),
                               [&](const Criterion &c) { return c.id == id; });
            criteria << escaped(
                known == competence.criteria.cend() ? id : id + QLatin1Char(' ') + known->label);
        }
        const QString signer = attesterName(a.attester);
        const auto logIndex = proofs.logIndexes.constFind(a.id);
        const QString logged = logIndex != proofs.logIndexes.cend()
            ? tr("log index %1").arg(*logIndex)
            : tr("not yet received by the centre");
        const QString proof
            = QStringLiteral("%1<br/>%2<br/>%3")
                  .arg(
                      escaped(tr("id %1").arg(toIdText(a.id))),
                      escaped(tr("signature %1").arg(fingerprintOf(proofs.signatures.value(a.id)))),
                      escaped(logged));
        current << QStringLiteral("<tr><td>%1<br/>%2</td><td>%3</td><td>%4</td><td>%5</td><td "
                                  "class='muted'>%6</td></tr>")
                       .arg(escaped(signer.isEmpty() ? tr("unknown signer") : signer),
                            escaped(roleText(a.role)),
                            escaped(QLocale().toString(a.observedOn, QLocale::ShortFormat)),
                            escaped(a.situation), criteria.join(QStringLiteral("<br/>")), proof);
    }
    if (current.isEmpty())
        return html
            + QStringLiteral("<p class='muted'>%1</p>").arg(escaped(tr("No current attestation.")));
    return html
        + QStringLiteral("<table width='100%'><tr><th width='15%'>%1</th><th "
                         "width='11%'>%2</th><th width='22%'>%3</th>"
                         "<th width='32%'>%4</th><th width='20%'>%5</th></tr>")
              .arg(escaped(tr("Signed by")), escaped(tr("Observed on")), escaped(tr("Situation")),
                   escaped(tr("Criteria validated")), escaped(tr("Verification")))
        + current.join(QString()) + QStringLiteral("</table>");
}

QString CarnetModel::exportPdf()
{
    if (!m_referentiel || !m_session)
        return {};
    return exportDocument(QStringLiteral("carnet-%1.pdf").arg(m_referentiel->id),
                          tr("Carnet de suivi des compétences"), html());
}

QString CarnetModel::juryBundle() const
{
    SqliteDatabase *database = m_session ? m_session->database() : nullptr;
    return database ? DossierExporter::lastExport(*database).first : QString();
}

QString CarnetModel::juryBundleHash() const
{
    SqliteDatabase *database = m_session ? m_session->database() : nullptr;
    return database ? DossierExporter::lastExport(*database).second : QString();
}

void CarnetModel::exportForJury()
{
    if (!m_session || m_juryExporter)
        return;
    if (!m_session->isJoined() || !m_session->syncClient() || !m_session->openVault()) {
        m_session->reportError(
            tr("The jury bundle needs the certification centre: join it first (Settings)."));
        return;
    }
    const QString candidate = subject();
    const QString path
        = QDir(PdfDocument::folder())
              .filePath(QStringLiteral("dossier-jury-%1-%2.jalon-dossier.json")
                            .arg(candidate, m_session->today().toString(Qt::ISODate)));
    m_juryExporter = new DossierExporter(*m_session->openVault(), *m_session->syncClient(), this);
    connect(m_juryExporter, &DossierExporter::progress, this, [this](const QString &step) {
        m_juryStep = step;
        Q_EMIT juryExportChanged();
    });
    connect(m_juryExporter, &DossierExporter::finished, this,
            [this](bool ok, const QString &message) {
                m_juryExporter->deleteLater();
                m_juryExporter = nullptr;
                m_juryStep.clear();
                if (!ok)
                    m_session->reportError(tr("The jury bundle was not written: %1").arg(message));
                Q_EMIT juryExportChanged();
            });
    // A lock while it runs ends it: the vault it writes to is going.
    connect(m_session, &Session::aboutToLock, m_juryExporter, [this] {
        m_juryExporter->deleteLater();
        m_juryExporter = nullptr;
        Q_EMIT juryExportChanged();
    });
    m_juryExporter->exportTo(candidate, path);
    Q_EMIT juryExportChanged();
}

} // namespace jalon
