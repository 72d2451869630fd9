// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/bilanprojection.h"

#include "journal/event.h"
#include "journal/eventkinds.h"
#include "vault/sqlitedatabase.h"

#include <QJsonArray>

namespace jalon::BilanProjection {

Result<std::optional<Bilan>> latest(SqliteDatabase &database, const QString &subject)
{
    auto select = database.prepare("SELECT canonical FROM events WHERE subject = ? AND kind = ? "
                                   "AND forked = 0 ORDER BY at DESC, id DESC LIMIT 1");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, subject).bind(2, QString::fromLatin1(EventKinds::BilanRecord));
    if (!select->next()) {
        if (select->error())
            return std::unexpected(*select->error());
        return std::optional<Bilan>();
    }
    auto event = Event::fromStored(select->blob(0));
    if (!event)
        return std::unexpected(event.error());
    const QJsonObject &body = event->body;
    Bilan bilan;
    bilan.referentiel = body.value(QStringLiteral("referentiel")).toString();
    const QJsonObject ratings = body.value(QStringLiteral("ratings")).toObject();
    for (auto rating = ratings.begin(); rating != ratings.end(); ++rating)
        bilan.ratings.insert(rating.key(), rating.value().toInt());
    bilan.path = body.value(QStringLiteral("path")).toString();
    for (const auto &bloc : body.value(QStringLiteral("blocs")).toArray())
        bilan.blocs << bloc.toString();
    bilan.trainingNeeds = body.value(QStringLiteral("training_needs")).toString();
    bilan.nextReview
        = QDate::fromString(body.value(QStringLiteral("next_review")).toString(), Qt::ISODate);
    bilan.comment = body.value(QStringLiteral("comment")).toString();
    bilan.at = event->at;
    return bilan;
}

} // namespace jalon::BilanProjection
