// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace jalon {
class ReferentielLibrary;
struct Referentiel;

/// One view of a référentiel as a collapsible outline, flattened into list rows so that a
/// plain ListView shows it on a phone as well as on a desktop:
/// - Competences: blocs → competences → evaluation criteria;
/// - Activities: functions → activities (the auto-diagnostic);
/// - Assessment: blocs → assessment parts → what is expected of the candidate.
class ReferentielOutlineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        jalon::ReferentielLibrary *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(
        QString referentielId READ referentielId WRITE setReferentielId NOTIFY referentielIdChanged)
    Q_PROPERTY(View view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum View { Competences, Activities, Assessment };
    Q_ENUM(View)

    enum Kind {
        BlocKind,
        CompetenceKind,
        CriterionKind,
        FunctionKind,
        ActivityKind,
        PartKind,
        ExpectationKind
    };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1,
        DepthRole,
        CodeRole,
        TextRole,
        DetailRole,
        NoteRole,
        ChildCountRole,
        ExpandedRole,
    };
    Q_ENUM(Role)

    explicit ReferentielOutlineModel(QObject *parent = nullptr);

    ReferentielLibrary *library() const { return m_library; }
    void setLibrary(ReferentielLibrary *library);
    QString referentielId() const { return m_referentielId; }
    void setReferentielId(const QString &id);
    View view() const { return m_view; }
    void setView(View view);
    int count() const { return rowCount(); }

    /// Opens or closes the row's children.
    Q_INVOKABLE void toggle(int row);
    Q_INVOKABLE void expandAll();
    Q_INVOKABLE void collapseAll();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void libraryChanged();
    void referentielIdChanged();
    void viewChanged();
    void countChanged();

private:
    struct Node
    {
        Kind kind;
        int depth;
        QString code;
        QString text;
        QString detail;
        QString note;
        int childCount = 0;
        bool expanded = false;
    };

    void rebuild();
    void addNode(Node node);
    void buildCompetences(const Referentiel &ref);
    void buildActivities(const Referentiel &ref);
    void buildAssessment(const Referentiel &ref);
    QList<int> visibleNodes() const;
    void setAllExpanded(bool expanded);

    QPointer<ReferentielLibrary> m_library;
    QString m_referentielId;
    View m_view = Competences;
    QList<Node> m_nodes; ///< the whole tree, depth-first
    QList<int> m_visible; ///< indexes into m_nodes of the rows shown
};

} // namespace jalon
