#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run_fuzzer.sh TARGET SECONDS CORPUS SEEDS REGRESSIONS [libFuzzer options…]
# Replays every regression input (each once crashed a target), then fuzzes for SECONDS
# on CORPUS (kept between runs, new inputs go there), SEEDS and REGRESSIONS. Fails on any
# crash, leak, sanitizer report, timeout (10 s an input) or use of more than 2 GB.
set -euo pipefail
target=$1 seconds=$2 corpus=$3 seeds=$4 regressions=$5
shift 5
mkdir -p "$corpus"
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# A crash is written beside the corpus, not into the source folder.
artifacts="$(dirname "$corpus")/../crashes/$(basename "$target")/"
mkdir -p "$artifacts"
if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    "$target" -artifact_prefix="$artifacts" "$regressions"/*
fi
dirs=("$corpus" "$seeds")
[ -d "$regressions" ] && dirs+=("$regressions")
exec "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts" "$@" "${dirs[@]}"
