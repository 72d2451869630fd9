#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""tst_adversary: a hostile client of jalon-server, written from the documented protocol
(DESIGN.md §3 and §5, README "The sync server") rather than with Jalon's sync library: its
own RFC 8785 (tests/web/make_bundles.py's), its own Ed25519 signing (Debian's python3-nacl),
its own HTTP (Python's standard library).

It starts a real jalon-server on loopback with a small organisation, then sends, category by
category: 200 random mutations of a valid signed event; replayed, stale and mismatched
requests; the events of an unassigned tutor; self-attestations; a revoked device's requests;
a fork; malformed, oversized and deeply nested JSON, invalid UTF-8; and tries to read what
it may not see. Every answer must be a clear refusal with a reason (a 4xx with an "error",
or a per-event "rejected"/"refused" with a "reason"), nothing may be wrongly accepted, and
the server must stay healthy. Prints, per category, tried / refused rightly / accepted
wrongly, and fails on any wrong answer.

  adversary.py JALON_SERVER
"""
import base64
import hashlib
import http.client
import json
import os
import pathlib
import random
import re
import subprocess
import sys
import tempfile
import time
import unicodedata

import nacl.signing

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "web"))
from make_bundles import b64u, jcs  # noqa: E402  (the format's independent implementation)

REFERENTIEL = "cqp-conseiller-entreprise"
FRACTION = "\ufdd0fraction"


def unb64u(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def now_text(offset_seconds=0) -> str:
    moment = time.time() + offset_seconds
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(moment)) + ".000Z"


# ------------------------------------------------------------------ the server
class Server:
    def __init__(self, program: str, data: str):
        self.program, self.data = program, data
        self.process = None
        self.port = 0

    def admin(self, *words) -> str:
        # The store first: after "--" (before a key that starts with "-"), every word is
        # positional.
        done = subprocess.run([self.program, "--data", self.data, *words],
                              capture_output=True, text=True, env=english())
        if done.returncode != 0:
            raise RuntimeError(f"jalon-server {' '.join(words)}: {done.stderr}")
        return done.stdout

    def add_user(self, name: str, role: str, referentiel=None):
        extra = ["--referentiel", referentiel] if referentiel else []
        out = self.admin("user", "add", "--name", name, "--role", role, *extra)
        user = re.search(r"(u-[0-9a-z]+)", out).group(1)
        code = re.search(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){5}", out).group(0)
        return user, code

    def start(self):
        # One device sends hundreds of requests here: the per-device rate is not under test.
        self.process = subprocess.Popen(
            [self.program, "serve", "--data", self.data, "--listen", "127.0.0.1:0",
             "--requests-per-minute", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=english())
        line = self.process.stdout.readline()
        self.port = int(re.search(r":(\d+)\s*$", line).group(1))

    def stop(self):
        if self.process:
            self.process.kill()
            self.process.wait()

    def healthy(self) -> bool:
        status, _, _ = raw(self.port, "GET", "/healthz")
        return status == 200 and self.process.poll() is None


def english():
    env = dict(os.environ)
    env.update({"LC_ALL": "C.UTF-8", "LANGUAGE": "en"})
    return env


def raw(port: int, method: str, target: str, body: bytes = b"", headers=None):
    """One HTTP request on a fresh connection: status, headers, parsed JSON (or None)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, target, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
    except (ConnectionError, http.client.HTTPException) as error:
        return 0, {}, {"error": f"connection: {error}"}
    finally:
        connection.close()
    try:
        parsed = json.loads(data) if data else None
    except ValueError:
        parsed = None
    return response.status, dict(response.getheaders()), parsed


# ------------------------------------------------------------------ a device, from the protocol
class Device:
    """A device key, enrolled by `code` (without one: a key no one enrolled)."""

    def __init__(self, server: Server, code=None):
        self.server = server
        self.key = nacl.signing.SigningKey.generate()
        self.public = bytes(self.key.verify_key)
        self.seq = 0
        self.prev = None
        if code is None:
            return
        body = json.dumps({"code": code, "device": b64u(self.public)}).encode()
        status, _, answer = raw(server.port, "POST", "/v1/enroll", body,
                                {"Content-Type": "application/json"})
        if status != 200:
            raise RuntimeError(f"enrollment refused: {status} {answer}")
        self.user = answer["user"]

    def header(self, method: str, target: str, body: bytes, ts=None, nonce=None) -> str:
        ts = int(time.time()) if ts is None else ts
        nonce = os.urandom(16) if nonce is None else nonce
        message = ("jalon-request-v1\n" + method + "\n" + target + "\n" + str(ts) + "\n"
                   + b64u(nonce) + "\n" + b64u(hashlib.sha256(body).digest())).encode()
        sig = self.key.sign(message).signature
        return (f"Jalon-Ed25519 key={b64u(self.public)}, ts={ts}, nonce={b64u(nonce)}, "
                f"sig={b64u(sig)}")

    def request(self, method: str, target: str, body: bytes = b"", header=None):
        headers = {"Authorization": header or self.header(method, target, body),
                   "Content-Type": "application/json"}
        return raw(self.server.port, method, target, body, headers)

    def event(self, kind: str, subject: str, body: dict, chain=True, at=None) -> dict:
        """A signed event, next in this device's chain (or, chain=False, a twin at the
        place the next one will take)."""
        seq = self.seq + 1
        unsigned = {"v": 1, "author": b64u(self.public), "seq": seq, "prev": self.prev,
                    "at": at or now_text(), "kind": kind, "subject": subject, "body": body}
        signed = dict(unsigned, sig=b64u(self.key.sign(jcs(unsigned).encode()).signature))
        if chain:
            self.seq = seq
            self.prev = b64u(hashlib.sha256(jcs(signed).encode()).digest())
        return signed

    def push_text(self, event_text: str):
        """Pushes one event spelled as given; its result (status, reason, id) or the error."""
        body = ('{"events":[' + event_text + "]}").encode()
        status, _, answer = self.request("POST", "/v1/events", body)
        if status != 200:
            return {"http": status, "error": (answer or {}).get("error", "")}
        return answer["results"][0]


def event_id(event: dict) -> str:
    return b64u(hashlib.sha256(jcs(event).encode()).digest())


def attestation(candidate: str, competence="CP1", criteria=("CP1.1",), role="tutor",
                situation="Accueil d'un adhérent, réclamation réglée"):
    return {"referentiel": REFERENTIEL, "version": 1, "competence": competence,
            "role": role, "criteria": list(criteria), "situation": situation,
            "observed_on": time.strftime("%Y-%m-%d", time.gmtime())}


# ------------------------------------------------------------------ the tally
class Tally:
    def __init__(self):
        self.rows = {}
        self.wrong = []

    def count(self, category: str, right: bool, what: str):
        tried, refused, wrong = self.rows.get(category, (0, 0, 0))
        self.rows[category] = (tried + 1, refused + (1 if right else 0),
                               wrong + (0 if right else 1))
        if not right:
            self.wrong.append(f"{category}: {what}")

    def print(self):
        print(f"{'category':<40} {'tried':>6} {'refused rightly':>16} {'accepted wrongly':>17}")
        for category, (tried, refused, wrong) in self.rows.items():
            print(f"{category:<40} {tried:>6} {refused:>16} {wrong:>17}")
        total = [sum(row[i] for row in self.rows.values()) for i in range(3)]
        print(f"{'in all':<40} {total[0]:>6} {total[1]:>16} {total[2]:>17}")


def refused_with_reason(result: dict) -> bool:
    if "http" in result:
        return 400 <= result["http"] < 500 and bool(result.get("error"))
    return result.get("status") in ("rejected", "refused") and bool(result.get("reason"))


def http_refusal(status: int, answer, statuses=range(400, 500)) -> bool:
    return status in statuses and isinstance(answer, dict) and bool(answer.get("error"))


# ------------------------------------------------------------------ mutations
def respell(text: str, rng: random.Random) -> str:
    """The same JSON value spelled otherwise: key order, spaces, escapes, number forms."""
    value = json.loads(text)

    def write(v):
        if isinstance(v, dict):
            items = list(v.items())
            rng.shuffle(items)
            return "{ " + " ,\n".join(write_string(k) + " : " + write(x) for k, x in items) + " }"
        if isinstance(v, list):
            return "[ " + " , ".join(write(x) for x in v) + " ]"
        if isinstance(v, bool) or v is None:
            return json.dumps(v)
        if isinstance(v, int):
            return rng.choice([str(v), f"{v}.0", f"{v}e0", f"{v * 10}e-1"])
        return write_string(v)

    def write_string(s):
        out = []
        for ch in s:
            if ch in '"\\' or ord(ch) < 0x20:
                out.append(json.dumps(ch)[1:-1])
            elif rng.random() < 0.3:
                out.append("".join(f"\\u{unit:04x}" for unit in utf16_units(ch)))
            elif ch == "/" and rng.random() < 0.5:
                out.append("\\/")
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'

    return write(value)


def utf16_units(ch: str):
    data = ch.encode("utf-16-be")
    return [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2)]


