// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidate/livretmodel.h"

#include "crypto/signingkey.h"
#include "journal/event.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "projections/orgprojection.h"
#include "referentiel/referentiel.h"
#include "session/session.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <numeric>

using namespace std::chrono_literals;

namespace jalon {

namespace {

    constexpr auto SaveDelay = 700ms; // "within a second" of a keystroke, without a write per key
    constexpr auto CommitInterval = 60s;

    QByteArray headOf(const LivretProjection::Section &section)
    {
        return section.heads.isEmpty() ? QByteArray() : section.heads.last().id;
    }

    /// Names the signer of an edit or comment for the person reading their livret.
    class Authors
    {
    public:
        explicit Authors(Session *session)
        {
            if (SqliteDatabase *db = session ? session->database() : nullptr) {
                m_users = OrgProjection::usersByDevice(*db).value_or(
                    QHash<QByteArray, OrgProjection::User>());
                m_own = session->openVault()->deviceKey().publicKey();
            }
        }

        QString operator()(const QByteArray &key) const
        {
            if (const auto user = m_users.constFind(key); user != m_users.cend())
                return user->name;
            if (key == m_own)
                return LivretModel::tr("you");
            return LivretModel::tr("device %1").arg(toIdText(key).left(8));
        }

    private:
        QHash<QByteArray, OrgProjection::User> m_users;
        QByteArray m_own;
    };

} // namespace

LivretModel::LivretModel(QObject *parent)
    : SessionListModel(parent)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelay);
    connect(&m_saveTimer, &QTimer::timeout, this, &LivretModel::saveDrafts);
    m_commitTimer.setInterval(CommitInterval);
    connect(&m_commitTimer, &QTimer::timeout, this, &LivretModel::commitAll);
}

LivretModel::~LivretModel()
{
    // Teardown is no time to sign events: the drafts wait in the vault for the next unlock.
    saveDrafts();
}

void LivretModel::leavingSession()
{
    saveDrafts();
    forgetDrafts();
}

void LivretModel::followingSession(Session &session)
{
    // A direct connection: the edits are signed before the vault closes its keys.
    connect(&session, &Session::aboutToLock, this, &LivretModel::commitAll);
}

QStringList LivretModel::shownKinds() const
{
    return { QLatin1String(EventKinds::LivretEdit), QLatin1String(EventKinds::LivretComment) };
}

