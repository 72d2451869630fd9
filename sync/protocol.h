// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the sync client and jalon-server agree on: paths, limits, field names.
namespace jalon::Protocol {

constexpr auto Enroll = "/v1/enroll";
constexpr auto Events = "/v1/events";
constexpr auto Proof = "/v1/proof/";
// Public: the log's checkpoint (C2SP tlog-checkpoint) and its proofs, hashes only.
constexpr auto Checkpoint = "/v1/checkpoint";
constexpr auto InclusionProof = "/v1/proof/inclusion";
constexpr auto ConsistencyProof = "/v1/proof/consistency";
constexpr auto Referentiels = "/v1/referentiels";
constexpr auto Health = "/healthz";

/// The status of each event in a push answer. Accepted: logged now; Known: logged before;
/// Forked: logged, but another event of its device holds the same seq, so neither counts
/// until an admin resolves it; Refused: signed and in order but not allowed, kept out of
/// the log, its seq used; Rejected: not taken at all (malformed, forged, out of order).
constexpr auto Accepted = "accepted";
constexpr auto Known = "known";
constexpr auto Forked = "forked";
constexpr auto Refused = "refused";
constexpr auto Rejected = "rejected";

/// Refused with 413 above these: a request body, one event, events in one push.
constexpr int MaxBodyBytes = 8 * 1024 * 1024;
constexpr int MaxEventBytes = 64 * 1024;
constexpr int MaxBatch = 1000;
/// Events in one pull answer, at most.
constexpr int MaxPull = 2000;
/// Inclusion proofs asked in one request, at most.
constexpr int MaxProofs = 20000;
/// JSON nesting accepted in a request.
constexpr int MaxDepth = 32;

} // namespace jalon::Protocol
