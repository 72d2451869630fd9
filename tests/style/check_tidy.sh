#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The C++ sources pass the chosen clang-tidy checks (.clang-tidy at the top), compiled as
# the build compiles them (its compile_commands.json): prints each finding.
#   check_tidy.sh RUN_CLANG_TIDY BUILD_DIR SOURCE_DIR
set -eu
run_clang_tidy=$1
build=$2
source=$3
jobs=$(nproc 2>/dev/null || echo 2)
# The product's code; tests are held to the compiler's warnings. Deprecations are the
# compiler's to report (-Werror): clang's would also name libstdc++'s own.
"$run_clang_tidy" -p "$build" -j "$jobs" -quiet -extra-arg=-Wno-deprecated-declarations \
    "^$source/(core|sync|app|platforms)/.*\.cpp$" \
    >"$build/clang-tidy.log" 2>&1 || status=$?
if grep -q "warning:\|error:" "$build/clang-tidy.log"; then
    grep -A3 "warning:\|error:" "$build/clang-tidy.log" | sed 's/\x1b\[[0-9;]*m//g'
    exit 1
fi
if [ "${status:-0}" -ne 0 ]; then
    cat "$build/clang-tidy.log"
    exit "$status"
fi
echo "no finding"