def mutate(event: dict, rng: random.Random):
    """A changed copy of a signed event and what it changes; every change breaks the
    signature or the event's form, so every one must be refused."""
    changed = json.loads(json.dumps(event))
    field = rng.choice(["at", "author", "seq", "prev", "kind", "subject", "sig", "v", "body",
                        "body.competence", "body.criteria", "body.situation", "body.version",
                        "body.role", "missing", "extra", "normalise", "duplicate"])
    # FRACTION stands for 1.5, which the integer-only RFC 8785 writer here cannot spell.
    others = ["", "x", 0, -1, 2 ** 53, FRACTION, True, None, [], {}, "ü" * 3, "\u0000",
              "2026-13-01T00:00:00.000Z", b64u(os.urandom(32)), b64u(os.urandom(64))]
    if field.startswith("body."):
        name = field[5:]
        changed["body"][name] = rng.choice(others + ["CP2", ["CP1.2"], "manager", 2])
    elif field == "missing":
        field = rng.choice(list(changed))
        del changed[field]
        field = "without " + field
    elif field == "extra":
        changed[rng.choice(["extra", "Sig", "id", "body2"])] = rng.choice(others)
    elif field == "normalise":
        # Another Unicode spelling of the same words: other bytes, so not what was signed.
        text = changed["body"]["situation"]
        form = "NFD" if unicodedata.normalize("NFD", text) != text else "NFKD"
        changed["body"]["situation"] = unicodedata.normalize(form, text)
        if changed["body"]["situation"] == text:
            changed["body"]["situation"] = text + "\u0301"
    elif field == "duplicate":
        text = jcs(changed)
        return text[:-1] + ',"kind":"carnet.revoke"}', "a duplicate key"
    elif field == "sig":
        raw_sig = bytearray(unb64u(changed["sig"]))
        raw_sig[rng.randrange(len(raw_sig))] ^= 1 << rng.randrange(8)
        changed["sig"] = b64u(bytes(raw_sig))
    else:
        candidates = [o for o in others if o != changed.get(field)]
        changed[field] = rng.choice(candidates)
    return jcs(changed).replace(json.dumps(FRACTION), "1.5"), field


