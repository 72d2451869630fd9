// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierexporter.h"

#include "common/atomicfile.h"
#include "common/role.h"
#include "crypto/sha256.h"
#include "jcs/canonicaljson.h"
#include "journal/event.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "projections/orgprojection.h"
#include "referentiel/referentielcatalog.h"
#include "sync/checkpoint.h"
#include "sync/merkletree.h"
#include "sync/protocol.h"
#include "sync/syncclient.h"
#include "vault/settings.h"
#include "vault/sqlitedatabase.h"
#include "vault/vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>

namespace jalon {

namespace {

    constexpr auto LastPathSetting = "dossier.last_path";
    constexpr auto LastHashSetting = "dossier.last_sha256";

    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(DossierExporter)
    };

    Error exportError(const QString &problem)
    {
        return Error { Text::tr("jury bundle"), {}, problem, {} };
    }

    // The candidate's carnet, and the signers' devices' users.
    Result<QList<std::pair<QByteArray, QByteArray>>>
    carnetEvents(SqliteDatabase &database, const QString &candidate, QSet<QString> &signers)
    {
        auto select = database.prepare(
            "SELECT e.id, e.canonical, d.user FROM events e LEFT JOIN org_devices d ON d.device = "
            "e.author "
            "WHERE e.subject = ? AND e.kind IN ('carnet.attest', 'carnet.revoke', 'bloc.evaluate') "
            "AND e.forked = 0 ORDER BY e.position");
        if (!select)
            return std::unexpected(select.error());
        select->bind(1, candidate);
        QList<std::pair<QByteArray, QByteArray>> events;
        while (select->next()) {
            events << std::pair { select->blob(0), select->blob(1) };
            if (!select->isNull(2))
                signers.insert(select->text(2));
        }
        if (select->error())
            return std::unexpected(*select->error());
        return events;
    }

    // What the centre said about the candidate and those signers, and the référentiels it
    // published.
    Result<QList<std::pair<QByteArray, QByteArray>>> centreEvents(SqliteDatabase &database,
                                                                  const QSet<QString> &subjects,
                                                                  const QSet<QString> &referentiels)
    {
        auto select = database.prepare(
            "SELECT id, canonical, kind, subject FROM events WHERE (kind LIKE 'org.%' OR kind = ?) "
            "AND forked = 0 ORDER BY position");
        if (!select)
            return std::unexpected(select.error());
        select->bind(1, QLatin1String(EventKinds::ReferentielPublish));
        QList<std::pair<QByteArray, QByteArray>> events;
        while (select->next()) {
            const bool publish = select->text(2) == QLatin1String(EventKinds::ReferentielPublish);
            if (publish ? referentiels.contains(select->text(3))
                        : subjects.contains(select->text(3)))
                events << std::pair { select->blob(0), select->blob(1) };
        }
        if (select->error())
            return std::unexpected(*select->error());
        return events;
    }

    // Référentiels named by the carnet's events, with their documents.
    QList<DossierBundle::Document> documentsOf(const QList<DossierBundle::Entry> &entries,
                                               const ReferentielCatalog &catalog)
    {
        QList<DossierBundle::Document> documents;
        QSet<QString> seen;
        for (const DossierBundle::Entry &entry : entries) {
            const QJsonObject event = QJsonDocument::fromJson(entry.event).object();
            const QJsonObject body = event.value(QStringLiteral("body")).toObject();
            const QString id = body.value(EventFields::Referentiel).toString();
            const int version = body.value(EventFields::Version).toInt();
            const QString key = id + QLatin1Char('/') + QString::number(version);
            if (id.isEmpty()
                || event.value(QStringLiteral("kind")).toString().startsWith(QLatin1String("org."))
                || seen.contains(key))
                continue;
            seen.insert(key);
            if (const Referentiel *referentiel = catalog.find(id, version)) {
                const QByteArray canonical = CanonicalJson::serialize(referentiel->document);
                documents << DossierBundle::Document { id, version, sha256(canonical), canonical };
                continue;
            }
            // Not shipped with Jalon: the text the centre published, whose event is in the bundle.
            for (const DossierBundle::Entry &publish : entries) {
                const QJsonObject published = QJsonDocument::fromJson(publish.event).object();
                const QJsonObject document = published.value(QStringLiteral("body"))
                                                 .toObject()
                                                 .value(EventFields::Referentiel)
                                                 .toObject();
                if (published.value(QStringLiteral("kind")).toString()
                        == QLatin1String(EventKinds::ReferentielPublish)
                    && document.value(QStringLiteral("id")).toString() == id
                    && document.value(QStringLiteral("version")).toInt() == version) {
                    const QByteArray canonical = CanonicalJson::serialize(document);
                    documents << DossierBundle::Document { id, version, sha256(canonical),
                                                           canonical };
                    break;
                }
            }
        }
        return documents;
    }

} // namespace

