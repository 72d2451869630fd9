// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "sync/signednote.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace jalon {

/// A jury bundle (sync/dossier/FORMAT.md): a candidate's carnet events, the organisation's
/// events that say who held which key, role and assignment, the référentiels they name,
/// and an inclusion proof of each event to one signed checkpoint of the centre's log.
struct DossierBundle
{
    Q_DECLARE_TR_FUNCTIONS(DossierBundle)

public:
    static constexpr auto Format = "jalon-dossier/1";

    struct Entry
    {
        qint64 index = 0;
        QByteArray event; ///< the event's RFC 8785 form
        QList<QByteArray> inclusion;
    };
    struct Document
    {
        QString id;
        int version = 0;
        QByteArray sha256; ///< of the document's RFC 8785 form
        QByteArray json; ///< the référentiel, as JSON
    };

    QString candidateId;
    QString candidateName;
    QDateTime exportedAt;
    QByteArray centreKey; ///< the centre's Ed25519 public key
    QList<NoteKey> witnesses;
    int quorum = 0;
    QByteArray checkpoint; ///< the signed note
    QList<Document> referentiels;
    QList<Entry> entries; ///< in log order

    QByteArray toJson() const;
    /// Reads the bundle's structure (no signature or proof is checked here).
    static Result<DossierBundle> fromJson(const QByteArray &json);
};

} // namespace jalon