void LivretModel::reload()
{
    const Referentiel *referentiel = subjectReferentiel();
    if (referentiel != m_referentiel) {
        saveDrafts(); // drafts of another référentiel's sections stay in the vault only
        forgetDrafts();
        beginResetModel();
        m_referentiel = referentiel;
        m_rows.clear();
        if (m_referentiel) {
            for (const Bloc &bloc : m_referentiel->blocs) {
                for (const Competence &competence : bloc.competences)
                    m_rows << Row { competence.id, competence.label, bloc.id, bloc.title };
            }
        }
        endResetModel();
    }
    m_sections.clear();
    SqliteDatabase *db = m_session ? m_session->database() : nullptr;
    if (!db) {
        forgetDrafts(); // locked: what was typed was committed on aboutToLock
    } else if (m_referentiel) {
        if (auto sections = LivretProjection::sections(*db, subject())) {
            for (LivretProjection::Section &section : *sections)
                m_sections.insert(section.id, section);
        } else {
            m_session->reportError(sections.error().message());
        }
        loadDrafts(*db);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    Q_EMIT reloaded();
}

void LivretModel::loadDrafts(SqliteDatabase &database)
{
    // Drafts in memory are newer than the vault's copy; the vault's fill the gaps (after an
    // unlock, or a crash before the text became an edit).
    auto drafts = LivretProjection::drafts(database, subject());
    if (!drafts) {
        m_session->reportError(drafts.error().message());
        return;
    }
    for (const LivretProjection::Draft &draft : std::as_const(*drafts)) {
        if (m_drafts.contains(draft.section) || rowOf(draft.section) < 0)
            continue;
        // Equal to the current text: recorded, then the app stopped before dropping it.
        if (draft.text == sectionOf(draft.section).currentText()) {
            dropDraft(draft.section);
            continue;
        }
        m_drafts.insert(draft.section, draft.text);
        m_draftBases.insert(draft.section, draft.base);
    }
    if (!m_drafts.isEmpty() && !m_commitTimer.isActive())
        m_commitTimer.start();
}

void LivretModel::saveDrafts()
{
    m_saveTimer.stop();
    SqliteDatabase *db = m_session ? m_session->database() : nullptr;
    if (!db || m_unsaved.isEmpty())
        return;
    QList<LivretProjection::Draft> drafts;
    for (const QString &section : std::as_const(m_unsaved))
        drafts << LivretProjection::Draft { section, m_draftBases.value(section),
                                            m_drafts.value(section) };
    if (auto saved = LivretProjection::saveDrafts(*db, subject(), drafts, m_session->now());
        !saved) {
        // Kept unsaved: the next keystroke or the lock tries again.
        m_session->reportError(
            tr("Your livret text could not be kept in the vault: %1").arg(saved.error().message()));
        return;
    }
    m_unsaved.clear();
}

void LivretModel::forgetDrafts()
{
    m_drafts.clear();
    m_draftBases.clear();
    m_unsaved.clear();
    m_saveTimer.stop();
    m_commitTimer.stop();
}

void LivretModel::dropDraft(const QString &sectionId)
{
    m_drafts.remove(sectionId);
    m_draftBases.remove(sectionId);
    m_unsaved.remove(sectionId);
    if (m_drafts.isEmpty())
        m_commitTimer.stop();
    if (SqliteDatabase *db = m_session ? m_session->database() : nullptr) {
        if (auto dropped = LivretProjection::dropDraft(*db, subject(), sectionId); !dropped)
            m_session->reportError(dropped.error().message());
    }
}

const LivretProjection::Section &LivretModel::sectionOf(const QString &sectionId) const
{
    static const LivretProjection::Section none;
    const auto section = m_sections.constFind(sectionId);
    return section == m_sections.cend() ? none : *section;
}

int LivretModel::rowOf(const QString &sectionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].sectionId == sectionId)
            return row;
    }
    return -1;
}

QString LivretModel::shownText(const QString &sectionId) const
{
    const auto draft = m_drafts.constFind(sectionId);
    return draft != m_drafts.cend() ? *draft : sectionOf(sectionId).currentText();
}

QByteArray LivretModel::draftBase(const QString &sectionId) const
{
    // Basing the edit on the version the typing started from, not on today's head, keeps
    // an edit that arrived meanwhile (another device) as a conflict instead of overwriting
    // it. A base the journal no longer has (renamed when the device joined) means the head.
    const QByteArray base = m_draftBases.value(sectionId);
    const LivretProjection::Section &section = sectionOf(sectionId);
    const bool known = base.isEmpty()
        || std::any_of(section.history.cbegin(), section.history.cend(),
                       [&](const LivretProjection::Edit &edit) { return edit.id == base; });
    return known ? base : headOf(section);
}

void LivretModel::rowChanged(const QString &sectionId)
{
    if (const int row = rowOf(sectionId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT reloaded();
}

int LivretModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LivretModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows[index.row()];
    const LivretProjection::Section &section = sectionOf(row.sectionId);
    switch (role) {
    case SectionIdRole:
        return row.sectionId;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case BlocIdRole:
        return row.blocId;
    case BlocTitleRole:
        return row.blocTitle;
    case FirstOfBlocRole:
        return index.row() == 0 || m_rows[index.row() - 1].blocId != row.blocId;
    case WordsRole:
        return wordCount(shownText(row.sectionId));
    case HasDraftRole:
        return m_drafts.contains(row.sectionId);
    case HasConflictRole:
        return section.hasConflict();
    case CommentCountRole:
        return int(section.comments.size());
    case UpdatedAtRole:
        return section.heads.isEmpty() ? QDateTime() : section.heads.last().at;
    }
    return {};
}

QHash<int, QByteArray> LivretModel::roleNames() const
{
    return { { SectionIdRole, "sectionId" },
             { TitleRole, "title" },
             { BlocIdRole, "blocId" },
             { BlocTitleRole, "blocTitle" },
             { FirstOfBlocRole, "firstOfBloc" },
             { WordsRole, "words" },
             { HasDraftRole, "hasDraft" },
             { HasConflictRole, "hasConflict" },
             { CommentCountRole, "commentCount" },
             { UpdatedAtRole, "updatedAt" } };
}

int LivretModel::draftedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row &row) {
        return !shownText(row.sectionId).trimmed().isEmpty();
    }));
}

