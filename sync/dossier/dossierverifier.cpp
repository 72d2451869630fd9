// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierverifier.h"

#include "common/parallel.h"
#include "crypto/base64url.h"
#include "crypto/sha256.h"
#include "dossierbundle.h"
#include "jcs/canonicaljson.h"
#include "journal/event.h"
#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "referentiel/referentielcatalog.h"
#include "referentiel/referentielloader.h"
#include "rules/progressengine.h"
#include "sync/checkpoint.h"
#include "sync/merkletree.h"

#include <QJsonArray>
#include <QSet>
#include <map>

namespace jalon {

namespace {

    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(DossierVerifier)
    };

    /// One entry of the bundle once read.
    struct Checked
    {
        DossierReport::Item *item = nullptr;
        Event event;
        QByteArray id;
        bool readable = false;
    };

    struct Enrolment
    {
        QString user;
        qint64 index = 0;
    };

    struct Assigned
    {
        QString user;
        QString role;
        qint64 index = 0;
        QDateTime from;
        QDateTime until;
    };

    /// Who is who, from the centre's events that hold, in log order.
    struct Organisation
    {
        QHash<QString, std::pair<QString, QString>> users; ///< user → name, role
        QHash<QByteArray, Enrolment> devices;
        QHash<QByteArray, qint64> revoked; ///< device → index of its revocation
        QList<Assigned> assignments; ///< of the candidate

        QString nameOf(const QByteArray &device) const
        {
            const QString user = devices.value(device).user;
            return users.contains(user) ? users.value(user).first : toIdText(device).left(8);
        }
    };

    // A role as people say it ("tuteur"), from its name in an event ("tutor").
    QString roleWords(const QString &name)
    {
        const auto role = roleFromName(name);
        return role ? roleDisplayName(*role) : name;
    }

    /// What one entry says on its own: read, signed, proven (no other entry needed).
    struct Read
    {
        Result<Event> event = std::unexpected(Error {});
        QByteArray id;
        bool signatureValid = false;
        bool proven = false;
    };

    // Reading, signatures and proofs need nothing else: done on every core first.
    QList<Read> readAll(const DossierBundle &bundle, const std::optional<Checkpoint> &checkpoint)
    {
        QList<Read> reads(bundle.entries.size());
        onEveryCore(bundle.entries.size(), [&](qsizetype i) {
            const DossierBundle::Entry &entry = bundle.entries[i];
            Read &read = reads[i];
            // The bundle's reader gives each event in its canonical form: Event::fromJson's
            // checks without canonicalising it again.
            read.event = Event::fromStored(entry.event);
            if (!read.event)
                return;
            if (read.event->canonical() != entry.event) {
                read.event = std::unexpected(
                    Error { Text::tr("event"),
                            {},
                            Text::tr("the event is not in its canonical form once read"),
                            {} });
                return;
            }
            read.id = Event::idOf(entry.event);
            read.signatureValid = read.event->hasValidSignature();
            read.proven = checkpoint && entry.index >= 0 && entry.index < checkpoint->size
                && MerkleTree::verifyInclusion(MerkleTree::leafHash(read.id), entry.index,
                                               checkpoint->size, entry.inclusion, checkpoint->root);
        });
        return reads;
    }