# ------------------------------------------------------------------ the categories
def tampered_events(tally, tutor, candidate, rng):
    base = tutor.event("carnet.attest", candidate, attestation(candidate))
    result = tutor.push_text(jcs(base))
    if result.get("status") != "accepted":
        raise RuntimeError(f"the valid event itself was not accepted: {result}")
    for _ in range(200):
        if rng.random() < 0.25:
            # The same event spelled otherwise: the same event, never a new one.
            text = respell(jcs(base), rng)
            result = tutor.push_text(text)
            right = result.get("status") == "known" and result.get("id") == event_id(base)
            tally.count("tampered: respelled (known, not new)", right, f"{text[:80]} -> {result}")
            continue
        text, what = mutate(base, rng)
        result = tutor.push_text(text)
        tally.count("tampered: one field changed", refused_with_reason(result),
                    f"{what}: {result}")


def replayed_and_stale(tally, device):
    target = "/v1/events?after=-1"
    header = device.header("GET", target, b"")
    first = device.request("GET", target, header=header)
    if first[0] != 200:
        raise RuntimeError(f"a signed pull was refused: {first}")
    status, _, answer = device.request("GET", target, header=header)
    tally.count("requests: replayed", http_refusal(status, answer, (401,)), f"{status} {answer}")
    for offset, what in ((-600, "stale"), (600, "from the future")):
        header = device.header("GET", target, b"", ts=int(time.time()) + offset)
        status, _, answer = device.request("GET", target, header=header)
        tally.count("requests: " + what, http_refusal(status, answer, (401,)), f"{status} {answer}")
    # Signed for one thing, sent with another.
    body = b'{"events":[]}'
    for what, header, method, sent_target, sent_body in (
            ("other body", device.header("POST", "/v1/events", body), "POST", "/v1/events",
             b'{"events":[ ]}'),
            ("other path", device.header("GET", "/v1/referentiels", b""), "GET", target, b""),
            ("other method", device.header("POST", target, b""), "GET", target, b""),
            ("unsigned", "", "GET", target, b""),
            ("garbage header", "Jalon-Ed25519 key=%%%, ts=x", "GET", target, b"")):
        headers = {"Content-Type": "application/json"}
        if header:
            headers["Authorization"] = header
        status, _, answer = raw(device.server.port, method, sent_target, sent_body, headers)
        tally.count("requests: " + what, http_refusal(status, answer, (401,)), f"{status} {answer}")
    status, _, answer = Device(device.server).request("GET", target)
    tally.count("requests: key never enrolled", http_refusal(status, answer, (403,)),
                f"{status} {answer}")


