// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/teammodel.h"

#include "candidate/carnetwords.h"
#include "journal/eventkinds.h"
#include "projections/carnetprojection.h"
#include "projections/orgprojection.h"
#include "referentiel/referentiel.h"
#include "rules/progressengine.h"
#include "session/session.h"
#include "vault/sqlitedatabase.h"

#include <algorithm>

namespace jalon {

namespace {

    // Lower case, accents removed: "Élodie" is found by typing "elo".
    QString foldedForSearch(const QString &text)
    {
        QString folded;
        for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing)
                folded += c.toLower();
        }
        return folded;
    }

    // Dashboard order of a bloc's status: the furthest along sorts last when ascending.
    int rank(BlocStatus status)
    {
        switch (status) {
        case BlocStatus::Expired:
            return 0;
        case BlocStatus::NotStarted:
            return 1;
        case BlocStatus::InProgress:
            return 2;
        case BlocStatus::Ready:
            return 3;
        case BlocStatus::Validated:
            return 4;
        }
        return 0;
    }

    int blocIndex(const Referentiel *referentiel, const QString &blocId)
    {
        if (!referentiel)
            return -1;
        for (int b = 0; b < referentiel->blocs.size(); ++b) {
            if (referentiel->blocs[b].id == blocId)
                return b;
        }
        return -1;
    }

} // namespace

TeamModel::TeamModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

TeamModel::~TeamModel() = default;

void TeamModel::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::journalChanged, this, &TeamModel::update);
        connect(m_session, &Session::identityChanged, this, &TeamModel::rebuild);
    }
    rebuild();
    Q_EMIT sessionChanged();
}

void TeamModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyView();
}

void TeamModel::setReferentielId(const QString &referentielId)
{
    if (referentielId == m_referentielId)
        return;
    m_referentielId = referentielId;
    applyView();
}

void TeamModel::setSortKey(const QString &key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    applyView();
}

void TeamModel::setSortDescending(bool descending)
{
    if (descending == m_descending)
        return;
    m_descending = descending;
    applyView();
}

const ProgressEngine *TeamModel::engineFor(const Referentiel *referentiel)
{
    if (!referentiel)
        return nullptr;
    std::shared_ptr<ProgressEngine> &engine = m_engines[referentiel->id];
    if (!engine)
        engine = std::make_shared<ProgressEngine>(*referentiel);
    return engine.get();
}

void TeamModel::evaluate(Row &row, const CandidateFacts &facts) const
{
    const auto engine = row.referentiel ? m_engines.value(row.referentiel->id) : nullptr;
    row.progress = engine ? engine->evaluate(facts, m_session->today()) : CandidateProgress {};
    row.acquired = int(std::count(row.progress.competences.cbegin(),
                                  row.progress.competences.cend(), CompetenceStatus::Acquired));
}

void TeamModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_visible.clear();
    SqliteDatabase *db = m_session ? m_session->database() : nullptr;
    if (db) {
        m_position = m_session->journal()->lastPosition();
        auto candidates = OrgProjection::candidatesOf(*db, m_session->userId());
        if (!candidates) {
            m_session->reportError(
                tr("The team cannot be read: %1").arg(candidates.error().message()));
            candidates = QList<OrgProjection::User>();
        }
        QStringList ids;
        for (const OrgProjection::User &candidate : std::as_const(*candidates)) {
            Row row { candidate.id,
                      candidate.name,
                      foldedForSearch(candidate.name),
                      candidate.role,
                      m_session->referentielOf(candidate.id, candidate.referentiel),
                      {},
                      0 };
            engineFor(row.referentiel);
            m_rowOf.insert(row.id, int(m_rows.size()));
            m_rows << row;
            ids << candidate.id;
        }
        if (auto facts = CarnetProjection::factsOf(*db, ids)) {
            for (Row &row : m_rows)
                evaluate(row, facts->value(row.id));
        } else {
            m_session->reportError(tr("The team cannot be read: %1").arg(facts.error().message()));
        }
        m_visible = visibleRows();
    }
    endResetModel();
    Q_EMIT rebuilt();
    Q_EMIT viewChanged();
}

void TeamModel::refresh()
{
    if (!m_session || !m_session->journal())
        return rebuild();
    auto change = m_session->journal()->changesSince(m_position);
    if (!change)
        return rebuild();
    update(*change);
}

void TeamModel::update(const JournalChange &change)
{
    SqliteDatabase *db = m_session ? m_session->database() : nullptr;
    if (!db || change.organisation())
        return rebuild(); // someone joined, left or was assigned: the rows themselves change
    m_position = std::max(m_position, change.position);
    QSet<QString> moved = change.subjects(EventKinds::carnetKinds());
    moved.removeIf([this](const QString &id) { return !m_rowOf.contains(id); });
    if (moved.isEmpty())
        return;
    const QStringList ids(moved.cbegin(), moved.cend());
    auto facts = CarnetProjection::factsOf(*db, ids);
    if (!facts)
        return m_session->reportError(
            tr("The team cannot be read: %1").arg(facts.error().message()));
    for (const QString &id : ids)
        evaluate(m_rows[m_rowOf.value(id)], facts->value(id));
    applyView(moved);
}

