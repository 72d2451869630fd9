// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidate/diagnosticmodel.h"

#include "export/pdfdocument.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "referentiel/referentiel.h"
#include "referentiellibrary.h"
#include "rules/fraction.h"
#include "session/session.h"

#include <QLocale>

namespace jalon {

DiagnosticModel::DiagnosticModel(QObject *parent)
    : SessionListModel(parent)
{
}

QStringList DiagnosticModel::shownKinds() const
{
    return { QLatin1String(EventKinds::DiagnosticAnswer),
             QLatin1String(EventKinds::DiagnosticSubmit) };
}

void DiagnosticModel::reload()
{
    const Referentiel *referentiel = subjectReferentiel();
    if (referentiel != m_referentiel) {
        beginResetModel();
        m_referentiel = referentiel;
        m_rows.clear();
        if (m_referentiel) {
            for (int f = 0; f < m_referentiel->functions.size(); ++f) {
                const Function &function = m_referentiel->functions[f];
                for (int a = 0; a < function.activities.size(); ++a) {
                    const Activity &activity = function.activities[a];
                    m_rows << Row { activity.id, activity.label, activity.blocs, f, a };
                }
            }
        }
        endResetModel();
        Q_EMIT outlineChanged();
    }
    m_answers.clear();
    m_submittedAt = {};
    if (SqliteDatabase *db = m_session ? m_session->database() : nullptr; db && m_referentiel) {
        if (auto answers = DiagnosticProjection::answers(*db, subject(), m_referentiel->id))
            m_answers = std::move(*answers);
        if (auto submitted = DiagnosticProjection::submittedAt(*db, subject(), m_referentiel->id))
            m_submittedAt = *submitted;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { LevelRole, CommentRole });
    Q_EMIT reloaded();
}

int DiagnosticModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DiagnosticModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows[index.row()];
    const Function &function = m_referentiel->functions[row.function];
    const auto answer = m_answers.constFind(row.activityId);
    switch (role) {
    case ActivityIdRole:
        return row.activityId;
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case FunctionIdRole:
        return function.id;
    case FunctionTitleRole:
        return function.title;
    case FunctionNumberRole:
        return row.function + 1;
    case PositionInFunctionRole:
        return row.positionInFunction + 1;
    case FunctionSizeRole:
        return int(function.activities.size());
    case LevelRole:
        return answer == m_answers.cend() ? -1 : answer->level;
    case CommentRole:
        return answer == m_answers.cend() ? QString() : answer->comment;
    case BlocsRole:
        return row.blocs.join(QStringLiteral(", "));
    }
    return {};
}

QHash<int, QByteArray> DiagnosticModel::roleNames() const
{
    return { { ActivityIdRole, "activityId" },
             { LabelRole, "label" },
             { FunctionIdRole, "functionId" },
             { FunctionTitleRole, "functionTitle" },
             { FunctionNumberRole, "functionNumber" },
             { PositionInFunctionRole, "positionInFunction" },
             { FunctionSizeRole, "functionSize" },
             { LevelRole, "level" },
             { CommentRole, "comment" },
             { BlocsRole, "blocs" } };
}

QVariantMap DiagnosticModel::get(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= rowCount())
        return values;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        values.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return values;
}

int DiagnosticModel::answeredCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row &row) {
        return m_answers.contains(row.activityId);
    }));
}

int DiagnosticModel::resumeIndex() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_answers.contains(m_rows[i].activityId))
            return i;
    }
    return 0;
}

bool DiagnosticModel::changedSinceSubmit() const
{
    return m_submittedAt.isValid()
        && std::any_of(
               m_answers.cbegin(), m_answers.cend(),
               [this](const DiagnosticProjection::Answer &a) { return a.at > m_submittedAt; });
}

int DiagnosticModel::maxLevel() const
{
    return m_referentiel && !m_referentiel->scale.isEmpty() ? m_referentiel->scale.last().value : 0;
}

QString DiagnosticModel::levelLabel(int level) const
{
    if (m_referentiel) {
        for (const ScaleLevel &step : m_referentiel->scale) {
            if (step.value == level)
                return step.label;
        }
    }
    return {};
}

QVariantList DiagnosticModel::scale() const
{
    return scaleLevels(m_referentiel);
}

QVariantList DiagnosticModel::functions() const
{
    QVariantList list;
    if (!m_referentiel)
        return list;
    for (const auto &summary : DiagnosticProjection::byFunction(m_answers, *m_referentiel)) {
        const Function *function = nullptr;
        for (const Function &f : m_referentiel->functions)
            function = f.id == summary.functionId ? &f : function;
        list << QVariantMap {
            { QStringLiteral("id"), summary.functionId },
            { QStringLiteral("title"), function ? function->title : summary.functionId },
            { QStringLiteral("activities"), summary.activities },
            { QStringLiteral("answered"), summary.answered },
            { QStringLiteral("levelSum"), summary.levelSum },
            { QStringLiteral("levelMax"), summary.levelMax },
            { QStringLiteral("percent"), int(percentOf(summary.levelSum, summary.levelMax)) }
        };
    }
    return list;
}

