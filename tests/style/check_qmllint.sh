#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every QML file of the module Jalon passes qmllint with no warning, with the build's
# import paths and resources: prints each warning. One file at a time: Qt 6.4's qmllint
# crashes on the whole module at once, and now and then on one file (OnboardingPage.qml,
# about one run in five): a file whose lint crashed is linted again, up to three times.
#   check_qmllint.sh QMLLINT QT_QML_DIR BUILD_DIR SOURCE_DIR
set -eu
qmllint=$1
qt_qml=$2
build=$3
cd "$4/qml"
failed=0
count=0
for file in $(find . -name '*.qml' | sort); do
    count=$((count + 1))
    for attempt in 1 2 3; do
        status=0
        "$qmllint" --bare -I "$build/qml" -I "$qt_qml" \
            --resource "$build/qml/.rcc/qmake_Jalon.qrc" \
            --resource "$build/qml/.rcc/jalon_qml_raw_qml_0.qrc" "$file" >"$build/qmllint.log" 2>&1 \
            || status=$?
        [ "$status" -lt 128 ] && break # not killed by a signal
        echo "qmllint crashed on $file (attempt $attempt)"
    done
    if [ "$status" -ne 0 ] || grep -q "^Warning:" "$build/qmllint.log"; then
        cat "$build/qmllint.log"
        failed=1
    fi
done
[ "$failed" -eq 0 ] || exit 1
echo "qmllint: $count files, no warning"