    void readEntries(const DossierBundle &bundle, const std::optional<Checkpoint> &checkpoint,
                     DossierReport &report, QList<Checked> &checked)
    {
        QList<Read> reads = readAll(bundle, checkpoint);
        qint64 previous = -1;
        for (const DossierBundle::Entry &entry : bundle.entries)
            report.items << DossierReport::Item { entry.index, {}, {}, {} };
        for (qsizetype i = 0; i < bundle.entries.size(); ++i) {
            const DossierBundle::Entry &entry = bundle.entries[i];
            DossierReport::Item &item = report.items[i];
            Read &read = reads[i];
            Checked one { &item, {}, {}, false };
            if (entry.index <= previous)
                item.problems << Text::tr("the events are not in log order (index %1 after %2)")
                                     .arg(entry.index)
                                     .arg(previous);
            previous = qMax(previous, entry.index);
            if (!read.event) {
                item.kind = Text::tr("unreadable");
                item.problems
                    << Text::tr("the event cannot be read: %1").arg(read.event.error().message());
                checked << one;
                continue;
            }
            one.event = std::move(*read.event);
            one.id = read.id;
            one.readable = true;
            item.kind = one.event.kind;
            if (!read.signatureValid)
                item.problems << Text::tr(
                    "the signature does not match the event: it was altered or forged");
            if (!checkpoint)
                item.problems << Text::tr("no checkpoint to prove it against");
            else if (entry.index < 0 || entry.index >= checkpoint->size)
                item.problems << Text::tr("its index %1 is outside the checkpoint's %2 entries")
                                     .arg(entry.index)
                                     .arg(checkpoint->size);
            else if (!read.proven)
                item.problems << Text::tr(
                                     "its inclusion proof does not lead to the checkpoint's root: "
                                     "it is not the event the centre logged at index %1")
                                     .arg(entry.index);
            const bool centreKind = EventKinds::isServerSigned(one.event.kind);
            if (centreKind && one.event.author != bundle.centreKey)
                item.problems
                    << Text::tr("\"%1\" is the centre's to sign, and this key is not the centre's")
                           .arg(one.event.kind);
            if (!centreKind && one.event.author == bundle.centreKey)
                item.problems << Text::tr("the centre's key signed \"%1\", which only a device may")
                                     .arg(one.event.kind);
            checked << one;
        }
    }

    // No fork, no gap hidden by a wrong link, in the order of the log.
    void checkChains(QList<Checked> &checked)
    {
        std::map<std::pair<QByteArray, qint64>, qsizetype> bySeq;
        for (qsizetype i = 0; i < checked.size(); ++i) {
            if (!checked[i].readable)
                continue;
            const Event &event = checked[i].event;
            const auto key = std::pair { event.author, event.seq };
            if (const auto other = bySeq.find(key); other != bySeq.end()) {
                const QString fork
                    = Text::tr("two events of one device hold seq %1 (a fork)").arg(event.seq);
                checked[i].item->problems << fork;
                checked[other->second].item->problems << fork;
                continue;
            }
            bySeq.emplace(key, i);
            if (event.seq == 1 && !event.prev.isEmpty())
                checked[i].item->problems
                    << Text::tr("the device's first event names a previous one");
        }
        for (const auto &[key, i] : bySeq) {
            const auto next = bySeq.find(std::pair { key.first, key.second + 1 });
            if (next == bySeq.end())
                continue;
            Checked &later = checked[next->second];
            if (later.event.prev != checked[i].id)
                later.item->problems
                    << Text::tr("it does not follow its device's event seq %1").arg(key.second);
            if (later.item->index <= checked[i].item->index)
                later.item->problems
                    << Text::tr("it was logged before its device's previous event");
        }
    }

    Organisation readOrganisation(const QList<Checked> &checked, const QString &candidate)
    {
        Organisation org;
        for (const Checked &one : checked) {
            if (!one.readable || !one.item->ok())
                continue;
            const Event &event = one.event;
            const qint64 index = one.item->index;
            if (event.kind == QLatin1String(EventKinds::OrgUser)) {
                org.users.insert(
                    event.bodyText(EventFields::User),
                    { event.bodyText(EventFields::Name), event.bodyText(EventFields::Role) });
            } else if (event.kind == QLatin1String(EventKinds::OrgDevice)) {
                if (const auto device
                    = fromBase64Url(event.bodyText(EventFields::Device).toLatin1()))
                    org.devices.insert(*device,
                                       Enrolment { event.bodyText(EventFields::User), index });
            } else if (event.kind == QLatin1String(EventKinds::OrgDeviceRevoke)) {
                if (const auto device
                    = fromBase64Url(event.bodyText(EventFields::Device).toLatin1()))
                    org.revoked.insert(*device, index);
            } else if (event.kind == QLatin1String(EventKinds::OrgAssign)
                       && event.bodyText(EventFields::Candidate) == candidate) {
                org.assignments << Assigned { event.bodyText(EventFields::User),
                                              event.bodyText(EventFields::Role),
                                              index,
                                              event.at,
                                              {} };
            } else if (event.kind == QLatin1String(EventKinds::OrgUnassign)
                       && event.bodyText(EventFields::Candidate) == candidate) {
                for (Assigned &assigned : org.assignments) {
                    if (assigned.user == event.bodyText(EventFields::User)
                        && assigned.role == event.bodyText(EventFields::Role)
                        && !assigned.until.isValid())
                        assigned.until = event.at;
                }
            }
        }
        return org;
    }

