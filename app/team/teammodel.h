// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/journalchange.h"
#include "rules/candidateprogress.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <memory>
#include <optional>

namespace jalon {

class ProgressEngine;
class Session;
class SqliteDatabase;
struct Referentiel;

/// The candidates the person follows (a tutor's, a manager's team, an accompanist's, an
/// evaluator's), each with their progress by bloc under the rules: the searchable list
/// of "my candidates", and the manager's dashboard (candidates × blocs of one
/// certification, coloured by readiness, sortable, with counts per bloc).
/// Built once; then, when the journal moves, only the candidates whose events moved are
/// read again (the organisation changing rebuilds it all).
class TeamModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("session/session.h")
    Q_PROPERTY(jalon::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /// Part of a name to look for (case and accents ignored); empty: everyone.
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY viewChanged)
    /// Only the candidates of this certification (the dashboard's columns); empty: all.
    Q_PROPERTY(QString referentielId READ referentielId WRITE setReferentielId NOTIFY viewChanged)
    /// "name", "progress", or a bloc id of `referentielId` (its readiness).
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY viewChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending WRITE setSortDescending NOTIFY viewChanged)
    Q_PROPERTY(int count READ count NOTIFY viewChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY rebuilt)
    /// The certifications of the team: [{id, title, candidates}], most candidates first.
    Q_PROPERTY(QVariant referentiels READ referentiels NOTIFY rebuilt)
    /// The dashboard's columns for `referentielId`, counted over the rows shown:
    /// [{id, title, notStarted, inProgress, ready, validated, expired}].
    Q_PROPERTY(QVariantList blocColumns READ blocColumns NOTIFY viewChanged)

public:
    enum Role {
        CandidateIdRole = Qt::UserRole + 1,
        NameRole,
        ReferentielIdRole,
        ReferentielTitleRole,
        FollowedAsRole, ///< the role the person follows the candidate in (wire name)
        AcquiredRole, ///< competences acquired
        CompetencesRole, ///< competences in the référentiel
        ReadyBlocsRole, ///< blocs ready or validated
        BlocCountRole,
        BlocsRole, ///< [{id, status, acquired, total}] in the référentiel's order
    };
    Q_ENUM(Role)

    explicit TeamModel(QObject *parent = nullptr);
    ~TeamModel() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    QString referentielId() const { return m_referentielId; }
    void setReferentielId(const QString &referentielId);
    QString sortKey() const { return m_sortKey; }
    void setSortKey(const QString &key);
    bool sortDescending() const { return m_descending; }
    void setSortDescending(bool descending);
    int count() const { return int(m_visible.size()); }
    int totalCount() const { return int(m_rows.size()); }
    QVariantList referentiels() const;
    QVariantList blocColumns() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Reads the team again from the vault (what a change of the organisation does).
    void rebuild();
    /// Reads again only the candidates whose events moved since the last read.
    void refresh();
    /// Reads again what `change` moved: the candidates whose carnet it touches, or the
    /// whole team when the organisation moved.
    void update(const JournalChange &change);

Q_SIGNALS:
    void sessionChanged();
    void viewChanged();
    void rebuilt();

private:
    struct Row
    {
        QString id;
        QString name;
        QString folded; ///< the name, lower case, accents removed: what the filter matches
        QString followedAs;
        const Referentiel *referentiel = nullptr;
        CandidateProgress progress;
        int acquired = 0;
    };
    void evaluate(Row &row, const CandidateFacts &facts) const;
    const ProgressEngine *engineFor(const Referentiel *referentiel);
    /// The rows shown, filtered and sorted: indices in m_rows.
    QList<int> visibleRows() const;
    /// Filters and sorts the rows; when that leaves them in place, tells that the rows
    /// of `moved` (candidate ids; every row when not given) show something new.
    void applyView(const std::optional<QSet<QString>> &moved = std::nullopt);
    bool lessThan(const Row &a, const Row &b) const;

    QPointer<Session> m_session;
    QString m_filter;
    QString m_referentielId;
    QString m_sortKey = QStringLiteral("name");
    bool m_descending = false;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf; ///< candidate id → index in m_rows
    QList<int> m_visible; ///< indices in m_rows, filtered and sorted
    QHash<QString, std::shared_ptr<ProgressEngine>> m_engines; ///< by référentiel id
    qint64 m_position = 0; ///< the journal's last position read
};

} // namespace jalon
