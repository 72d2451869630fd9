#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The C++ sources are in the committed style (.clang-format): prints each line that is not.
#   check_format.sh CLANG_FORMAT SOURCE_DIR
set -eu
clang_format=$1
cd "$2"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    files=$(git ls-files '*.cpp' '*.h')
else
    files=$(find core sync app platforms tests -name '*.cpp' -o -name '*.h')
fi
# shellcheck disable=SC2086 # one word per file
"$clang_format" --dry-run -Werror $files
echo "$(echo "$files" | wc -l) files in the committed style"
