#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes jalon-dossier/1 bundles (sync/dossier/FORMAT.md) to test verify.html with.

An implementation of the format independent of Jalon's C++ and of the page's JavaScript:
real Ed25519 keys (PyNaCl, Debian's python3-nacl), RFC 8785 written here, RFC 6962
Merkle tree, C2SP signed-note checkpoint with a witness cosignature. Writes, into --out:

  good-*.jalon-dossier.json            bundles that must be valid
  good-*.statuses.json                 (some) the statuses the page must recompute
  bad-*.jalon-dossier.json             tampered bundles that must be refused …
  bad-*.expect                         … with these words (one per line) in the reasons

Deterministic: the same keys, times and bytes on every run.
"""
import argparse
import base64
import copy
import hashlib
import json
import pathlib
import struct

import nacl.signing

ROOT = pathlib.Path(__file__).resolve().parents[2]
REFERENTIEL = ROOT / "core" / "referentiel" / "data" / "cqp-conseiller-entreprise.json"


# ------------------------------------------------------------------ encodings
def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def jcs(value) -> str:
    """RFC 8785: keys sorted by UTF-16 code units, minimal escapes, integers only here."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(jcs(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + jcs(value[k]) for k in keys) + "}"
    raise TypeError(f"no RFC 8785 form here for {type(value)}")


# ------------------------------------------------------------------ keys and notes
def key(label: str) -> nacl.signing.SigningKey:
    return nacl.signing.SigningKey(sha256(b"jalon-test-key:" + label.encode()))


def pub(k: nacl.signing.SigningKey) -> bytes:
    return bytes(k.verify_key)


def sign(k: nacl.signing.SigningKey, message: bytes) -> bytes:
    return k.sign(message).signature


def key_id(name: str, kind: int, public: bytes) -> bytes:
    return sha256(name.encode() + b"\n" + bytes([kind]) + public)[:4]


def vkey(name: str, kind: int, public: bytes) -> str:
    return f"{name}+{key_id(name, kind, public).hex()}+{b64(bytes([kind]) + public)}"


def origin_of(public: bytes) -> str:
    return "jalon.centre/" + sha256(public)[:8].hex()


def fingerprint(public: bytes) -> str:
    h = sha256(public).hex()[:32].upper()
    return " ".join(h[i:i + 4] for i in range(0, 32, 4))


DASH = "\u2014 "


def signature_line(name: str, kid: bytes, sig: bytes) -> str:
    return f"{DASH}{name} {b64(kid + sig)}\n"


def cosignature_line(witness_name: str, wkey, text: str, timestamp: int) -> str:
    message = f"cosignature/v1\ntime {timestamp}\n".encode() + text.encode()
    sig = struct.pack(">Q", timestamp) + sign(wkey, message)
    return signature_line(witness_name, key_id(witness_name, 0x04, pub(wkey)), sig)


# ------------------------------------------------------------------ Merkle tree (RFC 6962)
class Tree:
    def __init__(self):
        self.leaves = []
        self.memo = {}

    def append(self, leaf: bytes) -> int:
        self.leaves.append(leaf)
        return len(self.leaves) - 1

    def hash(self, begin: int, end: int) -> bytes:
        n = end - begin
        if n == 0:
            return sha256(b"")
        if n == 1:
            return self.leaves[begin]
        memo = self.memo.get((begin, end))
        if memo is None:
            k = 1 << ((n - 1).bit_length() - 1)
            memo = sha256(b"\x01" + self.hash(begin, begin + k) + self.hash(begin + k, end))
            self.memo[(begin, end)] = memo
        return memo

    def path(self, m: int, begin: int, end: int) -> list:
        n = end - begin
        if n <= 1:
            return []
        k = 1 << ((n - 1).bit_length() - 1)
        if m < k:
            return self.path(m, begin, begin + k) + [self.hash(begin + k, end)]
        return self.path(m - k, begin + k, end) + [self.hash(begin, begin + k)]


def leaf_of(event_id: bytes) -> bytes:
    return sha256(b"\x00" + event_id)


