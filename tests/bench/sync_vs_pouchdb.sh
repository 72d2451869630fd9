#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The sync benchmark and its yardstick, in one run: bench_sync (10,000 signed events pushed
# to a fresh jalon-server, pulled into a fresh vault, a no-op sync), then PouchDB 9
# replicating 10,000 documents of the same size into pouchdb-server 4.2 on 127.0.0.1
# (batch 500). Prints both push times and their ratio. Needs Node.js and npm; the npm
# packages are installed in build/release/pouchdb-bench.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

[ -f build/release/CMakeCache.txt ] || cmake --preset release >/dev/null
cmake --build --preset release --target bench_sync jalon-server >/dev/null

work=build/release/pouchdb-bench
mkdir -p "$work"
cp tests/bench/pouchdb/package.json tests/bench/pouchdb/replicate.js "$work/"
if [ ! -x "$work/node_modules/.bin/pouchdb-server" ]; then
    echo "Installing pouchdb 9.0.0 and pouchdb-server 4.2.0 (npm)…"
    (cd "$work" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi

jalon=$(build/release/tests/bench/bench_sync 2>/dev/null)
echo "$jalon"
push_ms=$(sed -n 's/^push of [0-9]* events.*: \([0-9.]*\) ms.*/\1/p' <<<"$jalon")

port=5985
# pouchdb-server writes its config.json and log.txt in its working folder: keep them there.
(cd "$work" && exec node_modules/.bin/pouchdb-server --in-memory --host 127.0.0.1 --port "$port" >server.log 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.2
done
pouch_ms=$(cd "$work" && node replicate.js "http://127.0.0.1:$port/bench" 10000 600)
echo "PouchDB 9 → pouchdb-server 4.2, 10000 documents of 600 bytes, batch 500: $pouch_ms ms"
awk -v p="$pouch_ms" -v j="$push_ms" 'BEGIN { printf "push: Jalon is %.1f× faster than PouchDB\n", p / j }'
