// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/bilanmodel.h"

#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "projections/bilanprojection.h"
#include "projections/orgprojection.h"
#include "referentiel/referentiel.h"
#include "referentiellibrary.h"
#include "session/session.h"
#include "vault/settings.h"
#include "vault/sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jalon {

BilanModel::BilanModel(QObject *parent)
    : SessionListModel(parent)
{
}

QStringList BilanModel::shownKinds() const
{
    return { QLatin1String(EventKinds::BilanRecord), QLatin1String(EventKinds::DiagnosticAnswer),
             QLatin1String(EventKinds::DiagnosticSubmit) };
}

void BilanModel::reload()
{
    const Referentiel *referentiel = subjectReferentiel();
    const bool reset = referentiel != m_referentiel;
    if (reset) {
        beginResetModel();
        m_referentiel = referentiel;
        m_rows.clear();
        if (m_referentiel) {
            for (const Function &function : m_referentiel->functions) {
                for (const Activity &activity : function.activities)
                    m_rows << Row { activity.id, activity.label, function.title };
            }
        }
    }
    m_answers.clear();
    m_submittedAt = {};
    m_candidateName = subject();
    if (SqliteDatabase *db = m_session ? m_session->database() : nullptr; db && m_referentiel) {
        if (auto user = OrgProjection::user(*db, subject()); user && *user)
            m_candidateName = (*user)->name;
        auto answers = DiagnosticProjection::answers(*db, subject(), m_referentiel->id);
        auto submitted = DiagnosticProjection::submittedAt(*db, subject(), m_referentiel->id);
        if (!answers || !submitted) {
            m_session->reportError(
                tr("The auto-diagnostic cannot be read: %1")
                    .arg((!answers ? answers.error() : submitted.error()).message()));
        } else {
            m_answers = std::move(*answers);
            m_submittedAt = *submitted;
        }
        if (!m_edited) {
            loadLastBilan();
            loadDraft();
        }
    }
    if (reset)
        endResetModel();
    else if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    Q_EMIT reloaded();
    Q_EMIT ratingsChanged();
    Q_EMIT decisionChanged();
}

void BilanModel::loadLastBilan()
{
    m_ratings.clear();
    m_path.clear();
    m_blocs.clear();
    m_trainingNeeds.clear();
    m_nextReview = {};
    m_comment.clear();
    m_recordedAt = {};
    auto last = BilanProjection::latest(*m_session->database(), subject());
    if (!last)
        return m_session->reportError(
            tr("The last bilan cannot be read: %1").arg(last.error().message()));
    if (!*last || (*last)->referentiel != m_referentiel->id)
        return;
    const BilanProjection::Bilan &bilan = **last;
    m_ratings = bilan.ratings;
    m_path = bilan.path;
    m_blocs = bilan.blocs;
    m_trainingNeeds = bilan.trainingNeeds;
    m_nextReview = bilan.nextReview;
    m_comment = bilan.comment;
    m_recordedAt = bilan.at;
}

QString BilanModel::draftKey() const
{
    return QStringLiteral("bilan.draft.") + subject();
}

// What the manager entered and has not signed is kept in the vault at each change: a
// lock, a crash or a page closed loses none of it.
void BilanModel::edited()
{
    m_edited = true;
    SqliteDatabase *db = m_session ? m_session->database() : nullptr;
    if (!db || !m_referentiel)
        return;
    QJsonObject ratings;
    for (auto rating = m_ratings.cbegin(); rating != m_ratings.cend(); ++rating)
        ratings.insert(rating.key(), rating.value());
    const QJsonObject draft { { EventFields::Referentiel, m_referentiel->id },
                              { EventFields::Ratings, ratings },
                              { EventFields::Path, m_path },
                              { EventFields::Blocs, QJsonArray::fromStringList(m_blocs) },
                              { EventFields::TrainingNeeds, m_trainingNeeds },
                              { EventFields::NextReview, m_nextReview.toString(Qt::ISODate) },
                              { EventFields::Comment, m_comment } };
    if (auto saved = Settings::setValue(
            *db, draftKey(),
            QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact)));
        !saved)
        m_session->reportError(
            tr("The bilan being entered cannot be kept: %1").arg(saved.error().message()));
}

void BilanModel::loadDraft()
{
    const QJsonObject draft
        = QJsonDocument::fromJson(Settings::value(*m_session->database(), draftKey()).toUtf8())
              .object();
    if (draft.value(EventFields::Referentiel).toString() != m_referentiel->id)
        return;
    m_ratings.clear();
    const QJsonObject ratings = draft.value(EventFields::Ratings).toObject();
    for (auto rating = ratings.begin(); rating != ratings.end(); ++rating)
        m_ratings.insert(rating.key(), rating.value().toInt());
    m_path = draft.value(EventFields::Path).toString();
    m_blocs.clear();
    for (const auto &bloc : draft.value(EventFields::Blocs).toArray())
        m_blocs << bloc.toString();
    m_trainingNeeds = draft.value(EventFields::TrainingNeeds).toString();
    m_nextReview = QDate::fromString(draft.value(EventFields::NextReview).toString(), Qt::ISODate);
    m_comment = draft.value(EventFields::Comment).toString();
    m_edited = true;
}

int BilanModel::ratedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row &row) {
        return m_ratings.contains(row.activityId);
    }));
}

int BilanModel::differCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row &row) {
        return m_ratings.contains(row.activityId) && m_answers.contains(row.activityId)
            && m_ratings.value(row.activityId) != m_answers.value(row.activityId).level;
    }));
}

QVariantList BilanModel::scale() const
{
    return scaleLevels(m_referentiel);
}