QStringList DiagnosticModel::functionTitles() const
{
    QStringList titles;
    if (m_referentiel) {
        for (const Function &function : m_referentiel->functions)
            titles << function.title;
    }
    return titles;
}

QVariantList DiagnosticModel::rated(bool strong) const
{
    // The upper half of the scale (2 and 3 of 0–3) is a strength, the lower half a gap.
    QVariantList list;
    const int top = maxLevel();
    for (const Row &row : m_rows) {
        const auto answer = m_answers.constFind(row.activityId);
        if (answer == m_answers.cend() || (2 * answer->level > top) != strong)
            continue;
        list << QVariantMap { { QStringLiteral("activityId"), row.activityId },
                              { QStringLiteral("label"), row.label },
                              { QStringLiteral("level"), answer->level },
                              { QStringLiteral("levelLabel"), levelLabel(answer->level) },
                              { QStringLiteral("blocs"), row.blocs.join(QStringLiteral(", ")) } };
    }
    return list;
}

bool DiagnosticModel::answer(int row, int level, const QString &comment)
{
    if (!m_session || !m_referentiel || row < 0 || row >= m_rows.size() || level < 0
        || level > maxLevel())
        return false;
    const QString &activity = m_rows[row].activityId;
    const auto previous = m_answers.constFind(activity);
    if (previous != m_answers.cend() && previous->level == level
        && previous->comment == comment.trimmed())
        return true; // nothing new: no event
    QJsonObject body { { EventFields::Referentiel, m_referentiel->id },
                       { EventFields::Version, m_referentiel->version },
                       { EventFields::Activity, activity },
                       { EventFields::Level, level } };
    if (!comment.trimmed().isEmpty())
        body.insert(EventFields::Comment, comment.trimmed());
    return bool(m_session->record(QLatin1String(EventKinds::DiagnosticAnswer), body));
}

bool DiagnosticModel::submitDiagnostic()
{
    if (!m_session || !m_referentiel)
        return false;
    if (answeredCount() < count()) {
        m_session->reportError(tr("Answer every activity before submitting (%1 of %2 answered).")
                                   .arg(answeredCount())
                                   .arg(count()));
        return false;
    }
    return bool(m_session->record(QLatin1String(EventKinds::DiagnosticSubmit),
                                  { { EventFields::Referentiel, m_referentiel->id },
                                    { EventFields::Version, m_referentiel->version } }));
}

QString DiagnosticModel::resultsHtml() const
{
    using PdfDocument::escaped;
    if (!m_referentiel || !m_session)
        return {};
    QString html = QStringLiteral("<h1>%1</h1><p>%2<br/>%3</p>")
                       .arg(escaped(tr("Auto-diagnostic d'activités")),
                            escaped(m_referentiel->certification.title),
                            escaped(tr("%1 — %2 of %3 activities answered")
                                        .arg(m_session->name())
                                        .arg(answeredCount())
                                        .arg(count())));
    if (m_submittedAt.isValid())
        html += QStringLiteral("<p class='muted'>%1</p>")
                    .arg(escaped(tr("Submitted on %1")
                                     .arg(QLocale().toString(m_submittedAt.toLocalTime(),
                                                             QLocale::LongFormat))));
    html += QStringLiteral("<h2>%1</h2><table width='100%'><tr><th>%2</th><th>%3</th></tr>")
                .arg(escaped(tr("By function")), escaped(tr("Function")),
                     escaped(tr("Level reached")));
    for (const QVariant &item : functions()) {
        const QVariantMap f = item.toMap();
        html += QStringLiteral("<tr><td>%1</td><td>%2 %</td></tr>")
                    .arg(escaped(f.value(QStringLiteral("title")).toString()))
                    .arg(f.value(QStringLiteral("percent")).toInt());
    }
    html += QStringLiteral("</table>");
    for (const bool strong : { true, false }) {
        html += QStringLiteral(
                    "<h2>%1</h2><table width='100%'><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(escaped(strong ? tr("Strengths") : tr("To develop")),
                         escaped(tr("Activity")), escaped(tr("Self-rating")), escaped(tr("Blocs")));
        for (const QVariant &item : rated(strong)) {
            const QVariantMap a = item.toMap();
            html += QStringLiteral("<tr><td>%1 %2</td><td>%3</td><td>%4</td></tr>")
                        .arg(escaped(a.value(QStringLiteral("activityId")).toString()),
                             escaped(a.value(QStringLiteral("label")).toString()),
                             escaped(a.value(QStringLiteral("levelLabel")).toString()),
                             escaped(a.value(QStringLiteral("blocs")).toString()));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Comments")));
    for (const Row &row : m_rows) {
        const QString comment = m_answers.value(row.activityId).comment;
        if (!comment.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(escaped(row.activityId), escaped(comment));
    }
    return html;
}

QString DiagnosticModel::exportPdf()
{
    if (!m_referentiel || !m_session)
        return {};
    return exportDocument(QStringLiteral("auto-diagnostic-%1.pdf").arg(m_referentiel->id),
                          tr("Auto-diagnostic d'activités"), resultsHtml());
}

} // namespace jalon
