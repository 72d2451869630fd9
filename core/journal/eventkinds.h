// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace jalon {

/// The kinds of event and the shape of each one's body. The journal refuses a body that
/// does not match; what a body means against a référentiel is checked where the
/// référentiel is known (projections, server).
namespace EventKinds {

    inline constexpr auto DiagnosticAnswer = "diagnostic.answer";
    inline constexpr auto DiagnosticSubmit = "diagnostic.submit";
    inline constexpr auto BilanRecord = "bilan.record";
    inline constexpr auto LivretEdit = "livret.edit";
    inline constexpr auto LivretComment = "livret.comment";
    inline constexpr auto VaeSession = "vae.session";
    inline constexpr auto CarnetAttest = "carnet.attest";
    inline constexpr auto CarnetRevoke = "carnet.revoke";
    inline constexpr auto BlocEvaluate = "bloc.evaluate";
    inline constexpr auto OrgUser = "org.user";
    inline constexpr auto OrgDevice = "org.device";
    inline constexpr auto OrgAssign = "org.assign";
    inline constexpr auto OrgUnassign = "org.unassign";
    inline constexpr auto OrgDeviceRevoke = "org.device.revoke";
    /// An admin's word on a fork: which of a device's events at one seq counts (none when
    /// `keep` is null). Readable by everyone, like the référentiels.
    inline constexpr auto OrgForkResolve = "org.fork.resolve";
    inline constexpr auto ReferentielPublish = "referentiel.publish";

    QStringList all();
    /// The kinds that move a candidate's carnet under the rules: attestations, their
    /// withdrawal, bloc results.
    QStringList carnetKinds();
    bool isKnown(const QString &kind);
    /// Signed by the server's key, not by a person's device.
    bool isServerSigned(const QString &kind);

    /// Checks a body against its kind's shape; the error's location is a JSON pointer
    /// into the event ("/body/criteria/2").
    Result<void> validateBody(const QString &kind, const QJsonObject &body);

} // namespace EventKinds
} // namespace jalon
