#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzzers' seed corpora: make_seeds.sh FUZZ_SEEDS OUT_DIR SOURCE_DIR PYTHON3
set -euo pipefail
seeds=$1 out=$2 source=$3 python=$4
rm -rf "$out"
mkdir -p "$out/fuzz_dossier"
"$seeds" "$out" "$source"
# Good and tampered jury bundles, from the format's independent implementation.
bundles=$(mktemp -d)
trap 'rm -rf "$bundles"' EXIT
"$python" "$source/tests/web/make_bundles.py" --out "$bundles" >/dev/null
cp "$bundles"/*.jalon-dossier.json "$out/fuzz_dossier/"
for target in "$out"/*/; do
    count=$(find "$target" -type f | wc -l)
    echo "$(basename "$target"): $count seed(s)"
done