bool TeamModel::lessThan(const Row &a, const Row &b) const
{
    if (m_sortKey == QLatin1String("progress")) {
        const int total = a.progress.competences.size(), otherTotal = b.progress.competences.size();
        // a.acquired / total < b.acquired / otherTotal, in integers.
        const qint64 left = qint64(a.acquired) * otherTotal, right = qint64(b.acquired) * total;
        if (left != right)
            return left < right;
    } else if (m_sortKey != QLatin1String("name")) {
        const int bloc = blocIndex(a.referentiel, m_sortKey),
                  other = blocIndex(b.referentiel, m_sortKey);
        const auto key = [](const Row &row, int index) {
            if (index < 0 || index >= row.progress.blocs.size())
                return std::pair { -1, -1 };
            return std::pair { rank(row.progress.blocs[index].status),
                               row.progress.blocs[index].acquired };
        };
        if (key(a, bloc) != key(b, other))
            return key(a, bloc) < key(b, other);
    }
    const int byName = QString::localeAwareCompare(a.name, b.name);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

QList<int> TeamModel::visibleRows() const
{
    const QString needle = foldedForSearch(m_filter.trimmed());
    QList<int> visible;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        if (!m_referentielId.isEmpty()
            && (!row.referentiel || row.referentiel->id != m_referentielId))
            continue;
        if (!needle.isEmpty() && !row.folded.contains(needle))
            continue;
        visible << i;
    }
    std::stable_sort(visible.begin(), visible.end(), [this](int a, int b) {
        return m_descending ? lessThan(m_rows[b], m_rows[a]) : lessThan(m_rows[a], m_rows[b]);
    });
    return visible;
}

void TeamModel::applyView(const std::optional<QSet<QString>> &moved)
{
    QList<int> visible = visibleRows();
    if (visible == m_visible) {
        // Same rows in the same order: only what they show may have changed.
        if (!moved && !m_visible.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1));
        for (int i = 0; moved && i < m_visible.size(); ++i) {
            if (moved->contains(m_rows[m_visible[i]].id))
                Q_EMIT dataChanged(index(i), index(i));
        }
    } else {
        beginResetModel();
        m_visible = std::move(visible);
        endResetModel();
    }
    Q_EMIT viewChanged();
}

QVariantList TeamModel::referentiels() const
{
    QHash<QString, int> counts;
    QHash<QString, QString> titles;
    for (const Row &row : m_rows) {
        if (!row.referentiel)
            continue;
        ++counts[row.referentiel->id];
        titles.insert(row.referentiel->id, row.referentiel->certification.title);
    }
    QStringList ids = counts.keys();
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
    });
    QVariantList list;
    for (const QString &id : std::as_const(ids))
        list << QVariantMap { { QStringLiteral("id"), id },
                              { QStringLiteral("title"), titles[id] },
                              { QStringLiteral("candidates"), counts[id] } };
    return list;
}

QVariantList TeamModel::blocColumns() const
{
    const Referentiel *referentiel = nullptr;
    for (const Row &row : m_rows) {
        if (row.referentiel && row.referentiel->id == m_referentielId)
            referentiel = row.referentiel;
    }
    QVariantList columns;
    if (!referentiel)
        return columns;
    for (int b = 0; b < referentiel->blocs.size(); ++b) {
        QHash<QString, int> counts;
        for (const int i : m_visible) {
            if (b < m_rows[i].progress.blocs.size())
                ++counts[CarnetWords::statusName(m_rows[i].progress.blocs[b].status)];
        }
        QVariantMap column { { QStringLiteral("id"), referentiel->blocs[b].id },
                             { QStringLiteral("title"), referentiel->blocs[b].title } };
        for (const char *status : { "notStarted", "inProgress", "ready", "validated", "expired" })
            column.insert(QLatin1String(status), counts.value(QLatin1String(status)));
        columns << column;
    }
    return columns;
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows[m_visible[index.row()]];
    switch (role) {
    case CandidateIdRole:
        return row.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case ReferentielIdRole:
        return row.referentiel ? row.referentiel->id : QString();
    case ReferentielTitleRole:
        return row.referentiel ? row.referentiel->certification.title : QString();
    case FollowedAsRole:
        return row.followedAs;
    case AcquiredRole:
        return row.acquired;
    case CompetencesRole:
        return int(row.progress.competences.size());
    case ReadyBlocsRole:
        return int(std::count_if(
            row.progress.blocs.cbegin(), row.progress.blocs.cend(), [](const BlocProgress &b) {
                return b.status == BlocStatus::Ready || b.status == BlocStatus::Validated;
            }));
    case BlocCountRole:
        return int(row.progress.blocs.size());
    case BlocsRole: {
        QVariantList blocs;
        for (int b = 0; b < row.progress.blocs.size(); ++b) {
            const BlocProgress &bloc = row.progress.blocs[b];
            blocs << QVariantMap { { QStringLiteral("id"), row.referentiel->blocs[b].id },
                                   { QStringLiteral("status"),
                                     CarnetWords::statusName(bloc.status) },
                                   { QStringLiteral("acquired"), bloc.acquired },
                                   { QStringLiteral("total"), bloc.total } };
        }
        return blocs;
    }
    }
    return {};
}

QHash<int, QByteArray> TeamModel::roleNames() const
{
    return { { CandidateIdRole, "candidateId" },     { NameRole, "name" },
             { ReferentielIdRole, "referentielId" }, { ReferentielTitleRole, "referentielTitle" },
             { FollowedAsRole, "followedAs" },       { AcquiredRole, "acquired" },
             { CompetencesRole, "competences" },     { ReadyBlocsRole, "readyBlocs" },
             { BlocCountRole, "blocCount" },         { BlocsRole, "blocs" } };
}

} // namespace jalon