# ------------------------------------------------------------------ a centre's log
class Author:
    def __init__(self, label: str):
        self.key = key(label)
        self.public = pub(self.key)
        self.seq = 0
        self.prev = None

    @property
    def b64(self):
        return b64u(self.public)


class Clock:
    def __init__(self, day=(2026, 3, 2)):
        import datetime
        self.t = datetime.datetime(*day, 8, 0, 0, tzinfo=datetime.timezone.utc)

    def tick(self, minutes=7):
        import datetime
        self.t += datetime.timedelta(minutes=minutes)
        return self.t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.t.microsecond // 1000:03d}Z"

    def day(self):
        return self.t.strftime("%Y-%m-%d")


class Log:
    def __init__(self, label="centre"):
        self.centre = Author(label)
        self.tree = Tree()
        self.kept = []  # (index, event): the bundle's events
        self.clock = Clock()
        self.ids = {}

    def event(self, author: Author, kind, subject, body, keep=True, seq=None, minutes=7):
        if seq is None:
            author.seq += 1
            seq = author.seq
        ev = {"v": 1, "author": author.b64, "seq": seq, "prev": author.prev if seq > 1 else None,
              "at": self.clock.tick(minutes), "kind": kind, "subject": subject, "body": body}
        ev["sig"] = b64u(sign(author.key, jcs(ev).encode()))
        event_id = sha256(jcs(ev).encode())
        author.prev = b64u(event_id)
        index = self.tree.append(leaf_of(event_id))
        if keep:
            self.kept.append((index, ev))
        self.ids[b64u(event_id)] = ev
        return ev, b64u(event_id)

    def others(self, n, salt):
        """Entries of other candidates and centres' business: leaves the bundle does not hold."""
        for i in range(n):
            self.tree.append(leaf_of(sha256(f"other-{salt}-{i}".encode())))
            if i % 5 == 0:  # the centre's own events about others: gaps in its seq
                self.centre.seq += 1

    def bundle(self, candidate, referentiels, witnesses, quorum, exported_at="2026-12-01T10:00:00.000Z"):
        size = len(self.tree.leaves)
        root = self.tree.hash(0, size)
        origin = origin_of(self.centre.public)
        text = f"{origin}\n{size}\n{b64(root)}\n"
        note = text + "\n" + signature_line(origin, key_id(origin, 0x01, self.centre.public),
                                            sign(self.centre.key, text.encode()))
        for i, (wname, wkey) in enumerate(witnesses):
            note += cosignature_line(wname, wkey, text, 1796119200 + 60 * i)
        return {
            "format": "jalon-dossier/1",
            "exported_at": exported_at,
            "candidate": candidate,
            "centre": {
                "key": vkey(origin, 0x01, self.centre.public),
                "public_key": self.centre.b64,
                "fingerprint": fingerprint(self.centre.public),
            },
            "witnesses": {"keys": [vkey(n, 0x04, pub(k)) for n, k in witnesses], "quorum": quorum},
            "checkpoint": note,
            "referentiels": referentiels,
            "events": [{"index": i, "event": ev, "inclusion": [b64(h) for h in self.tree.path(i, 0, size)]}
                       for i, ev in self.kept],
        }


def load_referentiel():
    document = json.loads(REFERENTIEL.read_text(encoding="utf-8"))
    return document, {"id": document["id"], "version": document["version"],
                      "sha256": hashlib.sha256(jcs(document).encode()).hexdigest(), "document": document}


WITNESS = ("witness.example/jalon", key("witness"))

SITUATIONS = [
    "Appel d'un assuré mécontent : écoute, reformulation de la demande et solution expliquée.",
    "Accompagnement d'une cliente âgée dans la compréhension de son décompte de remboursement.",
    "Mise à jour d'un dossier après un changement de situation familiale, pièces vérifiées.",
    "Traitement d'une réclamation « urgente » avec traçabilité complète dans l'outil.",
]


