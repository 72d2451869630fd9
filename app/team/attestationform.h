// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalchange.h"
#include "rules/candidatefacts.h"

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <optional>

namespace jalon {

class ProgressEngine;
class Session;
struct Competence;
struct Referentiel;

/// One attestation a tutor or a manager prepares, step by step: the competence's criteria
/// in the référentiel's words as a checklist, the work situation observed and its date,
/// then a review of exactly what will be signed and what it changes under the rules.
/// sign() records the carnet.attest in the vault (no network needed); the passphrase is
/// asked again when the profile was unlocked more than a few minutes ago.
class AttestationForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("session/session.h")
    Q_PROPERTY(jalon::Session *session READ session WRITE setSession NOTIFY subjectChanged)
    Q_PROPERTY(QString candidateId READ candidateId WRITE setCandidateId NOTIFY subjectChanged)
    Q_PROPERTY(QString competenceId READ competenceId WRITE setCompetenceId NOTIFY subjectChanged)
    Q_PROPERTY(QString candidateName READ candidateName NOTIFY subjectChanged)
    Q_PROPERTY(QString competenceLabel READ competenceLabel NOTIFY subjectChanged)
    Q_PROPERTY(QString blocTitle READ blocTitle NOTIFY subjectChanged)
    /// The role signed in (the person's): tutor or manager.
    Q_PROPERTY(QString role READ role NOTIFY subjectChanged)
    /// [{id, label, note, checked}] in the référentiel's order.
    Q_PROPERTY(QVariant criteria READ criteria NOTIFY criteriaChanged)
    Q_PROPERTY(QStringList checked READ checked WRITE setChecked NOTIFY checkedChanged)
    Q_PROPERTY(QString situation READ situation WRITE setSituation NOTIFY situationChanged)
    Q_PROPERTY(QDate observedOn READ observedOn WRITE setObservedOn NOTIFY observedOnChanged)
    /// The same day in words, in the person's language ("2 mars 2026").
    Q_PROPERTY(QString observedOnText READ observedOnText NOTIFY observedOnChanged)
    Q_PROPERTY(int validatedCount READ validatedCount NOTIFY assessmentChanged)
    Q_PROPERTY(int criteriaCount READ criteriaCount NOTIFY subjectChanged)
    /// The fewest criteria that reach the criterion threshold.
    Q_PROPERTY(int neededCount READ neededCount NOTIFY subjectChanged)
    Q_PROPERTY(bool reachesThreshold READ reachesThreshold NOTIFY assessmentChanged)
    /// What signing changes, in words (the competence acquired, who must still attest…).
    Q_PROPERTY(QString outcome READ outcome NOTIFY assessmentChanged)
    /// Why it cannot be signed yet, in words; empty when it can.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// Signing needs the passphrase typed again (the grace since the unlock is over).
    Q_PROPERTY(bool needsPassphrase READ needsPassphrase NOTIFY needsPassphraseChanged)

public:
    explicit AttestationForm(QObject *parent = nullptr);
    ~AttestationForm() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString candidateId() const { return m_candidateId; }
    void setCandidateId(const QString &candidateId);
    QString competenceId() const { return m_competenceId; }
    void setCompetenceId(const QString &competenceId);
    QString candidateName() const { return m_candidateName; }
    QString competenceLabel() const;
    QString blocTitle() const;
    QString role() const;
    QVariantList criteria() const;
    QStringList checked() const { return m_checked; }
    void setChecked(const QStringList &checked);
    QString situation() const { return m_situation; }
    void setSituation(const QString &situation);
    QDate observedOn() const { return m_observedOn; }
    void setObservedOn(const QDate &day);
    QString observedOnText() const { return QLocale().toString(m_observedOn, QLocale::LongFormat); }
    int validatedCount() const;
    int criteriaCount() const;
    int neededCount() const;
    bool reachesThreshold() const;
    QString outcome() const;
    QString problem() const;
    bool isBusy() const { return m_busy; }

    /// Ticks or unticks one criterion.
    Q_INVOKABLE void toggle(const QString &criterionId);
    /// Whether sign() needs the passphrase (the profile was unlocked a while ago).
    bool needsPassphrase() const;
    /// Signs the attestation: with the passphrase checked first when it is needed.
    /// signedAttestation() or failed() tells.
    Q_INVOKABLE void sign(const QString &passphrase = {});
    /// Starts again for another competence of the same candidate.
    Q_INVOKABLE void clear();

Q_SIGNALS:
    /// Whom and what it attests: the candidate, the competence, the person's role.
    void subjectChanged();
    void criteriaChanged();
    void checkedChanged();
    void situationChanged();
    void observedOnChanged();
    /// What the ticked criteria make of the competence (count, threshold, outcome).
    void assessmentChanged();
    void problemChanged();
    void needsPassphraseChanged();
    void busyChanged();
    void signedAttestation(const QString &eventId);
    void failed(const QString &message);

private:
    void load();
    /// Reads the candidate's carnet again when `change` touches it.
    void journalMoved(const JournalChange &change);
    /// Tells every property (another candidate, competence or carnet).
    void tellAll();
    /// Tells what ticking a criterion changes.
    void tellChecked();
    void record();
    Attestation draft() const;
    const Competence *competence() const;

    QPointer<Session> m_session;
    QString m_candidateId;
    QString m_competenceId;
    QString m_candidateName;
    const Referentiel *m_referentiel = nullptr;
    std::unique_ptr<ProgressEngine> m_engine;
    CandidateFacts m_facts; ///< the candidate's carnet before this attestation
    bool m_assigned = false;
    QStringList m_checked;
    QString m_situation;
    QDate m_observedOn;
    bool m_busy = false;
    QMetaObject::Connection m_confirmation;
};

} // namespace jalon
