// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/event.h"
#include "serverstore.h"

#include <QCoreApplication>
#include <QHash>

namespace jalon {

class ReferentielCatalog;

/// What each role may record, and about whom (DESIGN.md §1): a candidate writes only
/// about themself and never attests; only the tutor or manager assigned to a candidate
/// attests, in that role; only an assigned accompanist records VAE sessions; only an
/// assigned evaluator evaluates a bloc. The body must name a référentiel the server
/// knows, and ids that exist in it. An event is not dated ahead of the server's clock
/// (beyond a few minutes of drift), and a withdrawal names an attestation in the log that
/// the same device signed about the same candidate.
class EventPolicy
{
    Q_DECLARE_TR_FUNCTIONS(EventPolicy)

public:
    /// How far ahead of the server's clock an event's `at` may be (devices' clocks drift).
    static constexpr int MaxClockAheadSeconds = 5 * 60;

    /// One policy serves one push: assignments do not change during it, and what it
    /// looked up once it remembers.
    EventPolicy(const ServerStore &store, const ReferentielCatalog &catalog);

    /// Empty when `author` may record `event`; otherwise the reason, in words. An error
    /// when the store cannot say: the event is then neither accepted nor refused.
    Result<QString> refusal(const ServerStore::Device &author, const Event &event) const;

private:
    Result<QString> roleRefusal(const ServerStore::Device &author, const Event &event) const;
    Result<QString> withdrawalRefusal(const Event &event) const;
    QString referentielRefusal(const Event &event) const;

    /// `refused` unless the author is assigned to the event's candidate in their role.
    Result<QString> unlessAssigned(const ServerStore::Device &author, const Event &event,
                                   const QString &refused) const;
    Result<bool> isAssigned(const QString &candidate, const QString &user,
                            const QString &role) const;

    const ServerStore &m_store;
    const ReferentielCatalog &m_catalog;
    QDateTime m_now; ///< the server's clock as the push began
    mutable QHash<QString, bool> m_assigned;
};

} // namespace jalon
