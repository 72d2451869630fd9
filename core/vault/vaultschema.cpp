// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/vaultschema.h"

#include "vault/sqlitedatabase.h"

#include <QCoreApplication>
#include <array>

namespace jalon::VaultSchema {

namespace {

    // Append only: a shipped migration never changes, or vaults made with it would differ.
    constexpr std::array Migrations = {
        // 1: the device's identity and the vault's own settings.
        R"sql(
    CREATE TABLE device (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        public_key BLOB NOT NULL,
        secret_key BLOB NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    )sql",
        // 2: the journal (every event, own and received) and the projections folded from it.
        R"sql(
    -- Keys that grow with time only: an index on the event id (a random hash) would
    -- rewrite most of its pages on every commit. An id is found by (author, seq) instead.
    CREATE TABLE events (
        position INTEGER PRIMARY KEY,
        id BLOB NOT NULL,
        author BLOB NOT NULL,
        seq INTEGER NOT NULL,
        prev BLOB,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        canonical BLOB NOT NULL,
        own INTEGER NOT NULL,
        forked INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX events_by_author ON events (author, seq);

    CREATE TABLE diagnostic_answers (
        subject TEXT NOT NULL, referentiel TEXT NOT NULL, activity TEXT NOT NULL,
        level INTEGER NOT NULL, comment TEXT NOT NULL, event BLOB NOT NULL, at TEXT NOT NULL,
        PRIMARY KEY (subject, referentiel, activity)
    );
    CREATE TABLE diagnostic_submissions (
        subject TEXT NOT NULL, referentiel TEXT NOT NULL, version INTEGER NOT NULL,
        event BLOB NOT NULL, at TEXT NOT NULL,
        PRIMARY KEY (subject, referentiel)
    );
    CREATE TABLE livret_edits (
        event BLOB NOT NULL, subject TEXT NOT NULL, referentiel TEXT NOT NULL,
        section TEXT NOT NULL, base BLOB, text TEXT NOT NULL, author BLOB NOT NULL, at TEXT NOT NULL
    );
    CREATE INDEX livret_edits_by_section ON livret_edits (subject, section);
    CREATE TABLE livret_comments (
        event BLOB NOT NULL, subject TEXT NOT NULL, section TEXT NOT NULL, edit BLOB,
        text TEXT NOT NULL, author BLOB NOT NULL, at TEXT NOT NULL
    );
    CREATE TABLE carnet_attestations (
        event BLOB NOT NULL, subject TEXT NOT NULL, referentiel TEXT NOT NULL,
        version INTEGER NOT NULL, competence TEXT NOT NULL, attester BLOB NOT NULL,
        role TEXT NOT NULL, criteria TEXT NOT NULL, situation TEXT NOT NULL,
        observed_on TEXT NOT NULL, at TEXT NOT NULL, revoked_by BLOB, revoke_reason TEXT
    );
    CREATE INDEX carnet_by_subject ON carnet_attestations (subject, competence);
    CREATE TABLE vae_sessions (
        subject TEXT NOT NULL, number INTEGER NOT NULL, status TEXT NOT NULL, date TEXT NOT NULL,
        notes TEXT NOT NULL, next_steps TEXT NOT NULL, sections TEXT NOT NULL,
        event BLOB NOT NULL, at TEXT NOT NULL,
        PRIMARY KEY (subject, number)
    );
    CREATE TABLE bloc_evaluations (
        event BLOB NOT NULL, subject TEXT NOT NULL, referentiel TEXT NOT NULL, bloc TEXT NOT NULL,
        validated INTEGER NOT NULL, date TEXT NOT NULL, remarks TEXT NOT NULL,
        evaluator BLOB NOT NULL, at TEXT NOT NULL
    );
    CREATE INDEX bloc_evaluations_by_subject ON bloc_evaluations (subject);
    CREATE INDEX livret_comments_by_subject ON livret_comments (subject);
    CREATE TABLE org_users (user TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL);
    CREATE TABLE org_devices (device BLOB PRIMARY KEY, user TEXT NOT NULL, revoked_at TEXT);
    CREATE TABLE org_assignments (
        candidate TEXT NOT NULL, user TEXT NOT NULL, role TEXT NOT NULL,
        since TEXT NOT NULL, until TEXT
    );
    CREATE INDEX org_assignments_by_candidate ON org_assignments (candidate);
    )sql",
        // 3: the device's events the server refused (role, assignment, référentiel), with why.
        R"sql(
    CREATE TABLE sync_refusals (
        event BLOB NOT NULL, seq INTEGER PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL
    );
    )sql",
        // 4: the certification a candidate prepares, as the organisation declared it; and the
        // livret text being typed, kept between keystrokes and the edit event that records it.
        R"sql(
    ALTER TABLE org_users ADD COLUMN referentiel TEXT NOT NULL DEFAULT '';
    -- The other heads a livret edit resolves (a merge): base64url ids, space-separated.
    ALTER TABLE livret_edits ADD COLUMN merges TEXT NOT NULL DEFAULT '';
    CREATE TABLE livret_drafts (
        subject TEXT NOT NULL, section TEXT NOT NULL, base BLOB, text TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (subject, section)
    );
    )sql",
        // 5: the candidates a tutor, manager, accompanist or evaluator follows; and where the
        // server's signed log holds each event this device saw synced (its log index).
        R"sql(
    CREATE INDEX org_assignments_by_user ON org_assignments (user);
    CREATE TABLE log_entries (event BLOB PRIMARY KEY, log_index INTEGER NOT NULL) WITHOUT ROWID;
    )sql",
        // 6: evidence of a centre whose log did not extend the one this device had verified:
        // both checkpoints (signed notes) and the proof it was given (base64 hashes, one a line).
        R"sql(
    CREATE TABLE log_conflicts (
        at TEXT NOT NULL, verified TEXT NOT NULL, offered TEXT NOT NULL, proof TEXT NOT NULL,
        reason TEXT NOT NULL
    );
    )sql",
        // 7: when the centre logged each event, as it said (empty when it did not say).
        R"sql(
    ALTER TABLE log_entries ADD COLUMN logged_at TEXT NOT NULL DEFAULT '';
    )sql",
        // 8: the events about one subject, of one kind (the latest bilan, the carnet's
        // signatures), without reading the whole journal.
        R"sql(
    CREATE INDEX events_by_subject ON events (subject, kind);
    )sql",
    };

} // namespace

int latestVersion()
{
    return int(Migrations.size());
}

Result<void> migrate(SqliteDatabase &database, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = database.userVersion();
    if (current < 0)
        return std::unexpected(database.error(
            QCoreApplication::translate("VaultSchema", "the schema version cannot be read")));
    if (current > latestVersion()) {
        return std::unexpected(Error {
            database.path(),
            {},
            QCoreApplication::translate(
                "VaultSchema", "this vault was made by a newer version of Jalon (schema %1)")
                .arg(current),
            QCoreApplication::translate("VaultSchema", "schema %1 or earlier")
                .arg(latestVersion()) });
    }
    for (int version = current + 1; version <= target; ++version) {
        const QByteArray script = QByteArray(Migrations[std::size_t(version - 1)])
            + "\nPRAGMA user_version = " + QByteArray::number(version) + ";";
        auto applied = database.transaction([&] { return database.exec(script.constData()); });
        if (!applied)
            return applied;
    }
    return {};
}

} // namespace jalon::VaultSchema
