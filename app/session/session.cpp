// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/session.h"

#include "common/role.h"
#include "crypto/sha256.h"
#include "projections/orgprojection.h"
#include "referentiellibrary.h"
#include "sync/autosync.h"
#include "sync/syncclient.h"
#include "vault/settings.h"
#include "vault/sqlitedatabase.h"
#include "vault/vault.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "jalon.session", QtInfoMsg)

namespace jalon {

namespace {

    Session *s_instance = nullptr;

    constexpr auto NameSetting = "profile.name";
    constexpr auto ReferentielSetting = "profile.referentiel";
    constexpr auto OnboardedSetting = "profile.onboarded";
    constexpr int KeptErrors = 20;

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_vault, &VaultSession::stateChanged, this, &Session::onVaultStateChanged);
    connect(&m_vault, &VaultSession::passphraseConfirmed, this, [this](bool ok) {
        if (!ok)
            return;
        m_unlockedAt = m_clock(); // the person is here: signing needs no passphrase for a while
        updateSigningGrace();
    });
    m_graceEnd.setSingleShot(true);
    connect(&m_graceEnd, &QTimer::timeout, this, &Session::updateSigningGrace);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        qCInfo(lcSession) << "locked after" << m_autoLockDelay.count() << "idle ms";
        lock();
    });
}

Session::~Session()
{
    closeWorkspace();
    if (s_instance == this)
        s_instance = nullptr;
}

void Session::setInstance(Session *session)
{
    s_instance = session;
}

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Session::setDirectory(const QString &directory)
{
    m_vault.setDirectory(directory);
    Q_EMIT openChanged();
}

void Session::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (m_journal)
        m_journal->setClock(m_clock);
    updateSigningGrace(); // the time may have jumped
}

void Session::updateSigningGrace()
{
    const bool needs = signingNeedsPassphrase();
    m_graceEnd.stop();
    if (!needs) {
        // Told the moment the grace ends, so that a page left open asks for the passphrase.
        const qint64 left
            = qint64(SigningGraceMinutes) * 60 * 1000 - m_unlockedAt.msecsTo(m_clock());
        m_graceEnd.start(
            std::chrono::milliseconds(qBound(qint64(0), left, qint64(24) * 3600 * 1000) + 10));
    }
    if (needs == m_signingNeedsPassphrase)
        return;
    m_signingNeedsPassphrase = needs;
    Q_EMIT signingNeedsPassphraseChanged();
}

QString Session::setting(const char *key) const
{
    SqliteDatabase *db = database();
    return db ? Settings::value(*db, QLatin1String(key)) : QString();
}

bool Session::setSetting(const char *key, const QString &value)
{
    SqliteDatabase *db = database();
    if (!db)
        return false;
    if (auto set = Settings::setValue(*db, QLatin1String(key), value); !set) {
        reportError(set.error().message());
        return false;
    }
    return true;
}

SqliteDatabase *Session::database() const
{
    Vault *vault = m_vault.vault();
    return vault && m_journal ? &vault->database() : nullptr;
}

// Who the person is, read once each time it may have changed (opening, joining, a sync,
// a choice in the onboarding), not at every read of a property by a page or a model.
void Session::refreshIdentity()
{
    Identity identity;
    if (SqliteDatabase *db = database()) {
        identity.onboarded = setting(OnboardedSetting) == QLatin1String("1");
        identity.name = setting(NameSetting);
        identity.referentielId = setting(ReferentielSetting);
        if (m_client && m_client->isEnrolled()) {
            identity.joined = true;
            identity.userId = m_client->user();
            identity.role = m_client->role();
            identity.serverUrl = m_client->server().toString();
            if (auto user = OrgProjection::user(*db, identity.userId); user && *user) {
                identity.name = (*user)->name;
                if (!(*user)->referentiel.isEmpty())
                    identity.referentielId = (*user)->referentiel;
            }
        }
    }
    if (identity == m_identity)
        return;
    m_identity = identity;
    Q_EMIT identityChanged();
}