def policy(tally, candidate_device, candidate, tutor, outsider):
    cases = [
        ("policy: unassigned tutor attests", outsider,
         lambda d: d.event("carnet.attest", candidate, attestation(candidate))),
        ("policy: candidate attests self", candidate_device,
         lambda d: d.event("carnet.attest", candidate, attestation(candidate))),
        ("policy: tutor attests self", tutor,
         lambda d: d.event("carnet.attest", tutor.user, attestation(tutor.user))),
        ("policy: tutor signs as manager", tutor,
         lambda d: d.event("carnet.attest", candidate, attestation(candidate, role="manager"))),
        ("policy: tutor validates a bloc", tutor,
         lambda d: d.event("bloc.evaluate", candidate,
                           {"referentiel": REFERENTIEL, "version": 1, "bloc": "B1",
                            "validated": True, "date": "2026-06-01"})),
        ("policy: tutor records a VAE session", tutor,
         lambda d: d.event("vae.session", candidate,
                           {"number": 1, "status": "held", "date": "2026-06-01"})),
        ("policy: unknown competence", tutor,
         lambda d: d.event("carnet.attest", candidate,
                           attestation(candidate, competence="CP99", criteria=["CP99.1"]))),
        ("policy: server's kind from a device", tutor,
         lambda d: d.event("org.assign", candidate,
                           {"candidate": candidate, "user": tutor.user, "role": "manager"})),
        ("policy: dated an hour ahead", tutor,
         lambda d: d.event("carnet.attest", candidate, attestation(candidate),
                           at=now_text(3600))),
    ]
    for category, device, make in cases:
        place = (device.seq, device.prev)
        result = device.push_text(jcs(make(device)))
        # A refused event keeps its place in the chain; a rejected one (not even a valid
        # event of a device) never took one.
        if result.get("status") == "rejected":
            device.seq, device.prev = place
        tally.count(category, refused_with_reason(result), str(result))
    # Withdrawing someone else's attestation.
    theirs = tutor.event("carnet.attest", candidate, attestation(candidate, competence="CP2",
                                                                 criteria=["CP2.1"]))
    accepted = tutor.push_text(jcs(theirs))
    if accepted.get("status") != "accepted":
        raise RuntimeError(f"the tutor's own attestation was not accepted: {accepted}")
    withdraw = outsider.event("carnet.revoke", candidate,
                              {"attestation": event_id(theirs), "reason": "pas moi"})
    result = outsider.push_text(jcs(withdraw))
    tally.count("policy: withdraw another's attestation", refused_with_reason(result), str(result))


def revoked_device(tally, server, device):
    server.admin("device", "revoke", "--", b64u(device.public))
    for target in ("/v1/events?after=-1", "/v1/referentiels"):
        status, _, answer = device.request("GET", target)
        tally.count("revoked device reads", http_refusal(status, answer, (403,)),
                    f"{status} {answer}")
    status, _, answer = device.request("POST", "/v1/events", b'{"events":[]}')
    tally.count("revoked device pushes", http_refusal(status, answer, (403,)), f"{status} {answer}")


def fork(tally, tutor, candidate):
    one = tutor.event("carnet.attest", candidate, attestation(candidate, competence="CP3",
                                                              criteria=["CP3.1"]), chain=False)
    other_body = attestation(candidate, competence="CP3", criteria=["CP3.1"],
                             situation="Un autre récit, même place dans la chaîne")
    other = tutor.event("carnet.attest", candidate, other_body, chain=False)
    first = tutor.push_text(jcs(one))
    second = tutor.push_text(jcs(other))
    # Kept and flagged as evidence, not counted: "forked", never a plain "accepted".
    tally.count("fork: same seq, other event",
                first.get("status") == "accepted" and second.get("status") == "forked",
                f"{first} / {second}")
    tutor.seq += 1
    tutor.prev = event_id(one)


