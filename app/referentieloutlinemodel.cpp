// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentieloutlinemodel.h"

#include "referentiellibrary.h"

namespace jalon {

ReferentielOutlineModel::ReferentielOutlineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ReferentielOutlineModel::setLibrary(ReferentielLibrary *library)
{
    if (m_library == library)
        return;
    m_library = library;
    Q_EMIT libraryChanged();
    rebuild();
}

void ReferentielOutlineModel::setReferentielId(const QString &id)
{
    if (m_referentielId == id)
        return;
    m_referentielId = id;
    Q_EMIT referentielIdChanged();
    rebuild();
}

void ReferentielOutlineModel::setView(View view)
{
    if (m_view == view)
        return;
    m_view = view;
    Q_EMIT viewChanged();
    rebuild();
}

void ReferentielOutlineModel::addNode(Node node)
{
    // Every node counts as a child of the nearest earlier node one level up.
    for (qsizetype i = m_nodes.size() - 1; i >= 0; --i) {
        if (m_nodes[i].depth == node.depth - 1) {
            ++m_nodes[i].childCount;
            break;
        }
        if (m_nodes[i].depth < node.depth - 1)
            break;
    }
    m_nodes << std::move(node);
}

void ReferentielOutlineModel::buildCompetences(const Referentiel &ref)
{
    for (const Bloc &bloc : ref.blocs) {
        addNode({ BlocKind, 0, bloc.id, bloc.title,
                  tr("%n competence(s)", nullptr, int(bloc.competences.size())), bloc.note });
        for (const Competence &competence : bloc.competences) {
            const QString type = competence.type == CompetenceType::Transversal
                ? tr("transversal")
                : tr("professional");
            addNode(
                { CompetenceKind, 1, competence.id, competence.label,
                  tr("%1 · %n criterion(s)", nullptr, int(competence.criteria.size())).arg(type),
                  competence.note });
            for (const Criterion &criterion : competence.criteria)
                addNode({ CriterionKind, 2, criterion.id, criterion.label, {}, criterion.note });
        }
    }
}

void ReferentielOutlineModel::buildActivities(const Referentiel &ref)
{
    for (const Function &function : ref.functions) {
        addNode({ FunctionKind, 0, function.id, function.title,
                  tr("%n activity(ies)", nullptr, int(function.activities.size())),
                  function.note });
        for (const Activity &activity : function.activities) {
            const QString blocs = activity.blocs.isEmpty()
                ? QString()
                : tr("feeds %1").arg(activity.blocs.join(QLatin1String(", ")));
            addNode({ ActivityKind, 1, activity.id, activity.label, blocs, activity.note });
        }
    }
}

void ReferentielOutlineModel::buildAssessment(const Referentiel &ref)
{
    for (const Bloc &bloc : ref.blocs) {
        const jalon::Assessment &a = bloc.assessment;
        QStringList detail;
        if (!a.modality.isEmpty())
            detail << a.modality;
        if (!a.evaluatedBy.isEmpty())
            detail << tr("evaluated by: %1").arg(a.evaluatedBy.join(QLatin1String("; ")));
        addNode({ BlocKind, 0, bloc.id, bloc.title, detail.join(QLatin1String(" · ")),
                  QStringList { a.description, a.note }.join(QLatin1Char('\n')).trimmed() });
        for (const AssessmentPart &part : a.parts) {
            QString duration;
            if (part.durationMinutes)
                duration = tr("%n minute(s)", nullptr, *part.durationMinutes);
            if (!part.durationNote.isEmpty())
                duration
                    = QStringList { duration, part.durationNote }.join(QLatin1Char(' ')).trimmed();
            addNode(
                { PartKind, 1, part.id, part.title, duration,
                  QStringList { part.description, part.note }.join(QLatin1Char('\n')).trimmed() });
            for (const QString &expectation : part.expectations)
                addNode({ ExpectationKind, 2, {}, expectation, {}, {} });
        }
    }
}

void ReferentielOutlineModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    const Referentiel *ref = m_library ? m_library->find(m_referentielId) : nullptr;
    if (ref) {
        switch (m_view) {
        case Competences:
            buildCompetences(*ref);
            break;
        case Activities:
            buildActivities(*ref);
            break;
        case Assessment:
            buildAssessment(*ref);
            break;
        }
    }
    m_visible = visibleNodes();
    endResetModel();
    Q_EMIT countChanged();
}

QList<int> ReferentielOutlineModel::visibleNodes() const
{
    QList<int> visible;
    int hiddenBelow = -1; // depth under which nodes are hidden by a closed ancestor
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes[i];
        if (hiddenBelow >= 0 && node.depth > hiddenBelow)
            continue;
        hiddenBelow = node.expanded ? -1 : node.depth;
        visible << i;
    }
    return visible;
}

void ReferentielOutlineModel::toggle(int row)
{
    if (row < 0 || row >= m_visible.size())
        return;
    Node &node = m_nodes[m_visible[row]];
    if (node.childCount == 0)
        return;
    node.expanded = !node.expanded;
    const QList<int> visible = visibleNodes();
    // The rows that appear or disappear are the ones right below the toggled row.
    const int changed = int(std::abs(visible.size() - m_visible.size()));
    if (node.expanded) {
        beginInsertRows({}, row + 1, row + changed);
        m_visible = visible;
        endInsertRows();
    } else {
        beginRemoveRows({}, row + 1, row + changed);
        m_visible = visible;
        endRemoveRows();
    }
    const QModelIndex toggled = index(row);
    Q_EMIT dataChanged(toggled, toggled, { ExpandedRole });
    Q_EMIT countChanged();
}

void ReferentielOutlineModel::setAllExpanded(bool expanded)
{
    beginResetModel();
    for (Node &node : m_nodes)
        node.expanded = expanded && node.childCount > 0;
    m_visible = visibleNodes();
    endResetModel();
    Q_EMIT countChanged();
}

void ReferentielOutlineModel::expandAll()
{
    setAllExpanded(true);
}

void ReferentielOutlineModel::collapseAll()
{
    setAllExpanded(false);
}

int ReferentielOutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant ReferentielOutlineModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Node &node = m_nodes[m_visible[index.row()]];
    switch (role) {
    case KindRole:
        return node.kind;
    case DepthRole:
        return node.depth;
    case CodeRole:
        return node.code;
    case Qt::DisplayRole:
    case TextRole:
        return node.text;
    case DetailRole:
        return node.detail;
    case NoteRole:
        return node.note;
    case ChildCountRole:
        return node.childCount;
    case ExpandedRole:
        return node.expanded;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReferentielOutlineModel::roleNames() const
{
    return {
        { KindRole, "kind" },
        { DepthRole, "depth" },
        { CodeRole, "code" },
        { TextRole, "label" },
        { DetailRole, "detail" },
        { NoteRole, "note" },
        { ChildCountRole, "childCount" },
        { ExpandedRole, "expanded" },
    };
}

} // namespace jalon
