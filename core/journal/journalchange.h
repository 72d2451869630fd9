// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace jalon {

/// What moved in the journal since the pages last read it, so that each reads again only
/// what concerns it: the kinds of the new events by subject, whether some are the
/// device's own, or that everything may have moved (the vault opened, a fork settled).
struct JournalChange
{
    /// Read everything again: nothing finer is known.
    bool everything = false;
    /// The centre answered about events: acknowledged more of the device's own (what
    /// waits to be sent), refused some, logged some (their log index and time).
    bool acknowledged = false;
    /// Some of the new events are the device's own.
    bool own = false;
    /// The last journal position the change covers.
    qint64 position = 0;
    /// The new events' kinds, by subject.
    QHash<QString, QSet<QString>> kindsBySubject;

    static JournalChange all(qint64 position = 0);

    bool isEmpty() const { return !everything && !acknowledged && kindsBySubject.isEmpty(); }
    /// An org.* or referentiel.publish event came: who is who, who follows whom, which
    /// certifications are known may have changed for every page.
    bool organisation() const;
    /// Whether an event about `subject` came whose kind starts with one of `prefixes`
    /// ("carnet." or "bloc.evaluate").
    bool concerns(const QString &subject, const QStringList &prefixes) const;
    /// The subjects an event came about whose kind starts with one of `prefixes`.
    QSet<QString> subjects(const QStringList &prefixes) const;
};

} // namespace jalon