Session::JournalMark Session::journalMark() const
{
    if (!m_journal)
        return {};
    const auto forked = m_journal->ownForkedCount(Journal::Fork::Open);
    return { m_journal->lastPosition(), SyncClient::acknowledgedSeq(*database()),
             SyncClient::answerCounts(*database()), forked ? *forked : -1 };
}

QString Session::roleName() const
{
    const auto known = roleFromName(role());
    return known ? roleDisplayName(*known) : role();
}

const Referentiel *Session::referentiel() const
{
    return m_referentiels ? m_referentiels->find(referentielId()) : nullptr;
}

const Referentiel *Session::referentielOf(const QString &userId) const
{
    SqliteDatabase *db = database();
    if (userId == this->userId() || !db || !m_referentiels)
        return userId == this->userId() ? referentiel() : nullptr;
    const auto named = OrgProjection::referentielOf(*db, userId);
    if (!named || named->isEmpty())
        return nullptr;
    return m_referentiels->find(*named);
}

const Referentiel *Session::referentielOf(const QString &userId, const QString &declared) const
{
    if (declared.isEmpty() || !m_referentiels)
        return referentielOf(userId);
    return m_referentiels->find(declared);
}

QString Session::serverFingerprint() const
{
    return m_journal ? fingerprintOf(m_journal->serverKey()) : QString();
}

QString Session::deviceFingerprint() const
{
    Vault *vault = m_vault.vault();
    return vault && vault->isOpen() ? fingerprintOf(vault->deviceKey().publicKey()) : QString();
}

void Session::setAutoLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 240);
    if (minutes == m_autoLockMinutes)
        return;
    m_autoLockMinutes = minutes;
    setAutoLockDelay(std::chrono::minutes(minutes));
    Q_EMIT autoLockMinutesChanged();
}

void Session::setAutoLockDelay(std::chrono::milliseconds delay)
{
    m_autoLockDelay = delay;
    userActive();
}