DossierExporter::DossierExporter(Vault &vault, SyncClient &client, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_client(client)
{
}

Result<DossierBundle> DossierExporter::collect(SqliteDatabase &database, const QString &candidate,
                                               const ReferentielCatalog &catalog)
{
    DossierBundle bundle;
    bundle.candidateId = candidate;
    auto declared = OrgProjection::user(database, candidate);
    if (!declared)
        return std::unexpected(declared.error());
    if (!*declared || roleFromName((*declared)->role) != Role::Candidate)
        return std::unexpected(exportError(
            Text::tr("the centre has not told this device of a candidate \"%1\"").arg(candidate)));
    bundle.candidateName = (*declared)->name;
    QSet<QString> subjects { candidate };
    auto carnet = carnetEvents(database, candidate, subjects);
    if (!carnet)
        return std::unexpected(carnet.error());
    QSet<QString> named;
    for (const auto &[id, canonical] : *carnet)
        named.insert(QJsonDocument::fromJson(canonical)
                         .object()
                         .value(QStringLiteral("body"))
                         .toObject()
                         .value(EventFields::Referentiel)
                         .toString());
    auto centre = centreEvents(database, subjects, named);
    if (!centre)
        return std::unexpected(centre.error());
    const QHash<QByteArray, qint64> indexes = SyncClient::logIndexes(database);
    int unlogged = 0;
    for (const auto &[id, canonical] : *centre + *carnet) {
        if (!indexes.contains(id)) {
            ++unlogged;
            continue;
        }
        bundle.entries << DossierBundle::Entry { indexes.value(id), canonical, {} };
    }
    if (unlogged > 0)
        return std::unexpected(exportError(Text::tr("%n event(s) of the bundle have not reached "
                                                    "the centre's log yet: sync, then export again",
                                                    nullptr, unlogged)));
    std::sort(bundle.entries.begin(), bundle.entries.end(),
              [](const DossierBundle::Entry &a, const DossierBundle::Entry &b) {
                  return a.index < b.index;
              });
    bundle.referentiels = documentsOf(bundle.entries, catalog);
    return bundle;
}

std::pair<QString, QString> DossierExporter::lastExport(SqliteDatabase &database)
{
    return { Settings::value(database, QLatin1String(LastPathSetting)),
             Settings::value(database, QLatin1String(LastHashSetting)) };
}

void DossierExporter::exportTo(const QString &candidate, const QString &path)
{
    m_candidate = candidate;
    m_path = path;
    Q_EMIT progress(Text::tr("Syncing with the centre…"));
    QObject::disconnect(m_waiting);
    m_waiting = connect(&m_client, &SyncClient::syncFinished, this, &DossierExporter::onSynced);
    m_client.sync();
}

void DossierExporter::fail(const QString &message)
{
    Q_EMIT finished(false, message);
}

void DossierExporter::onSynced(bool ok)
{
    QObject::disconnect(m_waiting);
    if (!ok)
        return fail(Text::tr("the centre must be reachable to prove the carnet's events: %1")
                        .arg(m_client.lastError()));
    const auto &catalog = ReferentielCatalog::shipped();
    if (!catalog)
        return fail(catalog.error().message());
    auto bundle = collect(m_vault.database(), m_candidate, *catalog);
    if (!bundle)
        return fail(bundle.error().message());
    bundle->centreKey = Journal(m_vault).serverKey();
    const CheckpointPolicy policy
        = SyncClient::checkpointPolicy(m_vault.database(), bundle->centreKey);
    bundle->witnesses = policy.witnesses;
    bundle->quorum = policy.quorum;
    bundle->checkpoint = SyncClient::verifiedCheckpoint(m_vault.database());
    const auto checkpoint = policy.open(bundle->checkpoint);
    if (!checkpoint)
        return fail(checkpoint.error().message());
    QJsonArray indexes;
    for (const DossierBundle::Entry &entry : std::as_const(bundle->entries))
        indexes.append(entry.index);
    if (indexes.isEmpty())
        return fail(Text::tr("the carnet holds nothing the centre logged yet"));
    Q_EMIT progress(Text::tr("Fetching the proofs of %n event(s)…", nullptr, int(indexes.size())));
    QNetworkRequest request(
        m_client.server().resolved(QUrl(QLatin1String(Protocol::InclusionProof))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30000);
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("size"), checkpoint->size },
                                      { QStringLiteral("indexes"), indexes } })
              .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, bundle = std::move(*bundle)]() mutable {
                onProofs(reply, std::move(bundle));
            });
}