# ------------------------------------------------------------------ scenarios
def people(log: Log, ref_id: str, extra=()):
    """The org events: users, devices, assignments. Returns the authors by role name."""
    c = log.centre
    cast = {
        "candidate": ("u-camille", "Camille Martin", "candidate"),
        "tutor": ("u-julien", "Julien Leroy", "tutor"),
        "manager": ("u-sophie", "Sophie Bernard", "manager"),
        "evaluator": ("u-nadia", "Nadia Benali", "evaluator"),
        "tutor2": ("u-lea", "Léa Moreau", "tutor"),
    }
    for name in extra:
        cast[name] = {"stranger": ("u-marc", "Marc Petit", "tutor")}[name]
    devices = {}
    for label, (uid, name, role) in cast.items():
        body = {"user": uid, "name": name, "role": role}
        if role == "candidate":
            body["referentiel"] = ref_id
        log.event(c, "org.user", uid, body)
        log.others(3, "u" + label)
    for label, (uid, name, role) in cast.items():
        devices[label] = Author("device-" + label)
        devices[label].user = uid
        log.event(c, "org.device", uid, {"user": uid, "device": devices[label].b64})
        log.others(2, "d" + label)
    for label in ("tutor", "manager", "evaluator", "tutor2"):
        uid, _, role = cast[label]
        log.event(c, "org.assign", "u-camille", {"candidate": "u-camille", "user": uid, "role": role})
    return devices


def attest(log, device, competence, criteria, role, situation, ref, keep=True, seq=None):
    return log.event(device, "carnet.attest", "u-camille", {
        "referentiel": ref["id"], "version": ref["version"], "competence": competence, "role": role,
        "criteria": criteria, "situation": situation, "observed_on": log.clock.day()}, keep=keep, seq=seq)


def own_referentiel():
    """A référentiel Jalon does not ship: the CQP's document under another id."""
    document, _ = load_referentiel()
    document = copy.deepcopy(document)
    document["id"] = "cqp-conseiller-entreprise-centre"
    document["certification"]["title"] = "CQP Conseiller Entreprise (version du centre)"
    return document, {"id": document["id"], "version": document["version"],
                      "sha256": hashlib.sha256(jcs(document).encode()).hexdigest(), "document": document}


def basic(variant=None):
    """Camille's carnet under the CQP Conseiller Entreprise: B1 acquired and validated, B2 under way."""
    log = Log()
    document, ref = own_referentiel() if variant in ("published", "unlisted") else load_referentiel()
    if variant == "published":
        log.event(log.centre, "referentiel.publish", ref["id"], {"referentiel": document})
    extra = ("stranger",) if variant == "stranger" else ()
    d = people(log, ref["id"], extra)
    c = log.centre
    crit = {comp["id"]: [x["id"] for x in comp["criteria"]] for b in document["blocs"] for comp in b["competences"]}
    s = iter(SITUATIONS * 10)
    # B1: every competence by the tutor and the manager; CP4 first below the threshold, then again.
    attest(log, d["tutor"], "CP4", crit["CP4"][:1], "tutor", next(s), ref)
    for comp in ("CP1", "CP2", "CP3", "CP4", "CT1"):
        attest(log, d["tutor"], comp, crit[comp], "tutor", next(s), ref)
        log.others(4, "a" + comp)
        attest(log, d["manager"], comp, crit[comp], "manager", next(s), ref)
    # B2: CP5 by the tutor below the threshold (2 of 3); CP6 by both; CP7 by the tutor, withdrawn.
    attest(log, d["tutor"], "CP5", crit["CP5"][:2], "tutor", next(s), ref)
    attest(log, d["tutor"], "CP6", crit["CP6"], "tutor", next(s), ref)
    attest(log, d["manager"], "CP6", crit["CP6"], "manager", next(s), ref)
    _, cp7 = attest(log, d["tutor"], "CP7", crit["CP7"], "tutor", next(s), ref)
    log.others(6, "r")
    log.event(d["tutor"], "carnet.revoke", "u-camille", {"attestation": cp7, "reason": "Compétence saisie par erreur."})
    # CP8 by a second tutor, who is unassigned later: her attestation still counts.
    attest(log, d["tutor2"], "CP8", crit["CP8"], "tutor", next(s), ref)
    attest(log, d["manager"], "CP8", crit["CP8"], "manager", next(s), ref)
    log.others(3, "u")
    log.event(c, "org.unassign", "u-camille", {"candidate": "u-camille", "user": "u-lea", "role": "tutor"})
    if variant == "stranger":  # a tutor the centre knows, but who follows someone else
        attest(log, d["stranger"], "CP9", crit["CP9"], "tutor", next(s), ref)
    if variant == "fork":  # the tutor's device signs a second event with a seq it already used
        attest(log, d["tutor"], "CP10", crit["CP10"], "tutor", next(s), ref, seq=d["tutor"].seq)
    if variant == "revoked":  # the centre revokes the manager's device, which then signs again
        log.event(c, "org.device.revoke", "u-sophie", {"device": d["manager"].b64})
        attest(log, d["manager"], "CP9", crit["CP9"], "manager", next(s), ref)
    log.others(5, "e")
    log.clock.t = log.clock.t.replace(month=11, day=20)
    log.event(d["evaluator"], "bloc.evaluate", "u-camille", {
        "referentiel": ref["id"], "version": ref["version"], "bloc": "B1", "validated": True, "date": "2026-11-20",
        "remarks": "Épreuve orale réussie devant le jury paritaire."})
    log.others(17, "tail")
    return log.bundle({"id": "u-camille", "name": "Camille Martin"}, [ref], [WITNESS], 1)