int LivretModel::totalWords() const
{
    return std::accumulate(m_rows.cbegin(), m_rows.cend(), 0, [this](int words, const Row &row) {
        return words + wordCount(shownText(row.sectionId));
    });
}

int LivretModel::conflictCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row &row) {
        return sectionOf(row.sectionId).hasConflict();
    }));
}

QStringList LivretModel::guidingQuestions() const
{
    return { tr("What was the context?"), tr("What did I do?"), tr("What was the result?"),
             tr("What did I learn?") };
}

int LivretModel::wordCount(const QString &text)
{
    return LivretProjection::wordCount(text);
}

QVariantMap LivretModel::section(const QString &sectionId) const
{
    const int row = rowOf(sectionId);
    if (row < 0)
        return {};
    const LivretProjection::Section &section = sectionOf(sectionId);
    const Authors author(m_session);
    auto edit = [&](const LivretProjection::Edit &e) {
        return QVariantMap { { QStringLiteral("id"), toIdText(e.id) },
                             { QStringLiteral("text"), e.text },
                             { QStringLiteral("at"), e.at },
                             { QStringLiteral("author"), author(e.author) },
                             { QStringLiteral("words"), wordCount(e.text) } };
    };
    QVariantList conflict;
    if (section.hasConflict()) {
        for (const LivretProjection::Edit &head : section.heads)
            conflict << edit(head);
    }
    QVariantList history;
    for (auto e = section.history.crbegin(); e != section.history.crend(); ++e)
        history << edit(*e);
    QVariantList comments;
    for (const LivretProjection::Comment &c : section.comments) {
        comments << QVariantMap { { QStringLiteral("id"), toIdText(c.id) },
                                  { QStringLiteral("text"), c.text },
                                  { QStringLiteral("at"), c.at },
                                  { QStringLiteral("author"), author(c.author) } };
    }
    const QString text = shownText(sectionId);
    return { { QStringLiteral("id"), sectionId },
             { QStringLiteral("title"), m_rows[row].title },
             { QStringLiteral("blocTitle"), m_rows[row].blocTitle },
             { QStringLiteral("text"), text },
             { QStringLiteral("words"), wordCount(text) },
             { QStringLiteral("hasDraft"), m_drafts.contains(sectionId) },
             { QStringLiteral("conflict"), conflict },
             { QStringLiteral("history"), history },
             { QStringLiteral("comments"), comments } };
}

void LivretModel::setDraft(const QString &sectionId, const QString &text)
{
    if (!m_session || !m_session->database() || rowOf(sectionId) < 0 || isReviewing())
        return;
    const auto draft = m_drafts.constFind(sectionId);
    if (draft == m_drafts.cend()) {
        const LivretProjection::Section &section = sectionOf(sectionId);
        if (text == section.currentText())
            return; // the editor showing the current text is no typing
        m_draftBases.insert(sectionId, headOf(section));
    } else if (*draft == text) {
        return;
    }
    m_drafts.insert(sectionId, text);
    m_unsaved.insert(sectionId);
    // Not restarted on every key: steady typing is still saved within the delay.
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
    if (!m_commitTimer.isActive())
        m_commitTimer.start();
    rowChanged(sectionId);
}