void DossierExporter::onProofs(QNetworkReply *reply, DossierBundle bundle)
{
    reply->deleteLater();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (reply->error() != QNetworkReply::NoError)
        return fail(Text::tr("the centre did not give the proofs: %1")
                        .arg(answer.value(QStringLiteral("error")).toString(reply->errorString())));
    const Checkpoint checkpoint = *Checkpoint::ofNote(bundle.checkpoint);
    const QJsonArray proofs = answer.value(QStringLiteral("proofs")).toArray();
    if (proofs.size() != bundle.entries.size())
        return fail(Text::tr("the centre gave %1 proofs for %2 events")
                        .arg(proofs.size())
                        .arg(bundle.entries.size()));
    // Never trusted: each proof is checked against the checkpoint this device verified.
    for (qsizetype i = 0; i < proofs.size(); ++i) {
        DossierBundle::Entry &entry = bundle.entries[i];
        for (const auto &hash : proofs[i].toObject().value(QStringLiteral("inclusion")).toArray())
            entry.inclusion << QByteArray::fromBase64(hash.toString().toLatin1());
        if (!MerkleTree::verifyInclusion(MerkleTree::leafHash(Event::idOf(entry.event)),
                                         entry.index, checkpoint.size, entry.inclusion,
                                         checkpoint.root))
            return fail(Text::tr("the centre's proof of the event at index %1 does not hold")
                            .arg(entry.index));
    }
    bundle.exportedAt = QDateTime::currentDateTimeUtc();
    const QByteArray json = bundle.toJson();
    if (auto written = writeFileAtomically(m_path, json); !written)
        return fail(written.error().message());
    // The page that checks it in a browser goes beside it.
    const QString page = QFileInfo(m_path).dir().filePath(QStringLiteral("verify.html"));
    QFile::remove(page);
    QFile::copy(QStringLiteral(":/dossier/verify.html"), page);
    QFile::setPermissions(
        page, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    m_sha256 = QString::fromLatin1(jalon::sha256(json).toHex());
    (void)Settings::setValue(m_vault.database(), QLatin1String(LastPathSetting), m_path);
    (void)Settings::setValue(m_vault.database(), QLatin1String(LastHashSetting), m_sha256);
    Q_EMIT finished(true, m_path);
}

} // namespace jalon