BASIC_STATUSES = {
    "obtained": False,
    "blocs": {"B1": "validated", "B2": "inProgress", "B3": "notStarted"},
    "competences": {"CP1": "acquired", "CP2": "acquired", "CP3": "acquired", "CP4": "acquired", "CT1": "acquired",
                    "CP5": "inProgress", "CP6": "acquired", "CP7": "notStarted", "CP8": "acquired",
                    "CT2": "notStarted", "CP9": "notStarted", "CP10": "notStarted", "CT3": "notStarted"},
}


def big(total_events=1150):
    """A long carnet: tutor and manager attest again and again, ~1,150 events in the bundle."""
    log = Log("centre-big")
    document, ref = load_referentiel()
    d = people(log, ref["id"])
    comps = [(comp["id"], [x["id"] for x in comp["criteria"]]) for b in document["blocs"] for comp in b["competences"]]
    s = iter(SITUATIONS * 1000)
    i = 0
    while len(log.kept) < total_events - 1:
        comp, criteria = comps[i % len(comps)]
        who = ("tutor", "manager", "tutor2")[i % 3]
        attest(log, d[who], comp, criteria, "manager" if who == "manager" else "tutor", next(s), ref)
        log.others(2, f"big{i}")
        i += 1
    log.event(d["evaluator"], "bloc.evaluate", "u-camille", {
        "referentiel": ref["id"], "version": ref["version"], "bloc": "B3", "validated": True, "date": "2026-06-30"})
    return log.bundle({"id": "u-camille", "name": "Camille Martin"}, [ref], [WITNESS], 1)


def find(bundle, kind, n=0, who=None):
    found = [e for e in bundle["events"] if e["event"]["kind"] == kind and (who is None or e["event"]["body"].get("user") == who)]
    return found[n]