    // The signer of a carnet event was enrolled, not revoked, and assigned in `role`.
    QStringList signerProblems(const Organisation &org, const Checked &one, const QString &role)
    {
        QStringList problems;
        const Event &event = one.event;
        const qint64 index = one.item->index;
        const auto enrolment = org.devices.constFind(event.author);
        if (enrolment == org.devices.cend() || enrolment->index >= index)
            return { Text::tr("its device is not one the centre enrolled before it was logged") };
        if (org.revoked.contains(event.author) && org.revoked.value(event.author) < index)
            problems << Text::tr("its device had been revoked before it was logged");
        const QString user = enrolment->user;
        const QString held = org.users.value(user).second;
        if (held != role)
            problems << Text::tr("%1 does not hold the role %2 (the centre registered them as %3)")
                            .arg(org.users.value(user).first, roleWords(role),
                                 held.isEmpty() ? Text::tr("unknown") : roleWords(held));
        const bool assigned
            = std::any_of(org.assignments.cbegin(), org.assignments.cend(), [&](const Assigned &a) {
                  return a.user == user && a.role == role && a.index < index && a.from <= event.at
                      && (!a.until.isValid() || event.at < a.until);
              });
        if (!assigned)
            problems << Text::tr("%1 was not assigned to the candidate as %2 when signing")
                            .arg(org.users.value(user).first, roleWords(role));
        return problems;
    }

    QString describe(const Organisation &org, const Event &event)
    {
        const QString signer = org.nameOf(event.author);
        if (event.kind == QLatin1String(EventKinds::CarnetAttest))
            return Text::tr("%1 attested by %2 (%3), observed on %4")
                .arg(event.bodyText(EventFields::Competence), signer,
                     roleWords(event.bodyText(EventFields::Role)),
                     event.bodyText(EventFields::ObservedOn));
        if (event.kind == QLatin1String(EventKinds::CarnetRevoke))
            return Text::tr("withdrawal by %1: %2")
                .arg(signer, event.bodyText(EventFields::Reason));
        if (event.kind == QLatin1String(EventKinds::BlocEvaluate))
            return Text::tr("bloc %1 %2 on %3 by %4")
                .arg(event.bodyText(EventFields::Bloc),
                     event.body.value(EventFields::Validated).toBool() ? Text::tr("validated")
                                                                       : Text::tr("not validated"),
                     event.bodyText(EventFields::Date), signer);
        if (event.kind == QLatin1String(EventKinds::OrgUser))
            return Text::tr("%1 registered as %2")
                .arg(event.bodyText(EventFields::Name),
                     roleWords(event.bodyText(EventFields::Role)));
        if (event.kind == QLatin1String(EventKinds::OrgDevice))
            return Text::tr("a device of %1 enrolled")
                .arg(org.users.value(event.bodyText(EventFields::User)).first);
        if (event.kind == QLatin1String(EventKinds::OrgAssign))
            return Text::tr("%1 assigned to the candidate as %2")
                .arg(org.users.value(event.bodyText(EventFields::User)).first,
                     roleWords(event.bodyText(EventFields::Role)));
        if (event.kind == QLatin1String(EventKinds::OrgUnassign))
            return Text::tr("%1 no longer assigned to the candidate as %2")
                .arg(org.users.value(event.bodyText(EventFields::User)).first,
                     roleWords(event.bodyText(EventFields::Role)));
        return event.kind;
    }

} // namespace