void Session::createProfile(const QString &name, const QString &passphrase)
{
    m_pendingName = name.trimmed();
    m_vault.create(passphrase, m_pendingName.split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

void Session::recover(const QString &recoveryCode, const QString &newPassphrase)
{
    m_vault.recover(recoveryCode, newPassphrase);
}

void Session::onVaultStateChanged()
{
    const bool unlocked = m_vault.isUnlocked();
    if (unlocked && !m_journal)
        openWorkspace();
    else if (!unlocked && m_journal)
        closeWorkspace();
}

void Session::openWorkspace()
{
    Vault *vault = m_vault.vault();
    m_journal = std::make_unique<Journal>(*vault);
    m_journal->setClock(m_clock);
    m_client = std::make_unique<SyncClient>(*vault);
    connect(m_client.get(), &SyncClient::enrollFinished, this, &Session::onJoined);
    connect(m_client.get(), &SyncClient::syncFinished, this, [this] {
        if (journalMark() == m_told)
            return Q_EMIT m_syncStatus.changed();
        refreshIdentity(); // the organisation's events may name the person now
        tellWhatMoved();
    });
    if (!m_pendingName.isEmpty()) {
        setSetting(NameSetting, m_pendingName);
        m_pendingName.clear();
    }
    m_unlockedAt = m_clock();
    updateSigningGrace();
    m_syncStatus.follow(m_client.get(), nullptr);
    if (m_client->isEnrolled())
        startSync();
    userActive();
    refreshIdentity(); // before `open` is told, so the window picks the right screen
    Q_EMIT openChanged();
    tellEverything();
}

void Session::closeWorkspace()
{
    m_idle.stop();
    m_syncStatus.follow(nullptr, nullptr);
    m_autoSync.reset();
    m_client.reset();
    m_journal.reset();
    updateSigningGrace();
    refreshIdentity();
    Q_EMIT openChanged();
}

void Session::startSync()
{
    // A crash between the join and the rebinding leaves events naming the placeholder:
    // they are rebound before anything is sent.
    if (!rebindLocalEvents())
        return;
    m_autoSync = std::make_unique<AutoSync>(*m_client);
    m_syncStatus.follow(m_client.get(), m_autoSync.get());
    m_autoSync->start();
}

bool Session::rebindLocalEvents()
{
    if (SyncClient::acknowledgedSeq(*database()) > 0)
        return true; // something was sent: nothing may be signed again
    auto rebound = m_journal->rebindOwnSubject(QString::fromLatin1(LocalSubject), m_client->user());
    if (!rebound) {
        reportError(tr("Your work made before joining could not be attached to your account: %1")
                        .arg(rebound.error().message()));
        return false;
    }
    if (*rebound > 0)
        qCInfo(lcSession) << *rebound << "event(s) made before joining now name the account";
    return true;
}

void Session::join(const QString &serverUrl, const QString &code)
{
    if (!m_client)
        return;
    QUrl url = QUrl::fromUserInput(serverUrl.trimmed());
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        reportError(tr("\"%1\" is not a server address (for example https://jalon.example.org/).")
                        .arg(serverUrl));
        Q_EMIT m_syncStatus.changed();
        return;
    }
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    m_client->enroll(url, code.trimmed());
}

void Session::onJoined(bool ok)
{
    if (!ok) {
        reportError(m_client->lastError());
        return;
    }
    startSync();
    refreshIdentity();
    tellEverything(); // the events made before joining name the account now
}

void Session::syncNow()
{
    if (m_client && m_client->isEnrolled())
        m_client->sync();
}

void Session::lock()
{
    if (!m_journal)
        return;
    Q_EMIT aboutToLock();
    m_vault.lock();
}

void Session::userActive()
{
    if (m_journal)
        m_idle.start(m_autoLockDelay);
}

bool Session::unlockedWithin(int minutes) const
{
    return m_journal && m_unlockedAt.secsTo(m_clock()) < qint64(minutes) * 60;
}

void Session::reportError(const QString &message)
{
    qCWarning(lcSession) << message;
    m_errors.prepend(QStringLiteral("%1 — %2").arg(
        QLocale().toString(m_clock().toLocalTime(), QLocale::ShortFormat), message));
    while (m_errors.size() > KeptErrors)
        m_errors.removeLast();
    Q_EMIT errorsChanged();
    Q_EMIT errorOccurred(message);
}

bool Session::chooseReferentiel(const QString &referentielId)
{
    if (!setSetting(ReferentielSetting, referentielId))
        return false;
    refreshIdentity();
    return true;
}

bool Session::finishOnboarding()
{
    if (isOnboarded())
        return true; // pages may ask again while identityChanged is still being told
    if (!setSetting(OnboardedSetting, QStringLiteral("1")))
        return false;
    refreshIdentity();
    return true;
}

Result<Event> Session::record(const QString &kind, const QJsonObject &body, const QString &subject)
{
    if (!m_journal)
        return std::unexpected(Error { tr("profile"), {}, tr("the profile is locked"), {} });
    auto event = m_journal->append({ kind, subject.isEmpty() ? userId() : subject, body });
    if (!event) {
        reportError(event.error().message());
        return event;
    }
    if (m_autoSync)
        m_autoSync->changed();
    tellWhatMoved();
    return event;
}

void Session::tellEverything()
{
    m_told = journalMark();
    Q_EMIT journalChanged(JournalChange::all(m_told.position));
    Q_EMIT m_syncStatus.changed();
}

void Session::tellWhatMoved()
{
    const JournalMark mark = journalMark();
    if (mark.ownForked != m_told.ownForked)
        return tellEverything(); // the centre set some of the device's own events aside
    auto change = m_journal->changesSince(m_told.position);
    if (!change) {
        qCWarning(lcSession) << "what moved in the journal cannot be read:"
                             << change.error().message();
        return tellEverything();
    }
    change->acknowledged
        = mark.acknowledged != m_told.acknowledged || mark.answers != m_told.answers;
    m_told = mark;
    if (!change->isEmpty())
        Q_EMIT journalChanged(*change);
    Q_EMIT m_syncStatus.changed();
}

} // namespace jalon
