// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/role.h"
#include "journal/journal.h"
#include "session/syncstatus.h"
#include "vaultsession.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <memory>

namespace jalon {

class AutoSync;
class ReferentielLibrary;
class SyncClient;
struct Referentiel;

/// The person's open profile, for every page (the `Session` singleton): the vault and its
/// journal once unlocked, who the person is (name, role, user id, certification), the
/// sync client and its status, and the automatic lock after a chosen idle time. Pages and
/// models record changes through record(); journalChanged() tells what moved in the
/// journal, so that each model reads again only what concerns it.
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(jalon::VaultSession *vault READ vault CONSTANT)
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    /// Whether this device holds the profile (told with `open`, after the vault settled).
    Q_PROPERTY(bool exists READ exists NOTIFY openChanged)
    Q_PROPERTY(bool onboarded READ isOnboarded NOTIFY identityChanged)
    Q_PROPERTY(QString name READ name NOTIFY identityChanged)
    /// The person's role, as QML's `Roles` enum (Roles.Manager…).
    Q_PROPERTY(jalon::Roles::Role role READ roleKind NOTIFY identityChanged)
    Q_PROPERTY(QString roleName READ roleName NOTIFY identityChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY identityChanged)
    Q_PROPERTY(QString referentielId READ referentielId NOTIFY identityChanged)
    Q_PROPERTY(bool joined READ isJoined NOTIFY identityChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY identityChanged)
    Q_PROPERTY(QString serverFingerprint READ serverFingerprint NOTIFY identityChanged)
    Q_PROPERTY(QString deviceFingerprint READ deviceFingerprint NOTIFY openChanged)
    Q_PROPERTY(jalon::SyncStatus *sync READ sync CONSTANT)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY
                   autoLockMinutesChanged)
    Q_PROPERTY(QStringList recentErrors READ recentErrors NOTIFY errorsChanged)
    /// How long after the passphrase was last given a signature needs it again.
    Q_PROPERTY(int signingGraceMinutes READ signingGraceMinutes CONSTANT)
    /// Signing needs the passphrase again; changes the moment the grace ends.
    Q_PROPERTY(bool signingNeedsPassphrase READ signingNeedsPassphrase NOTIFY
                   signingNeedsPassphraseChanged)