namespace DossierVerifier {

    namespace {

        std::optional<Checkpoint> checkCheckpoint(const DossierBundle &bundle,
                                                  const Options &options, DossierReport &report)
        {
            report.centreFingerprint = fingerprintOf(bundle.centreKey);
            report.centreKeyGiven = options.centre.has_value();
            if (options.centre && options.centre->publicKey != bundle.centreKey)
                report.problems << Text::tr(
                    "the bundle's centre key is not the one given: it was not made by that centre");
            CheckpointPolicy policy {
                Checkpoint::logKey(options.centre ? options.centre->publicKey : bundle.centreKey),
                options.witnesses.isEmpty() ? bundle.witnesses : options.witnesses,
                options.quorum.value_or(bundle.quorum)
            };
            report.quorum = policy.quorum;
            if (auto note = SignedNote::parse(bundle.checkpoint)) {
                for (const NoteKey &witness : policy.cosigners(*note))
                    report.cosigners << witness.name;
            }
            auto checkpoint = policy.open(bundle.checkpoint);
            if (!checkpoint) {
                report.problems << Text::tr("the checkpoint: %1").arg(checkpoint.error().problem);
                return std::nullopt;
            }
            report.checkpointSize = checkpoint->size;
            return *checkpoint;
        }

        // The SHA-256 of each référentiel the centre published in a logged event of the bundle.
        QSet<QByteArray> publishedDocuments(const QList<Checked> &checked)
        {
            QSet<QByteArray> hashes;
            for (const Checked &one : checked) {
                if (one.readable && one.item->ok()
                    && one.event.kind == QLatin1String(EventKinds::ReferentielPublish))
                    hashes.insert(sha256(
                        CanonicalJson::serialize(one.event.body.value(EventFields::Referentiel))));
            }
            return hashes;
        }

        // The référentiels whose text is authentic, by "id/version": the very one Jalon ships,
        // or one the centre published in a logged event. Any other text could move the rules.
        QHash<QString, Referentiel> readReferentiels(const DossierBundle &bundle,
                                                     const QList<Checked> &checked,
                                                     DossierReport &report)
        {
            const QSet<QByteArray> published = publishedDocuments(checked);
            const auto &bundled = ReferentielCatalog::shipped();
            QHash<QString, Referentiel> loaded;
            for (const DossierBundle::Document &document : bundle.referentiels) {
                const auto canonical = CanonicalJson::canonicalize(document.json);
                if (!canonical || sha256(*canonical) != document.sha256) {
                    report.problems << Text::tr("the référentiel %1 does not match its SHA-256")
                                           .arg(document.id);
                    continue;
                }
                const Referentiel *shipped
                    = bundled ? bundled->find(document.id, document.version) : nullptr;
                const bool isShipped = shipped
                    && sha256(CanonicalJson::serialize(shipped->document)) == document.sha256;
                if (!isShipped && !published.contains(document.sha256)) {
                    report.problems
                        << Text::tr("the text of the référentiel %1 v%2 is neither the one Jalon "
                                    "ships nor "
                                    "one the centre published: its rules cannot be trusted")
                               .arg(document.id)
                               .arg(document.version);
                    continue;
                }
                auto referentiel = ReferentielLoader::fromJson(document.json, document.id);
                if (!referentiel || referentiel->id != document.id
                    || referentiel->version != document.version) {
                    report.problems
                        << Text::tr("the référentiel %1 cannot be read").arg(document.id);
                    continue;
                }
                loaded.insert(document.id + QLatin1Char('/') + QString::number(document.version),
                              *referentiel);
            }
            return loaded;
        }

