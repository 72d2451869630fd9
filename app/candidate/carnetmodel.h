// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate/sessionlistmodel.h"
#include "projections/carnetprojection.h"
#include "rules/candidateprogress.h"
#include "rules/progressengine.h"

#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QVariantList>
#include <optional>

namespace jalon {

class Session;
struct Referentiel;

/// The carnet de suivi des compétences of the session's candidate: one row per
/// competence of their référentiel, bloc by bloc, with its status under the rules
/// (not started / in progress / acquired); per competence, who attested which criteria,
/// when, in what situation, and whether it reached the server; per bloc, its readiness
/// against the competence threshold and an evaluator's result with its validity end.
/// Everything is computed by the rules engine from the projection, never here.
class CarnetModel : public jalon::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY reloaded)
    Q_PROPERTY(int acquiredCount READ acquiredCount NOTIFY reloaded)
    Q_PROPERTY(int attestationCount READ attestationCount NOTIFY reloaded)
    Q_PROPERTY(bool obtained READ isObtained NOTIFY reloaded)
    /// [{id, title, acquired, total, needed, ready, status, thresholdPercent,
    ///   evaluated, validated, evaluationDate, validUntil}] in the référentiel's order;
    /// status: notStarted, inProgress, ready, validated, expired; needed: competences
    /// still to acquire to reach the threshold.
    Q_PROPERTY(QVariantList blocs READ blocs NOTIFY reloaded)
    /// The candidate's name, as the organisation declared it.
    Q_PROPERTY(QString candidateName READ subjectName NOTIFY reloaded)
    /// "Export for the jury": running, what it does now, and the last bundle written
    /// (its path and SHA-256), for this vault.
    Q_PROPERTY(bool juryExportBusy READ isJuryExportBusy NOTIFY juryExportChanged)
    Q_PROPERTY(QString juryExportStep READ juryExportStep NOTIFY juryExportChanged)
    Q_PROPERTY(QString juryBundle READ juryBundle NOTIFY juryExportChanged)
    Q_PROPERTY(QString juryBundleHash READ juryBundleHash NOTIFY juryExportChanged)

public:
    enum Role {
        CompetenceIdRole = Qt::UserRole + 1,
        LabelRole,
        BlocIdRole,
        BlocTitleRole,
        FirstOfBlocRole, ///< the row opens its bloc: the page titles it
        TransversalRole, ///< bool
        StatusRole, ///< "notStarted", "inProgress", "acquired"
        CriteriaCountRole,
        AttestationCountRole, ///< current (not revoked) attestations
        AttestedByRole, ///< the roles with a current attestation, in words ("tuteur, manager")
    };
    Q_ENUM(Role)

    explicit CarnetModel(QObject *parent = nullptr);

    int count() const { return rowCount(); }
    int acquiredCount() const;
    int attestationCount() const;
    bool isObtained() const { return m_progress.obtained; }
    QVariantList blocs() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// One competence in full: {id, label, status, criteria: [{id, label}],
    ///  attestations: [{id, role, roleName, attester, criteria: [ids], validatedCount,
    ///  reachesThreshold, situation, observedOn, at, synced, refused, loggedAt, loggedLate,
    ///  revoked, revokeReason, own}]}
    /// (`refused`: why the centre refused this device's attestation, empty otherwise)
    /// (`loggedAt`: when the centre logged it, if it said; `loggedLate`: that and `at`, the
    /// time the signer's device claims, are far apart, which a reader should know)
    /// (`own`: signed on this device, so this device may withdraw it)
    /// newest first; `attester` is the signer's name when the organisation told it.
    Q_INVOKABLE QVariantMap competence(const QString &competenceId) const;
    /// The whole carnet as a PDF; returns its path (empty on failure, error reported).
    Q_INVOKABLE QString exportPdf();
    /// The jury bundle (sync/dossier/FORMAT.md) with verify.html beside it, in the
    /// documents folder: syncs, fetches the proofs; juryExportChanged() then tells.
    Q_INVOKABLE void exportForJury();
    /// Withdraws one of this device's own attestations (`attestationId`, base64url) with
    /// the reason in words: a signed carnet.revoke. False, with the problem reported,
    /// when it is not this device's, is already withdrawn, or the reason is empty.
    Q_INVOKABLE bool revoke(const QString &attestationId, const QString &reason);
    /// The evaluator's official result for a bloc: a signed bloc.evaluate.
    Q_INVOKABLE bool evaluate(const QString &blocId, bool validated, const QDate &date,
                              const QString &remarks);
    /// The last valid day of a bloc validated on `date`, under the référentiel's rules.
    Q_INVOKABLE QDate validUntil(const QDate &date) const;

    /// The carnet as HTML (the PDF's content).
    QString html() const;

    bool isJuryExportBusy() const { return m_juryExporter != nullptr; }
    QString juryExportStep() const { return m_juryStep; }
    QString juryBundle() const;
    QString juryBundleHash() const;

Q_SIGNALS:
    void reloaded();
    void juryExportChanged();

private:
    struct Row;
    void reload() override;
    QStringList shownKinds() const override;
    /// Also the centre's answers: each attestation shows whether it was received, refused
    /// or logged late.
    bool concerns(const JournalChange &change) const override;
    void buildRows();
    void load();
    QString subjectName() const;
    const Competence &competenceOf(const Row &row) const;
    int currentCount(const Row &row) const;
    QVariantMap attestationMap(const CarnetProjection::StoredAttestation &attestation) const;
    QString attesterName(const QByteArray &device) const;
    bool isSynced(const CarnetProjection::StoredAttestation &attestation) const;
    bool isLoggedFarFromSigning(const CarnetProjection::StoredAttestation &attestation) const;
    static constexpr int LoggedLateDays = 7;
    static constexpr int LoggedAheadMinutes = 5;
    struct Proofs; // what the PDF prints to verify each attestation
    QString blocHtml(int bloc) const;
    QString competenceHtml(const Row &row, const Proofs &proofs) const;
    QString verificationHtml() const;

    class DossierExporter *m_juryExporter = nullptr;
    QString m_juryStep;
    const Referentiel *m_referentiel = nullptr;
    struct Row
    {
        QString competenceId;
        int bloc = 0;
        int competence = 0; ///< index inside the bloc
        int progressIndex = 0; ///< index in CandidateProgress::competences
        QList<int> attestations; ///< indices in m_attestations, newest first
    };
    QList<Row> m_rows;
    QList<CarnetProjection::StoredAttestation> m_attestations;
    CandidateProgress m_progress;
    std::optional<ProgressEngine> m_engine; ///< built once per référentiel
    QHash<QByteArray, QString>
        m_attesterNames; ///< device key → the user's name, as the organisation told it
    QByteArray m_deviceKey; ///< this device's: its attestations are "own"
    QSet<QByteArray> m_pushed; ///< own attestations the server has received
    QHash<QByteArray, QDateTime> m_loggedAt; ///< attestation id → when the centre logged it
    QHash<QByteArray, QString> m_refused; ///< own attestation id → why the centre refused it
};

} // namespace jalon
