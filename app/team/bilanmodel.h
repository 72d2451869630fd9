// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate/sessionlistmodel.h"
#include "projections/diagnosticprojection.h"

#include <QDate>
#include <QDateTime>
#include <QQmlEngine>
#include <QVariantList>

namespace jalon {

/// The bilan de positionnement a manager runs with a candidate (`candidateId`): every
/// activity of the auto-diagnostic with the candidate's own rating and the manager's
/// beside it, the differences shown as they are (never averaged); then the decision,
/// signed as a bilan.record: the path (épreuves or VAE), the blocs targeted, the training
/// needs and the next review date. The last recorded bilan fills the form again; what is
/// entered and not yet signed is kept in the vault until it is.
class BilanModel : public jalon::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY reloaded)
    Q_PROPERTY(QString candidateName READ candidateName NOTIFY reloaded)
    /// When the candidate submitted the auto-diagnostic (invalid: not yet).
    Q_PROPERTY(QDateTime submittedAt READ submittedAt NOTIFY reloaded)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY reloaded)
    Q_PROPERTY(int ratedCount READ ratedCount NOTIFY ratingsChanged)
    /// Activities both rated where the two ratings differ.
    Q_PROPERTY(int differCount READ differCount NOTIFY ratingsChanged)
    /// The référentiel's scale: [{value, label}].
    Q_PROPERTY(QVariantList scale READ scale NOTIFY reloaded)
    /// [{id, title, targeted}] in the référentiel's order.
    Q_PROPERTY(QVariantList blocChoices READ blocChoices NOTIFY decisionChanged)
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY decisionChanged)
    Q_PROPERTY(QStringList blocs READ blocs WRITE setBlocs NOTIFY decisionChanged)
    Q_PROPERTY(
        QString trainingNeeds READ trainingNeeds WRITE setTrainingNeeds NOTIFY decisionChanged)
    Q_PROPERTY(QDate nextReview READ nextReview WRITE setNextReview NOTIFY decisionChanged)
    Q_PROPERTY(QString comment READ comment WRITE setComment NOTIFY decisionChanged)
    /// When the last bilan was recorded (invalid: never).
    Q_PROPERTY(QDateTime recordedAt READ recordedAt NOTIFY reloaded)
    /// Why the bilan cannot be recorded yet, in words; empty when it can.
    Q_PROPERTY(QString problem READ problem NOTIFY decisionChanged)

public:
    enum Role {
        ActivityIdRole = Qt::UserRole + 1,
        LabelRole,
        FunctionTitleRole,
        FirstOfFunctionRole, ///< the row opens its function: the page titles it
        CandidateLevelRole, ///< -1: not answered
        CandidateCommentRole,
        RatingRole, ///< the manager's; -1: not rated
        GapRole, ///< rating − candidate's level (0 unless both are there)
        DiffersRole, ///< both rated and different
    };
    Q_ENUM(Role)

    explicit BilanModel(QObject *parent = nullptr);

    int count() const { return rowCount(); }
    QString candidateName() const { return m_candidateName; }
    QDateTime submittedAt() const { return m_submittedAt; }
    int answeredCount() const { return int(m_answers.size()); }
    int ratedCount() const;
    int differCount() const;
    QVariantList scale() const;
    QVariantList blocChoices() const;
    QString path() const { return m_path; }
    void setPath(const QString &path);
    QStringList blocs() const { return m_blocs; }
    void setBlocs(const QStringList &blocs);
    QString trainingNeeds() const { return m_trainingNeeds; }
    void setTrainingNeeds(const QString &text);
    QDate nextReview() const { return m_nextReview; }
    void setNextReview(const QDate &day);
    QString comment() const { return m_comment; }
    void setComment(const QString &text);
    QDateTime recordedAt() const { return m_recordedAt; }
    QString problem() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The manager's rating of one activity (a value of the scale).
    Q_INVOKABLE void rate(const QString &activityId, int level);
    Q_INVOKABLE void toggleBloc(const QString &blocId);
    /// Signs the bilan (bilan.record); false, with the problem reported, when incomplete.
    Q_INVOKABLE bool record();

Q_SIGNALS:
    void reloaded();
    void ratingsChanged();
    void decisionChanged();

private:
    struct Row
    {
        QString activityId;
        QString label;
        QString functionTitle;
    };
    void reload() override;
    QStringList shownKinds() const override;
    void loadLastBilan();
    void loadDraft();
    void edited();
    QString draftKey() const;

    const Referentiel *m_referentiel = nullptr;
    QList<Row> m_rows;
    QString m_candidateName;
    QHash<QString, DiagnosticProjection::Answer> m_answers;
    QDateTime m_submittedAt;
    QHash<QString, int> m_ratings;
    QString m_path;
    QStringList m_blocs;
    QString m_trainingNeeds;
    QDate m_nextReview;
    QString m_comment;
    QDateTime m_recordedAt;
    bool m_edited = false; ///< the form holds unsigned changes: a sync must not undo them
};

} // namespace jalon