bool LivretModel::recordEdit(const QString &sectionId, const QString &text, const QByteArray &base,
                             const QList<QByteArray> &merges)
{
    QJsonObject body { { EventFields::Referentiel, m_referentiel->id },
                       { EventFields::Version, m_referentiel->version },
                       { EventFields::Section, sectionId },
                       { EventFields::Base,
                         base.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(toIdText(base)) },
                       { EventFields::Text, text } };
    if (!merges.isEmpty()) {
        QJsonArray ids;
        for (const QByteArray &id : merges)
            ids << toIdText(id);
        body.insert(EventFields::Merges, ids);
    }
    return bool(m_session->record(QLatin1String(EventKinds::LivretEdit), body));
}

bool LivretModel::comment(const QString &sectionId, const QString &text)
{
    if (!m_session || rowOf(sectionId) < 0)
        return false;
    if (text.trimmed().isEmpty()) {
        m_session->reportError(tr("A comment needs some text."));
        return false;
    }
    const QList<LivretProjection::Edit> &heads = sectionOf(sectionId).heads;
    const QJsonObject body { { EventFields::Section, sectionId },
                             { EventFields::Edit,
                               heads.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(toIdText(heads.last().id)) },
                             { EventFields::Text, text.trimmed() } };
    return bool(m_session->record(QLatin1String(EventKinds::LivretComment), body, subject()));
}

bool LivretModel::commit(const QString &sectionId)
{
    const auto draft = m_drafts.constFind(sectionId);
    if (draft == m_drafts.cend())
        return true;
    if (!m_session || !m_referentiel)
        return false;
    // A copy: recording reloads the model, and m_drafts with it.
    const QString text = *draft; // NOLINT(performance-unnecessary-copy-initialization)
    const QByteArray base = draftBase(sectionId);
    const LivretProjection::Section &section = sectionOf(sectionId);
    const auto started
        = std::find_if(section.history.cbegin(), section.history.cend(),
                       [&](const LivretProjection::Edit &e) { return e.id == base; });
    const bool unchanged = text == section.currentText()
        || text == (started == section.history.cend() ? QString() : started->text);
    // Recording reloads the sections: nothing read from them is used after this.
    if (!unchanged && !recordEdit(sectionId, text, base, {})) {
        saveDrafts();
        return false;
    }
    dropDraft(sectionId);
    rowChanged(sectionId);
    return true;
}

bool LivretModel::commitAll()
{
    bool all = true;
    const QStringList sections = m_drafts.keys();
    for (const QString &section : sections)
        all = commit(section) && all;
    saveDrafts(); // what could not be recorded is at least in the vault
    return all;
}

bool LivretModel::restore(const QString &sectionId, const QString &editId)
{
    if (!m_session || !m_referentiel)
        return false;
    const LivretProjection::Section section = sectionOf(sectionId);
    const auto edit
        = std::find_if(section.history.cbegin(), section.history.cend(),
                       [&](const LivretProjection::Edit &e) { return toIdText(e.id) == editId; });
    if (edit == section.history.cend()) {
        m_session->reportError(tr("This version of the section was not found in your livret."));
        return false;
    }
    if (edit->text != section.currentText()
        && !recordEdit(sectionId, edit->text, headOf(section), {}))
        return false;
    // Dropped once the old text is recorded, so a failure leaves the typing where it was.
    if (m_drafts.contains(sectionId))
        dropDraft(sectionId);
    rowChanged(sectionId);
    return true;
}

bool LivretModel::resolveConflict(const QString &sectionId, const QString &text)
{
    if (!m_session || !m_referentiel)
        return false;
    const LivretProjection::Section section = sectionOf(sectionId);
    if (section.heads.isEmpty())
        return false;
    QList<QByteArray> merges;
    for (qsizetype i = 0; i + 1 < section.heads.size(); ++i)
        merges << section.heads[i].id;
    if ((!merges.isEmpty() || text != section.currentText())
        && !recordEdit(sectionId, text, headOf(section), merges)) {
        return false;
    }
    if (m_drafts.contains(sectionId))
        dropDraft(sectionId);
    rowChanged(sectionId);
    return true;
}

} // namespace jalon
