// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate/sessionlistmodel.h"
#include "projections/livretprojection.h"

#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

namespace jalon {

class Session;
class SqliteDatabase;
struct Referentiel;

/// The livret VAE of the session's candidate: one section per competence of their
/// référentiel, bloc by bloc. Typing is kept as a draft in the vault within a second
/// (no word lost on a crash or a lock); the draft becomes a signed livret.edit when the
/// candidate leaves the section, when the vault locks, and every minute of writing.
/// Each section keeps its history (restore any version), the accompanist's comments,
/// and its conflicts: two edits of the same version show both texts until the candidate
/// chooses one or merges them.
class LivretModel : public jalon::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY reloaded)
    Q_PROPERTY(int draftedCount READ draftedCount NOTIFY reloaded)
    Q_PROPERTY(int totalWords READ totalWords NOTIFY reloaded)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY reloaded)
    Q_PROPERTY(QStringList guidingQuestions READ guidingQuestions CONSTANT)
    /// Someone who follows the candidate reads the livret: no typing, comments instead.
    Q_PROPERTY(bool reviewing READ isReviewing NOTIFY sessionChanged)

public:
    enum Role {
        SectionIdRole = Qt::UserRole + 1, ///< the competence id (CP1…)
        TitleRole, ///< the competence's label
        BlocIdRole,
        BlocTitleRole,
        FirstOfBlocRole, ///< the row opens its bloc: the page titles it
        WordsRole, ///< words of the current text (draft included)
        HasDraftRole, ///< typed text not yet recorded as an edit
        HasConflictRole,
        CommentCountRole,
        UpdatedAtRole, ///< the current version's time (invalid: never written)
    };
    Q_ENUM(Role)

    explicit LivretModel(QObject *parent = nullptr);
    ~LivretModel() override;

    int count() const { return rowCount(); }
    int draftedCount() const; ///< sections with any text
    int totalWords() const;
    int conflictCount() const;
    bool isReviewing() const { return !m_candidateId.isEmpty(); }
    /// Context, what I did, the result, what I learned: shown beside every section.
    QStringList guidingQuestions() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Everything the editor shows of one section:
    /// {id, title, blocTitle, text, words, hasDraft, conflict: [{id, text, at, author}],
    ///  history: [{id, text, at, author, words}] newest first,
    ///  comments: [{id, text, at, author}] oldest first}
    /// `text` is the draft if there is one, else the current version.
    Q_INVOKABLE QVariantMap section(const QString &sectionId) const;
    /// The candidate typed: kept in memory at once, in the vault's draft table within a
    /// second (a timer), never lost.
    Q_INVOKABLE void setDraft(const QString &sectionId, const QString &text);
    /// Records the section's draft as a livret.edit based on its current version; no
    /// event when the text did not change. True when nothing is left unrecorded.
    Q_INVOKABLE bool commit(const QString &sectionId);
    /// Every section's draft, recorded (on lock, on quit).
    Q_INVOKABLE bool commitAll();
    /// A new version with the text of an earlier one (`editId`, base64url).
    Q_INVOKABLE bool restore(const QString &sectionId, const QString &editId);
    /// Ends a conflict with `text` (one side, or a merge): one edit based on every head.
    Q_INVOKABLE bool resolveConflict(const QString &sectionId, const QString &text);
    /// A signed livret.comment on the section's current version (the accompanist's, or
    /// anyone's who follows the candidate). False, with the problem reported, otherwise.
    Q_INVOKABLE bool comment(const QString &sectionId, const QString &text);
    /// The whole livret as a PDF; returns its path (empty on failure, error reported).
    Q_INVOKABLE QString exportPdf();
    /// LivretProjection::wordCount: "l'expérience" and "peut-être" are one word each.
    Q_INVOKABLE static int wordCount(const QString &text);

    /// The whole livret as HTML (the PDF's content).
    QString html() const;

Q_SIGNALS:
    void reloaded();

private:
    void reload() override;
    QStringList shownKinds() const override;
    void leavingSession() override;
    void followingSession(Session &session) override;
    void loadDrafts(SqliteDatabase &database);
    void saveDrafts();
    /// Forgets the drafts held in memory (the vault keeps its copy).
    void forgetDrafts();
    /// Forgets the section's draft, in memory and in the vault.
    void dropDraft(const QString &sectionId);
    bool recordEdit(const QString &sectionId, const QString &text, const QByteArray &base,
                    const QList<QByteArray> &merges);
    /// The version the section's draft was started from, when the journal still has it.
    QByteArray draftBase(const QString &sectionId) const;
    QString shownText(const QString &sectionId) const;
    const LivretProjection::Section &sectionOf(const QString &sectionId) const;
    int rowOf(const QString &sectionId) const;
    void rowChanged(const QString &sectionId);

    const Referentiel *m_referentiel = nullptr;
    struct Row
    {
        QString sectionId;
        QString title;
        QString blocId;
        QString blocTitle;
    };
    QList<Row> m_rows;
    QHash<QString, LivretProjection::Section> m_sections; ///< by section id
    QHash<QString, QString> m_drafts; ///< section id → typed text
    QHash<QString, QByteArray> m_draftBases; ///< section id → head it started from
    QSet<QString> m_unsaved; ///< drafts not yet in the vault
    QTimer m_saveTimer;
    QTimer m_commitTimer;
};

} // namespace jalon