QVariantList BilanModel::blocChoices() const
{
    QVariantList choices;
    if (m_referentiel) {
        for (const Bloc &bloc : m_referentiel->blocs)
            choices << QVariantMap { { QStringLiteral("id"), bloc.id },
                                     { QStringLiteral("title"), bloc.title },
                                     { QStringLiteral("targeted"), m_blocs.contains(bloc.id) } };
    }
    return choices;
}

void BilanModel::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    edited();
    Q_EMIT decisionChanged();
}

void BilanModel::setBlocs(const QStringList &blocs)
{
    QStringList ordered; // in the référentiel's order, each once
    if (m_referentiel) {
        for (const Bloc &bloc : m_referentiel->blocs) {
            if (blocs.contains(bloc.id))
                ordered << bloc.id;
        }
    }
    if (ordered == m_blocs)
        return;
    m_blocs = ordered;
    edited();
    Q_EMIT decisionChanged();
}

void BilanModel::toggleBloc(const QString &blocId)
{
    QStringList next = m_blocs;
    if (!next.removeOne(blocId))
        next << blocId;
    setBlocs(next);
}

void BilanModel::setTrainingNeeds(const QString &text)
{
    if (text == m_trainingNeeds)
        return;
    m_trainingNeeds = text;
    edited();
    Q_EMIT decisionChanged();
}

void BilanModel::setNextReview(const QDate &day)
{
    if (day == m_nextReview)
        return;
    m_nextReview = day;
    edited();
    Q_EMIT decisionChanged();
}

void BilanModel::setComment(const QString &text)
{
    if (text == m_comment)
        return;
    m_comment = text;
    edited();
    Q_EMIT decisionChanged();
}

void BilanModel::rate(const QString &activityId, int level)
{
    const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                  [&](const Row &r) { return r.activityId == activityId; });
    if (row == m_rows.cend() || level < 0 || level >= m_referentiel->scale.size()
        || m_ratings.value(activityId, -1) == level)
        return;
    m_ratings.insert(activityId, level);
    edited();
    const QModelIndex changed = index(int(row - m_rows.cbegin()));
    Q_EMIT dataChanged(changed, changed, { RatingRole, GapRole, DiffersRole });
    Q_EMIT ratingsChanged();
    Q_EMIT decisionChanged();
}

QString BilanModel::problem() const
{
    if (!m_session || !m_session->database())
        return tr("The profile is locked.");
    if (m_session->roleKind() != jalon::Role::Manager)
        return tr("Only the candidate's manager records the bilan de positionnement.");
    if (!m_referentiel)
        return tr("This candidate's certification is not known on this device yet: sync once with "
                  "the centre.");
    if (ratedCount() < m_rows.size())
        return tr("Rate every activity: %1 of %2 rated.").arg(ratedCount()).arg(m_rows.size());
    if (m_path.isEmpty())
        return tr("Choose the path: épreuves or VAE.");
    if (m_blocs.isEmpty())
        return tr("Choose at least one bloc to target.");
    if (!m_nextReview.isValid() || m_nextReview <= m_session->today())
        return tr("Choose the next review date, after today.");
    return {};
}

bool BilanModel::record()
{
    if (const QString refused = problem(); !refused.isEmpty()) {
        if (m_session)
            m_session->reportError(refused);
        return false;
    }
    QJsonObject ratings;
    for (const Row &row : std::as_const(m_rows))
        ratings.insert(row.activityId, m_ratings.value(row.activityId));
    QJsonObject body { { EventFields::Referentiel, m_referentiel->id },
                       { EventFields::Version, m_referentiel->version },
                       { EventFields::Ratings, ratings },
                       { EventFields::Path, m_path },
                       { EventFields::Blocs, QJsonArray::fromStringList(m_blocs) },
                       { EventFields::TrainingNeeds, m_trainingNeeds.trimmed() },
                       { EventFields::NextReview, m_nextReview.toString(Qt::ISODate) } };
    if (!m_comment.trimmed().isEmpty())
        body.insert(EventFields::Comment, m_comment.trimmed());
    if (!m_session->record(QLatin1String(EventKinds::BilanRecord), body, subject()))
        return false;
    m_edited = false;
    (void)Settings::setValue(*m_session->database(), draftKey(),
                             QString()); // signed: no draft left
    reload();
    return true;
}

int BilanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BilanModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows[index.row()];
    const auto answer = m_answers.constFind(row.activityId);
    const int level = answer != m_answers.cend() ? answer->level : -1;
    const int rating = m_ratings.value(row.activityId, -1);
    switch (role) {
    case ActivityIdRole:
        return row.activityId;
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case FunctionTitleRole:
        return row.functionTitle;
    case FirstOfFunctionRole:
        return index.row() == 0 || m_rows[index.row() - 1].functionTitle != row.functionTitle;
    case CandidateLevelRole:
        return level;
    case CandidateCommentRole:
        return answer != m_answers.cend() ? answer->comment : QString();
    case RatingRole:
        return rating;
    case GapRole:
        return level >= 0 && rating >= 0 ? rating - level : 0;
    case DiffersRole:
        return level >= 0 && rating >= 0 && rating != level;
    }
    return {};
}

QHash<int, QByteArray> BilanModel::roleNames() const
{
    return { { ActivityIdRole, "activityId" },
             { LabelRole, "label" },
             { FunctionTitleRole, "functionTitle" },
             { FirstOfFunctionRole, "firstOfFunction" },
             { CandidateLevelRole, "candidateLevel" },
             { CandidateCommentRole, "candidateComment" },
             { RatingRole, "rating" },
             { GapRole, "gap" },
             { DiffersRole, "differs" } };
}

} // namespace jalon
