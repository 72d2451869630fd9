#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The shipped translations hold every string the sources mark for translation: lupdate,
# run on copies of them, finds nothing new. A string added without its translation would
# reach the person in English.
# usage: check_translations_current.sh LUPDATE_PROJECT_CMAKE GENERATE_SCRIPT LUPDATE I18N_DIR
set -eu
project_in=$1 generate=$2 lupdate=$3 i18n=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -DIN_FILE="$project_in" -DOUT_FILE="$work/project.json" -P "$generate"
cp "$i18n/jalon_fr.ts" "$i18n/jalon_en.ts" "$work/"
if ! "$lupdate" -project "$work/project.json" -ts "$work/jalon_fr.ts" "$work/jalon_en.ts" \
    -no-obsolete -silent >"$work/lupdate.log" 2>&1; then
    cat "$work/lupdate.log"
    exit 1
fi
grep -v "TS files from command line will override" "$work/lupdate.log" || true
status=0
for ts in "$work/jalon_fr.ts" "$work/jalon_en.ts"; do
    if grep -q 'type="unfinished"' "$ts"; then
        echo "$(basename "$ts"): strings without a translation (run 'ninja update_translations' and translate them):"
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ */  /'
        status=1
    fi
done
exit $status