def malformed(tally, device):
    deep = b'{"events":[' + b"[" * 5000 + b"]" * 5000 + b"]}"
    bodies = [
        ("not JSON", b"{"),
        ("an array", b"[]"),
        ("events not an array", b'{"events":5}'),
        ("events of numbers", b'{"events":[1,2,3]}'),
        ("invalid UTF-8", b'{"events":[{"v":1,"kind":"\xff\xfe"}]}'),
        ("byte-order mark first", b'\xef\xbb\xbf{"events":[]}'),
        ("nested 5,000 deep", deep),
        ("a huge number", b'{"events":[{"v":1e999999}]}'),
        ("NUL bytes", b'{"events":[\x00]}'),
        ("1,001 events", b'{"events":[' + b",".join([b"{}"] * 1001) + b"]}"),
        ("over 8 MiB", b'{"events":["' + b"a" * (9 * 1024 * 1024) + b'"]}'),
        ("an event over 64 KiB", b'{"events":[{"v":1,"body":{"text":"'
         + b"a" * (70 * 1024) + b'"}}]}'),
    ]
    for what, body in bodies:
        status, _, answer = device.request("POST", "/v1/events", body)
        if status == 200:
            results = (answer or {}).get("results", [])
            right = bool(results) and all(refused_with_reason(r) for r in results)
        else:
            right = http_refusal(status, answer)
        tally.count("malformed: " + what, right, f"{status} {str(answer)[:200]}")
    for what, method, target in (("unknown path", "GET", "/v1/nothing"),
                                 ("bad cursor", "GET", "/v1/events?after=abc"),
                                 ("negative limit", "GET", "/v1/events?after=-1&limit=-5")):
        status, _, answer = device.request(method, target)
        tally.count("malformed: " + what, http_refusal(status, answer), f"{status} {answer}")


def visibility(tally, secret_ids, readers):
    for name, device in readers:
        status, _, answer = device.request("GET", "/v1/events?after=-1&limit=2000")
        seen = {event_id(e["event"]) for e in (answer or {}).get("events", [])}
        leaked = seen & set(secret_ids)
        tally.count("reads: " + name + " pulls", status == 200 and not leaked,
                    f"{status}, {len(leaked)} event(s) it may not see")
        for secret in secret_ids[:3]:
            status, _, answer = device.request("GET", "/v1/proof/" + secret)
            tally.count("reads: " + name + " asks a proof", status == 404, f"{status} {answer}")


def main():
    program = sys.argv[1]
    rng = random.Random(20261204)
    tally = Tally()
    with tempfile.TemporaryDirectory() as data:
        server = Server(program, data)
        candidate, candidate_code = server.add_user("Camille Martin", "candidate", REFERENTIEL)
        tutor_user, tutor_code = server.add_user("Paul Durand", "tutor")
        _, outsider_code = server.add_user("Luc Morel", "tutor")
        _, stranger_code = server.add_user("Ana Silva", "candidate", REFERENTIEL)
        _, revoked_code = server.add_user("Marc Blanc", "manager")
        server.admin("assign", "--candidate", candidate, "--tutor", tutor_user)
        server.start()
        try:
            candidate_device = Device(server, candidate_code)
            tutor = Device(server, tutor_code)
            outsider = Device(server, outsider_code)
            stranger = Device(server, stranger_code)
            revoked = Device(server, revoked_code)
            steps = [
                lambda: tampered_events(tally, tutor, candidate, rng),
                lambda: replayed_and_stale(tally, tutor),
                lambda: policy(tally, candidate_device, candidate, tutor, outsider),
                lambda: fork(tally, tutor, candidate),
                lambda: malformed(tally, tutor),
                lambda: revoked_device(tally, server, revoked),
            ]
            for step in steps:
                step()
                tally.count("server healthy after each step", server.healthy(), "not healthy")
            # What the candidate and their tutor wrote: the outsider and the stranger see none.
            secret = candidate_device.event("livret.edit", candidate,
                                            {"referentiel": REFERENTIEL, "version": 1,
                                             "section": "B1", "base": None,
                                             "text": "Mon expérience, pour mon jury seulement"})
            if candidate_device.push_text(jcs(secret)).get("status") != "accepted":
                raise RuntimeError("the candidate's livret edit was not accepted")
            # A device is not sent back its own events: the candidate's pull shows the rest.
            status, _, answer = candidate_device.request("GET", "/v1/events?after=-1&limit=2000")
            secret_ids = [event_id(secret)] + [
                event_id(e["event"]) for e in (answer or {}).get("events", [])
                if e["event"]["subject"] == candidate and e["event"]["kind"] == "carnet.attest"]
            if len(secret_ids) < 3:
                raise RuntimeError(f"the candidate should see the tutor's attestations: {status}")
            visibility(tally, secret_ids,
                       [("unassigned tutor", outsider), ("another candidate", stranger)])
        finally:
            server.stop()
    tally.print()
    if tally.wrong:
        print("\nWrong answers:")
        for line in tally.wrong[:40]:
            print("  " + line[:300])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