        // The carnet's events: about the candidate, by people in their roles; and the facts
        // the rules read from those that hold.
        CandidateFacts checkCarnet(const QList<Checked> &checked, const Organisation &org,
                                   const QString &candidate,
                                   const QHash<QString, Referentiel> &referentiels,
                                   QString &referentielKey)
        {
            CandidateFacts facts;
            QHash<QByteArray, std::pair<qsizetype, QByteArray>>
                attestations; // event id → index in facts, device
            QHash<QString, int> named;
            for (const Checked &one : checked) {
                if (!one.readable)
                    continue;
                const Event &event = one.event;
                const bool attest = event.kind == QLatin1String(EventKinds::CarnetAttest);
                const bool evaluate = event.kind == QLatin1String(EventKinds::BlocEvaluate);
                const bool revoke = event.kind == QLatin1String(EventKinds::CarnetRevoke);
                if (!attest && !evaluate && !revoke)
                    continue;
                one.item->summary = describe(org, event);
                if (event.subject != candidate)
                    one.item->problems
                        << Text::tr("it is about another candidate (%1)").arg(event.subject);
                if (attest || evaluate) {
                    one.item->problems << signerProblems(org, one,
                                                         attest ? event.bodyText(EventFields::Role)
                                                                : roleName(Role::Evaluator));
                    const QString key = event.bodyText(EventFields::Referentiel) + QLatin1Char('/')
                        + QString::number(event.body.value(EventFields::Version).toInteger());
                    if (!referentiels.contains(key))
                        one.item->problems
                            << Text::tr("the référentiel it names (%1) is not in the bundle")
                                   .arg(key);
                    named[key] += 1;
                }
                if (!one.item->ok())
                    continue;
                const QString user = org.devices.value(event.author).user;
                if (attest) {
                    QStringList criteria;
                    for (const auto &criterion : event.body.value(EventFields::Criteria).toArray())
                        criteria << criterion.toString();
                    attestations.insert(one.id, { facts.attestations.size(), event.author });
                    facts.attestations << Attestation {
                        event.bodyText(EventFields::Competence),
                        user,
                        roleFromName(event.bodyText(EventFields::Role)).value_or(Role::Tutor),
                        criteria,
                        event.at,
                        false
                    };
                } else if (evaluate) {
                    facts.evaluations
                        << BlocEvaluation { event.bodyText(EventFields::Bloc),
                                            event.body.value(EventFields::Validated).toBool(),
                                            QDate::fromString(event.bodyText(EventFields::Date),
                                                              Qt::ISODate),
                                            user, event.at };
                } else {
                    const auto target
                        = fromBase64Url(event.bodyText(EventFields::Attestation).toLatin1());
                    const auto found
                        = target ? attestations.constFind(*target) : attestations.cend();
                    // Only the device that signed an attestation may withdraw it (as the carnet
                    // reads it).
                    if (found == attestations.cend())
                        one.item->problems
                            << Text::tr("it withdraws an attestation that is not in the bundle");
                    else if (found->second != event.author)
                        one.item->problems
                            << Text::tr("it withdraws an attestation its device did not sign");
                    else
                        facts.attestations[found->first].revoked = true;
                }
            }
            for (const Assigned &assigned : org.assignments) {
                if (const auto role = roleFromName(assigned.role))
                    facts.assignments
                        << Assignment { assigned.user, *role, assigned.from, assigned.until };
            }
            for (auto it = named.cbegin(); it != named.cend(); ++it) {
                if (referentiels.contains(it.key())
                    && (referentielKey.isEmpty() || it.value() > named.value(referentielKey)))
                    referentielKey = it.key();
            }
            return facts;
        }

