// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/candidateprogress.h"
#include "sync/signednote.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace jalon {

/// What checking a jury bundle found: each item with its problems, and the statuses the
/// référentiel's rules give to what holds.
struct DossierReport
{
    struct Item
    {
        qint64 index = -1; ///< log index
        QString kind;
        QString summary; ///< what it is, in words
        QStringList problems;
        bool ok() const { return problems.isEmpty(); }
    };
    struct CompetenceLine
    {
        QString bloc;
        QString id;
        QString label;
        CompetenceStatus status = CompetenceStatus::NotStarted;
        QList<Role> missing; ///< roles whose attestation it still waits for
    };
    struct BlocLine
    {
        QString id;
        QString title;
        BlocProgress progress;
    };

    QString candidateId;
    QString candidateName;
    QString centreFingerprint;
    bool centreKeyGiven = false; ///< checked against a key the jury gave, not the bundle's own
    qint64 checkpointSize = -1;
    QStringList cosigners;
    int quorum = 0;
    QStringList problems; ///< about the bundle as a whole
    QList<Item> items;
    QString referentiel; ///< "id v1" the statuses were computed under
    QList<BlocLine> blocs;
    QList<CompetenceLine> competences;
    bool obtained = false;

    bool valid() const;
    int failures() const;
    QJsonObject toJson() const;
    QString toText() const;
};

/// Checks a jury bundle offline (sync/dossier/FORMAT.md, "What a verifier checks").
namespace DossierVerifier {

    struct Options
    {
        std::optional<NoteKey> centre; ///< the centre's key as the jury got it
        QList<NoteKey> witnesses; ///< the witnesses the jury trusts (else the bundle's)
        std::optional<int> quorum;
        QDate today = QDate::currentDate(); ///< decides a bloc's expiry
    };

    DossierReport verify(const QByteArray &bundle, const Options &options);

} // namespace DossierVerifier

} // namespace jalon
