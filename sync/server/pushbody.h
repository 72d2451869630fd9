// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace jalon {

/// Cuts a push body, `{"events": [ {…}, {…} ]}`, into the bytes of each event without
/// parsing it whole: each event is parsed once, strictly, by Event::fromJson, and the
/// server does not pay for a parse and a re-serialisation of the batch on top.
class PushBody
{
    Q_DECLARE_TR_FUNCTIONS(PushBody)

public:
    /// The items of the top-level "events" array, as they appear in `body`. An Error
    /// when the body is not an object with such an array (other members are ignored).
    static Result<QList<QByteArray>> events(const QByteArray &body);
};

} // namespace jalon