        void computeStatuses(const Referentiel &referentiel, const CandidateFacts &facts,
                             QDate today, DossierReport &report)
        {
            const ProgressEngine engine(referentiel);
            const CandidateProgress progress = engine.evaluate(facts, today);
            const QList<QList<Role>> missing = engine.missingRoles(facts);
            report.referentiel
                = QStringLiteral("%1 v%2").arg(referentiel.id).arg(referentiel.version);
            report.obtained = progress.obtained;
            qsizetype competence = 0;
            for (qsizetype b = 0; b < referentiel.blocs.size(); ++b) {
                const Bloc &bloc = referentiel.blocs[b];
                report.blocs << DossierReport::BlocLine { bloc.id, bloc.title,
                                                          progress.blocs.value(b) };
                for (const Competence &c : bloc.competences) {
                    report.competences
                        << DossierReport::CompetenceLine { bloc.id, c.id, c.label,
                                                           progress.competences.value(competence),
                                                           missing.value(competence) };
                    ++competence;
                }
            }
        }

    } // namespace

    DossierReport verify(const QByteArray &json, const Options &options)
    {
        DossierReport report;
        auto bundle = DossierBundle::fromJson(json);
        if (!bundle) {
            report.problems << bundle.error().message();
            return report;
        }
        report.candidateId = bundle->candidateId;
        report.candidateName = bundle->candidateName;
        const std::optional<Checkpoint> checkpoint = checkCheckpoint(*bundle, options, report);
        QList<Checked> checked;
        readEntries(*bundle, checkpoint, report, checked);
        checkChains(checked);
        const Organisation org = readOrganisation(checked, bundle->candidateId);
        // The name shown at the top is the one the centre signed, or the bundle says so.
        if (org.users.value(bundle->candidateId).first != bundle->candidateName)
            report.problems << Text::tr("the candidate's name in the bundle (%1) is not the one "
                                        "the centre registered")
                                   .arg(bundle->candidateName);
        for (Checked &one : checked) {
            if (one.readable && one.item->summary.isEmpty())
                one.item->summary = describe(org, one.event);
        }
        const QHash<QString, Referentiel> referentiels = readReferentiels(*bundle, checked, report);
        QString referentielKey;
        const CandidateFacts facts
            = checkCarnet(checked, org, bundle->candidateId, referentiels, referentielKey);
        if (!referentielKey.isEmpty())
            computeStatuses(referentiels.value(referentielKey), facts, options.today, report);
        return report;
    }

} // namespace DossierVerifier

bool DossierReport::valid() const
{
    return problems.isEmpty() && failures() == 0 && checkpointSize >= 0;
}

int DossierReport::failures() const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [](const Item &item) { return !item.ok(); }));
}

namespace {

    QString competenceWords(const DossierReport::CompetenceLine &line)
    {
        if (line.status == CompetenceStatus::Acquired)
            return Text::tr("acquired");
        QStringList roles;
        for (const Role role : line.missing)
            roles << roleDisplayName(role);
        return roles.isEmpty() ? Text::tr("in progress")
                               : Text::tr("waiting for: %1").arg(roles.join(QLatin1String(", ")));
    }

    QString blocWords(const BlocProgress &bloc)
    {
        switch (bloc.status) {
        case BlocStatus::NotStarted:
            return Text::tr("not started");
        case BlocStatus::InProgress:
            return Text::tr("in progress");
        case BlocStatus::Ready:
            return Text::tr("ready for evaluation");
        case BlocStatus::Validated:
            return Text::tr("validated until %1").arg(bloc.validUntil.toString(Qt::ISODate));
        case BlocStatus::Expired:
            return Text::tr("expired on %1").arg(bloc.validUntil.toString(Qt::ISODate));
        }
        return {};
    }

} // namespace

