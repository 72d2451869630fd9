// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate/sessionlistmodel.h"
#include "projections/diagnosticprojection.h"

#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace jalon {

class Session;
struct Referentiel;

/// The auto-diagnostic d'activités of the session's candidate: one row per activity of
/// their référentiel, function by function, with the self-rating given so far (-1: none).
/// Choosing a level records a diagnostic.answer at once, so nothing is lost on leaving;
/// the results (by function, strengths and gaps with the blocs they feed) follow.
class DiagnosticModel : public jalon::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY reloaded)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY reloaded)
    Q_PROPERTY(int resumeIndex READ resumeIndex NOTIFY reloaded)
    Q_PROPERTY(QDateTime submittedAt READ submittedAt NOTIFY reloaded)
    Q_PROPERTY(bool changedSinceSubmit READ changedSinceSubmit NOTIFY reloaded)
    Q_PROPERTY(QVariantList scale READ scale NOTIFY reloaded)
    Q_PROPERTY(QVariantList functions READ functions NOTIFY reloaded)
    /// The functions' titles, in order: changes only with the référentiel, so that a
    /// picker of functions keeps its place while answers are recorded.
    Q_PROPERTY(QStringList functionTitles READ functionTitles NOTIFY outlineChanged)
    Q_PROPERTY(QVariantList strengths READ strengths NOTIFY reloaded)
    Q_PROPERTY(QVariantList gaps READ gaps NOTIFY reloaded)

public:
    enum Role {
        ActivityIdRole = Qt::UserRole + 1,
        LabelRole,
        FunctionIdRole,
        FunctionTitleRole,
        FunctionNumberRole, ///< 1-based position of the function
        PositionInFunctionRole,
        FunctionSizeRole,
        LevelRole,
        CommentRole,
        BlocsRole,
    };
    Q_ENUM(Role)

    explicit DiagnosticModel(QObject *parent = nullptr);

    int count() const { return rowCount(); }
    int answeredCount() const;
    /// Where to pick up: the first activity without an answer (0 when all have one).
    int resumeIndex() const;
    QDateTime submittedAt() const { return m_submittedAt; }
    /// An answer given after the last submission: the candidate may submit again.
    bool changedSinceSubmit() const;
    QVariantList scale() const;
    /// {id, title, activities, answered, levelSum, levelMax} per function, in order.
    QVariantList functions() const;
    QStringList functionTitles() const;
    /// Activities rated in the upper half of the scale / in the lower half.
    QVariantList strengths() const { return rated(true); }
    QVariantList gaps() const { return rated(false); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Records the level (and comment) for the activity at `row`; false with the error
    /// reported to the session when it could not be recorded.
    Q_INVOKABLE bool answer(int row, int level, const QString &comment);
    /// Records the submission; every activity must have an answer. (Not submit(): item
    /// views call QAbstractItemModel's slot of that name.)
    Q_INVOKABLE bool submitDiagnostic();
    /// Writes the results as a PDF for the bilan de positionnement; returns its path.
    Q_INVOKABLE QString exportPdf();
    /// Every role of `row` by name (what the one-activity-at-a-time page shows).
    Q_INVOKABLE QVariantMap get(int row) const;
    /// The label of `level` on the référentiel's scale.
    Q_INVOKABLE QString levelLabel(int level) const;

    /// The results as HTML (the PDF's content; the data export reuses it).
    QString resultsHtml() const;

Q_SIGNALS:
    void reloaded();
    /// Another référentiel: other functions and activities.
    void outlineChanged();

private:
    struct Row
    {
        QString activityId;
        QString label;
        QStringList blocs;
        int function = 0;
        int positionInFunction = 0;
    };
    void reload() override;
    QStringList shownKinds() const override;
    QVariantList rated(bool strong) const;
    int maxLevel() const;

    const Referentiel *m_referentiel = nullptr;
    QList<Row> m_rows;
    QHash<QString, DiagnosticProjection::Answer> m_answers;
    QDateTime m_submittedAt;
};

} // namespace jalon
