#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that core/referentiel/referentiel.schema.json agrees with the loader: every
bundled référentiel and the valid fixture pass it, and documents the loader refuses for
structural reasons fail it. Usage: check_referentiel_schema.py SCHEMA DATA_DIR FIXTURE"""
import copy
import json
import pathlib
import sys

import jsonschema

schema_path, data_dir, fixture_path = sys.argv[1:4]
schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

failures = 0
passed = 0


def expect(document, valid, name):
    global failures, passed
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    if bool(errors) == valid:
        failures += 1
        detail = errors[0].message if errors else "accepted"
        print(f"FAIL {name}: expected {'valid' if valid else 'invalid'}, got {detail}")
    else:
        passed += 1


bundled = sorted(pathlib.Path(data_dir).glob("*.json"))
if not bundled:
    print(f"FAIL no bundled référentiel in {data_dir}")
    failures += 1
for path in bundled:
    expect(json.loads(path.read_text(encoding="utf-8")), True, path.name)

fixture = json.loads(pathlib.Path(fixture_path).read_text(encoding="utf-8"))
expect(fixture, True, "minimal fixture")

broken = {
    "unknown format": lambda d: d.update(format=2),
    "missing id": lambda d: d.pop("id"),
    "threshold as decimal": lambda d: d["rules"].update(criterion_threshold=0.8),
    "unknown role": lambda d: d["rules"].update(attester_roles=["director"]),
    "unknown field": lambda d: d["blocs"][0]["competences"][0].update(critera=[]),
    "empty label": lambda d: d["blocs"][0]["competences"][0].update(label=" "),
    "no blocs": lambda d: d.update(blocs=[]),
    "bad competence type": lambda d: d["blocs"][0]["competences"][0].update(type="technique"),
}
for name, change in broken.items():
    document = copy.deepcopy(fixture)
    change(document)
    expect(document, False, name)

print(f"{passed} passed, {failures} failed")
sys.exit(1 if failures else 0)