QString DossierReport::toText() const
{
    QString text;
    text += Text::tr("Jury bundle of %1 (%2)").arg(candidateName, candidateId) + QLatin1Char('\n');
    text += (centreKeyGiven ? Text::tr("Centre key: %1, as given")
                            : Text::tr("Centre key: %1 (taken from the bundle: compare it with the "
                                       "fingerprint the centre publishes)"))
                .arg(centreFingerprint)
        + QLatin1Char('\n');
    if (checkpointSize >= 0)
        text += Text::tr("Checkpoint: %1 entries, cosigned by %n witness(es), %2 required", nullptr,
                         int(cosigners.size()))
                    .arg(checkpointSize)
                    .arg(quorum)
            + QLatin1Char('\n');
    for (const QString &problem : problems)
        text += QStringLiteral("✘ ") + problem + QLatin1Char('\n');
    for (const Item &item : items) {
        text += (item.ok() ? QStringLiteral("✔ #%1 %2: %3") : QStringLiteral("✘ #%1 %2: %3"))
                    .arg(item.index)
                    .arg(item.kind, item.summary);
        if (!item.ok())
            text += QStringLiteral(" — ") + item.problems.join(QLatin1String("; "));
        text += QLatin1Char('\n');
    }
    if (!referentiel.isEmpty()) {
        text += Text::tr("Status under %1, from what holds:").arg(referentiel) + QLatin1Char('\n');
        for (const BlocLine &bloc : blocs) {
            text += QStringLiteral("  %1 %2: %3 (%4/%5)")
                        .arg(bloc.id, bloc.title, blocWords(bloc.progress))
                        .arg(bloc.progress.acquired)
                        .arg(bloc.progress.total)
                + QLatin1Char('\n');
            for (const CompetenceLine &line : competences) {
                if (line.bloc == bloc.id)
                    text += QStringLiteral("    %1 %2: %3")
                                .arg(line.id, line.label, competenceWords(line))
                        + QLatin1Char('\n');
            }
        }
        text += (obtained ? Text::tr("Certification: obtained")
                          : Text::tr("Certification: not obtained"))
            + QLatin1Char('\n');
    }
    text += valid()
        ? Text::tr("VALID: every signature, proof, role and assignment holds.")
        : Text::tr("NOT VALID: %n item(s) fail.", nullptr, failures() + int(problems.size()));
    return text + QLatin1Char('\n');
}

QJsonObject DossierReport::toJson() const
{
    QJsonArray itemList;
    for (const Item &item : items)
        itemList.append(QJsonObject {
            { QStringLiteral("index"), item.index },
            { QStringLiteral("kind"), item.kind },
            { QStringLiteral("summary"), item.summary },
            { QStringLiteral("ok"), item.ok() },
            { QStringLiteral("problems"), QJsonArray::fromStringList(item.problems) } });
    QJsonArray blocList;
    for (const BlocLine &bloc : blocs) {
        QJsonArray competenceList;
        for (const CompetenceLine &line : competences) {
            if (line.bloc != bloc.id)
                continue;
            QStringList missing;
            for (const Role role : line.missing)
                missing << roleName(role);
            competenceList.append(QJsonObject {
                { QStringLiteral("id"), line.id },
                { QStringLiteral("acquired"), line.status == CompetenceStatus::Acquired },
                { QStringLiteral("waiting_for"), QJsonArray::fromStringList(missing) } });
        }
        blocList.append(QJsonObject { { QStringLiteral("id"), bloc.id },
                                      { QStringLiteral("status"), blocWords(bloc.progress) },
                                      { QStringLiteral("acquired"), bloc.progress.acquired },
                                      { QStringLiteral("total"), bloc.progress.total },
                                      { QStringLiteral("competences"), competenceList } });
    }
    return { { QStringLiteral("valid"), valid() },
             { QStringLiteral("candidate"), candidateId },
             { QStringLiteral("centre_fingerprint"), centreFingerprint },
             { QStringLiteral("centre_key_given"), centreKeyGiven },
             { QStringLiteral("checkpoint_size"), checkpointSize },
             { QStringLiteral("cosigners"), QJsonArray::fromStringList(cosigners) },
             { QStringLiteral("quorum"), quorum },
             { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
             { QStringLiteral("items"), itemList },
             { QStringLiteral("referentiel"), referentiel },
             { QStringLiteral("blocs"), blocList },
             { QStringLiteral("obtained"), obtained } };
}

} // namespace jalon
