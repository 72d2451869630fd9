// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "dossierbundle.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace jalon {

class ReferentielCatalog;
class SqliteDatabase;
class SyncClient;
class Vault;

/// "Export for the jury": syncs (so that the device holds everything the centre logged
/// about the candidate and a checkpoint it verified), gathers the candidate's carnet and
/// the organisation's events behind it, asks the centre's public log for an inclusion
/// proof of each against that checkpoint, checks every proof itself, and writes the
/// bundle (sync/dossier/FORMAT.md) with verify.html beside it.
class DossierExporter : public QObject
{
    Q_OBJECT

public:
    DossierExporter(Vault &vault, SyncClient &client, QObject *parent = nullptr);

    /// Writes the bundle of `candidate` to `path`; finished() tells.
    void exportTo(const QString &candidate, const QString &path);
    /// SHA-256 (hex) of the last bundle written.
    QString sha256() const { return m_sha256; }

    /// The bundle's events and référentiels as the vault holds them, without proofs.
    static Result<DossierBundle> collect(SqliteDatabase &database, const QString &candidate,
                                         const ReferentielCatalog &catalog);
    /// Where the last bundle of this vault was written, and its SHA-256 (hex).
    static std::pair<QString, QString> lastExport(SqliteDatabase &database);

Q_SIGNALS:
    /// `message`: the file written, or what went wrong, in words.
    void finished(bool ok, const QString &message);
    /// What it is doing now, in words.
    void progress(const QString &step);

private:
    void onSynced(bool ok);
    void onProofs(class QNetworkReply *reply, DossierBundle bundle);
    void fail(const QString &message);

    Vault &m_vault;
    SyncClient &m_client;
    QNetworkAccessManager m_network;
    QString m_candidate;
    QString m_path;
    QString m_sha256;
    QMetaObject::Connection m_waiting;
};

} // namespace jalon