public:
    /// The subject of a candidate's events before their device joins a server.
    static constexpr const char *LocalSubject = "local";

    /// Takes no default: QML (Qt 6.4) would build its own instance instead of calling create().
    explicit Session(QObject *parent);
    ~Session() override;

    static void setInstance(Session *session);
    static Session *create(QQmlEngine *, QJSEngine *);

    VaultSession *vault() { return &m_vault; }
    bool isOpen() const { return m_journal != nullptr; }
    bool exists() const { return m_vault.exists(); }
    bool isOnboarded() const { return m_identity.onboarded; }
    QString name() const { return m_identity.name; }
    /// Before joining, the person works as a candidate: only a candidate has work of their own.
    QString role() const { return m_identity.role; }
    /// The same, as the enum (a candidate when the word is not a role's).
    Role roleKind() const { return roleFromName(m_identity.role).value_or(Role::Candidate); }
    /// The role in the person's language ("tuteur"…).
    QString roleName() const;
    QString userId() const { return m_identity.userId; }
    QString referentielId() const { return m_identity.referentielId; }
    bool isJoined() const { return m_identity.joined; }
    QString serverUrl() const { return m_identity.serverUrl; }
    QString serverFingerprint() const;
    QString deviceFingerprint() const;
    SyncStatus *sync() { return &m_syncStatus; }
    int autoLockMinutes() const { return m_autoLockMinutes; }
    void setAutoLockMinutes(int minutes);
    /// The idle time before locking, to the millisecond (tests use a short one).
    void setAutoLockDelay(std::chrono::milliseconds delay);
    QStringList recentErrors() const { return m_errors; }

    /// The vault's folder (profile); tests use a temporary one.
    void setDirectory(const QString &directory);
    /// The référentiels the app knows (bundled, then published by the server).
    void setReferentiels(ReferentielLibrary *library) { m_referentiels = library; }
    /// The certification the person prepares; nullptr before one is chosen.
    const Referentiel *referentiel() const;
    /// The certification `userId` prepares: one's own, else as the organisation declared
    /// it, else the one their own events name.
    const Referentiel *referentielOf(const QString &userId) const;
    /// A candidate's certification from what the organisation declared (`declared`, its
    /// id, possibly empty), without reading it again; referentielOf() when it is empty.
    const Referentiel *referentielOf(const QString &userId, const QString &declared) const;
    /// Time for new events and for the rules' "today" (tests set a fixed one).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }
    /// The person's date today (local time): what the rules call "today".
    QDate today() const { return m_clock().toLocalTime().date(); }

    /// Makes the vault (off the UI thread) and records the person's name in it.
    Q_INVOKABLE void createProfile(const QString &name, const QString &passphrase);
    Q_INVOKABLE void unlock(const QString &passphrase) { m_vault.unlock(passphrase); }
    Q_INVOKABLE void recover(const QString &recoveryCode, const QString &newPassphrase);
    /// The certification a candidate prepares (when the organisation did not set one).
    Q_INVOKABLE bool chooseReferentiel(const QString &referentielId);
    Q_INVOKABLE bool finishOnboarding();
    /// Joins a certification centre's server with a one-time code (SyncStatus tells).
    Q_INVOKABLE void join(const QString &serverUrl, const QString &code);
    Q_INVOKABLE void syncNow();
    /// Flushes what pages hold (aboutToLock), closes the vault and wipes its keys.
    Q_INVOKABLE void lock();
    /// Some input happened: the idle lock starts counting again.
    Q_INVOKABLE void userActive();
    /// Whether the vault was unlocked less than `minutes` ago (signing asks again after).
    Q_INVOKABLE bool unlockedWithin(int minutes) const;
    /// Whether signing now needs the passphrase again (given more than the grace ago).
    bool signingNeedsPassphrase() const { return !unlockedWithin(SigningGraceMinutes); }
    static constexpr int SigningGraceMinutes = 5;
    int signingGraceMinutes() const { return SigningGraceMinutes; }
    Q_INVOKABLE void reportError(const QString &message);

    /// Records one of the person's changes: signed, stored, projected, then told
    /// (journalChanged).
    Result<Event> record(const QString &kind, const QJsonObject &body, const QString &subject = {});
    /// Tells the pages what moved in the journal since they were last told (nothing when
    /// nothing did): after record(), after a sync, after events received otherwise.
    void tellWhatMoved();
    /// Tells the pages that everything may have moved (the vault opened, the person
    /// joined, the day changed).
    void tellEverything();
    /// The open vault's database and journal (nullptr when locked).
    SqliteDatabase *database() const;
    Journal *journal() const { return m_journal.get(); }
    Vault *openVault() const { return m_vault.vault(); }
    /// The client of the centre's server (nullptr when locked).
    SyncClient *syncClient() const { return m_client.get(); }

Q_SIGNALS:
    void openChanged();
    void identityChanged();
    /// The journal moved: `change` says what about (or everything, when the vault opened).
    void journalChanged(const jalon::JournalChange &change);
    void signingNeedsPassphraseChanged();
    void aboutToLock();
    void autoLockMinutesChanged();
    void errorsChanged();
    void errorOccurred(const QString &message);

private:
    void onVaultStateChanged();
    void openWorkspace();
    void closeWorkspace();
    void startSync();
    void onJoined(bool ok);
    bool rebindLocalEvents();
    void refreshIdentity();
    void updateSigningGrace();
    QString setting(const char *key) const;
    bool setSetting(const char *key, const QString &value);

    struct Identity
    {
        bool onboarded = false;
        bool joined = false;
        QString name;
        QString role = QStringLiteral("candidate");
        QString userId = QString::fromLatin1(LocalSubject);
        QString referentielId;
        QString serverUrl;
        bool operator==(const Identity &) const = default;
    };
    /// Where the journal, the centre's answers (acknowledgement, refusals, log entries)
    /// and the device's own forked events stand: a sync that moved none (the network
    /// down) changes nothing the pages show but the sync chip.
    struct JournalMark
    {
        qint64 position = 0;
        qint64 acknowledged = 0;
        QList<qint64> answers;
        qint64 ownForked = 0;
        bool operator==(const JournalMark &) const = default;
    };
    JournalMark journalMark() const;
    JournalMark m_told; ///< what the pages were last told about

    ReferentielLibrary *m_referentiels = nullptr;
    Identity m_identity;
    VaultSession m_vault;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<AutoSync> m_autoSync;
    SyncStatus m_syncStatus;
    QString m_pendingName;
    QTimer m_idle;
    QTimer m_graceEnd; ///< when the signing grace ends
    bool m_signingNeedsPassphrase = true; ///< as last told
    int m_autoLockMinutes = 5;
    std::chrono::milliseconds m_autoLockDelay = std::chrono::minutes(5);
    QDateTime m_unlockedAt;
    QStringList m_errors;
    std::function<QDateTime()> m_clock;
};

} // namespace jalon
