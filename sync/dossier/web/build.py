#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes verify.html, the jury's one-file verifier, from verify.src.html.

It inlines the vendored @noble/ed25519 (the Ed25519 fallback for browsers whose WebCrypto
has no Ed25519) and the SHA-256 of the RFC 8785 form of every référentiel Jalon ships
(core/referentiel/data/), so that the page can tell a shipped référentiel from another.
No network, Python 3 standard library only.

    python3 sync/dossier/web/build.py           # write verify.html
    python3 sync/dossier/web/build.py --check   # fail if verify.html is not up to date
"""
import argparse
import hashlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE / "verify.src.html"
OUTPUT = HERE / "verify.html"
NOBLE_DIR = HERE / "vendor" / "noble-ed25519"
# The vendored file as npm ships @noble/ed25519 3.2.0 (npm pack, package/index.js).
NOBLE_VERSION = "3.2.0"
NOBLE_SHA256 = "a4f631d1876b5d9e43a86cd71194ca27b5e1451edf4ba4db9a418f40a475569a"
NOBLE_EXPORT = ("export { etc, getPublicKey, getPublicKeyAsync, hash, hashes, keygen, keygenAsync, "
                "Point, sign, signAsync, utils, verify, verifyAsync, };")
REFERENTIELS = HERE.parents[2] / "core" / "referentiel" / "data"


def jcs(value):
    """RFC 8785 for the JSON a référentiel holds (strings, integers, booleans, null)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 2 ** 53:
            return str(int(value))
        raise ValueError("non-integer numbers are not expected in a référentiel")
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(jcs(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + jcs(value[k]) for k in keys) + "}"
    raise TypeError(type(value))


def known_referentiels():
    known = {}
    for path in sorted(REFERENTIELS.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        digest = hashlib.sha256(jcs(document).encode("utf-8")).hexdigest()
        known[f"{document['id']}@{document['version']}"] = digest
    return known


def noble_block():
    code = (NOBLE_DIR / "index.js").read_bytes()
    digest = hashlib.sha256(code).hexdigest()
    if digest != NOBLE_SHA256:
        sys.exit(f"vendor/noble-ed25519/index.js is not @noble/ed25519 {NOBLE_VERSION} as vendored "
                 f"(SHA-256 {digest}); update NOBLE_SHA256 only after reviewing the new file")
    text = code.decode("utf-8")
    if text.count(NOBLE_EXPORT) != 1 or "import " in text.replace("import * as ed from '@noble/ed25519';", "").replace(
            "import { sha512 } from '@noble/hashes/sha2.js';", ""):
        sys.exit("unexpected module shape in vendor/noble-ed25519/index.js")
    if "</script" in text.lower() or "<!--" in text:
        sys.exit("vendor/noble-ed25519/index.js holds text that would end the inline script")
    licence = (NOBLE_DIR / "LICENSE").read_text(encoding="utf-8").strip().replace("*/", "* /")
    body = text.replace(NOBLE_EXPORT, "return { etc, hashes, Point, utils, verify, verifyAsync };")
    return ("/* @noble/ed25519 " + NOBLE_VERSION + " (npm), vendored in sync/dossier/web/vendor/noble-ed25519/,\n"
            "   SHA-256 " + NOBLE_SHA256 + ". Used only when WebCrypto has no Ed25519.\n\n"
            + licence + "\n*/\nconst nobleEd25519 = (() => {\n" + body + "\n})();")


def build():
    source = SOURCE.read_text(encoding="utf-8")
    for marker in ("/*@NOBLE_ED25519@*/", "/*@KNOWN_REFERENTIELS@*/{}", "SOURCE of verify.html: edit this file"):
        if source.count(marker) != 1:
            sys.exit(f"verify.src.html: marker {marker!r} must appear once")
    known = json.dumps(known_referentiels(), indent=2, sort_keys=True)
    out = source.replace("SOURCE of verify.html: edit this file", "GENERATED from verify.src.html: do not edit; edit the source")
    out = out.replace("/*@KNOWN_REFERENTIELS@*/{}", known)
    out = out.replace("/*@NOBLE_ED25519@*/", noble_block())
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if verify.html is not what the sources give")
    args = parser.parse_args()
    html = build()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != html:
            sys.exit(f"{OUTPUT} is out of date: run python3 {pathlib.Path(__file__).relative_to(HERE.parents[2])}")
        print(f"{OUTPUT.name} is up to date")
        return
    OUTPUT.write_text(html, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(html.encode('utf-8')) // 1024} KiB)")


if __name__ == "__main__":
    main()
