// SPDX-License-Identifier: GPL-3.0-or-later
#include "projections/bilanprojection.h"

#include "journal/event.h"
#include "journal/eventfields.h"
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
    bilan.referentiel = body.value(EventFields::Referentiel).toString();
    const QJsonObject ratings = body.value(EventFields::Ratings).toObject();
    for (auto rating = ratings.begin(); rating != ratings.end(); ++rating)
        bilan.ratings.insert(rating.key(), rating.value().toInt());
    bilan.path = body.value(EventFields::Path).toString();
    for (const auto &bloc : body.value(EventFields::Blocs).toArray())
        bilan.blocs << bloc.toString();
    bilan.trainingNeeds = body.value(EventFields::TrainingNeeds).toString();
    bilan.nextReview
        = QDate::fromString(body.value(EventFields::NextReview).toString(), Qt::ISODate);
    bilan.comment = body.value(EventFields::Comment).toString();
    bilan.at = event->at;
    return bilan;
}

} // namespace jalon::BilanProjection
