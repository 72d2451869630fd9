// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/journalchange.h"

#include "journal/eventkinds.h"

namespace jalon {

namespace {

    bool startsWithAny(const QString &kind, const QStringList &prefixes)
    {
        return std::any_of(prefixes.cbegin(), prefixes.cend(),
                           [&](const QString &prefix) { return kind.startsWith(prefix); });
    }

    bool anyKindIn(const QSet<QString> &kinds, const QStringList &prefixes)
    {
        return std::any_of(kinds.cbegin(), kinds.cend(),
                           [&](const QString &kind) { return startsWithAny(kind, prefixes); });
    }

} // namespace

JournalChange JournalChange::all(qint64 position)
{
    JournalChange change;
    change.everything = true;
    change.position = position;
    return change;
}

bool JournalChange::organisation() const
{
    static const QStringList organisationKinds { QStringLiteral("org."),
                                                 QLatin1String(EventKinds::ReferentielPublish) };
    return everything || !subjects(organisationKinds).isEmpty();
}

bool JournalChange::concerns(const QString &subject, const QStringList &prefixes) const
{
    const auto kinds = kindsBySubject.constFind(subject);
    return everything || (kinds != kindsBySubject.cend() && anyKindIn(*kinds, prefixes));
}

QSet<QString> JournalChange::subjects(const QStringList &prefixes) const
{
    QSet<QString> found;
    for (auto it = kindsBySubject.cbegin(); it != kindsBySubject.cend(); ++it) {
        if (anyKindIn(it.value(), prefixes))
            found.insert(it.key());
    }
    return found;
}

} // namespace jalon