def tampered(good):
    """Each tampering of the good bundle, with the words the page must give."""
    out = {}

    b = copy.deepcopy(good)
    e = find(b, "carnet.attest", 3)
    s = e["event"]["body"]["situation"]
    e["event"]["body"]["situation"] = s.replace("a", "o", 1)  # one byte changed
    out["bad-situation"] = (b, [f"Event #{e['index']} · attestation (carnet.attest)", "the signature does not match"])

    b = copy.deepcopy(good)
    dev = find(b, "org.device", who="u-julien")
    b["events"].remove(dev)
    first = next(e for e in b["events"] if e["event"]["kind"] == "carnet.attest" and e["event"]["author"] == dev["event"]["body"]["device"])
    out["bad-dropped-device"] = (b, [f"Event #{first['index']} · attestation", "not one the centre enrolled"])

    b = copy.deepcopy(good)
    x, y = find(b, "carnet.attest", 1), find(b, "carnet.attest", 2)
    x["inclusion"], y["inclusion"] = y["inclusion"], x["inclusion"]
    out["bad-swapped-proof"] = (b, [f"Event #{x['index']} · attestation", f"Event #{y['index']} · attestation",
                                    "inclusion proof does not lead to the checkpoint's root"])

    b = copy.deepcopy(good)
    text, rest = b["checkpoint"].split("\n\n", 1)
    text += "\n"
    lines = rest.splitlines(keepends=True)
    origin = text.split("\n")[0]
    real_kid = base64.b64decode(lines[0].split(" ")[2])[:4]
    lines[0] = signature_line(origin, real_kid, sign(key("someone-else"), text.encode()))
    b["checkpoint"] = text + "\n" + "".join(lines)
    out["bad-checkpoint-key"] = (b, ["Checkpoint", "not signed by the centre's key"])

    b = copy.deepcopy(good)
    text, rest = b["checkpoint"].split("\n\n", 1)
    b["checkpoint"] = text + "\n\n" + "".join(l for l in rest.splitlines(keepends=True) if "witness.example" not in l)
    out["bad-missing-cosignature"] = (b, ["cosigned by 0 of the witnesses, 1 required"])

    b = copy.deepcopy(good)
    b["candidate"]["name"] = "Camille Dupont"
    out["bad-candidate-name"] = (b, ["not the one the centre declared"])

    b = copy.deepcopy(good)
    b["referentiels"][0]["document"]["rules"]["criterion_threshold"] = {"num": 1, "den": 5}
    out["bad-referentiel-hash"] = (b, ["does not match its SHA-256"])

    b = copy.deepcopy(good)  # eased rules, with a SHA-256 that matches them
    b["referentiels"][0]["document"]["rules"]["attester_roles"] = ["tutor"]
    b["referentiels"][0]["sha256"] = hashlib.sha256(jcs(b["referentiels"][0]["document"]).encode()).hexdigest()
    out["bad-eased-rules"] = (b, ["the text of the référentiel cqp-conseiller-entreprise version 1 is neither the one Jalon ships",
                                  "the dossier's référentiel cqp-conseiller-entreprise version 1 is not valid"])
    return out


def write(out: pathlib.Path, name: str, bundle, expect=None, statuses=None):
    (out / f"{name}.jalon-dossier.json").write_text(json.dumps(bundle, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if expect is not None:
        (out / f"{name}.expect").write_text("\n".join(expect) + "\n", encoding="utf-8")
    if statuses is not None:
        (out / f"{name}.statuses.json").write_text(json.dumps(statuses, indent=1) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, type=pathlib.Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for old in list(args.out.glob("good-*")) + list(args.out.glob("bad-*")):
        old.unlink()
    good = basic()
    write(args.out, "good-basic", good, statuses=BASIC_STATUSES)
    write(args.out, "good-published-referentiel", basic("published"), statuses=BASIC_STATUSES)
    write(args.out, "bad-unpublished-referentiel", basic("unlisted"),
          ["the text of the référentiel cqp-conseiller-entreprise-centre version 1 is neither the one Jalon ships nor one the centre published"])
    write(args.out, "good-big", big())
    for name, (bundle, expect) in tampered(good).items():
        write(args.out, name, bundle, expect)
    stranger = basic("stranger")
    e = next(e for e in stranger["events"] if e["event"]["kind"] == "carnet.attest" and e["event"]["body"]["competence"] == "CP9")
    write(args.out, "bad-unassigned-tutor", stranger, [f"Event #{e['index']} · attestation", "Marc Petit was not assigned to the candidate as tutor"])
    fork = basic("fork")
    write(args.out, "bad-fork", fork, ["fork: another event of the same author has sequence number"])
    revoked = basic("revoked")
    e = next(e for e in revoked["events"] if e["event"]["kind"] == "carnet.attest" and e["event"]["body"]["competence"] == "CP9")
    write(args.out, "bad-revoked-device", revoked, [f"Event #{e['index']} · attestation", "its device was revoked by the centre earlier in the log"])
    print(f"wrote {len(list(args.out.glob('*.jalon-dossier.json')))} bundles into {args.out}")


if __name__ == "__main__":
    main()
