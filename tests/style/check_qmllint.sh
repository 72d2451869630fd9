#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every QML file of the module Jalon passes qmllint with no warning, with the build's
# import paths and resources: prints each warning. One file at a time: Qt 6.4's qmllint
# crashes on the whole module at once.
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
    if ! "$qmllint" --bare -I "$build/qml" -I "$qt_qml" \
        --resource "$build/qml/.rcc/qmake_Jalon.qrc" \
        --resource "$build/qml/.rcc/jalon_qml_raw_qml_0.qrc" "$file" >"$build/qmllint.log" 2>&1 \
        || grep -q "^Warning:" "$build/qmllint.log"; then
        cat "$build/qmllint.log"
        failed=1
    fi
done
[ "$failed" -eq 0 ] || exit 1
echo "qmllint: $count files, no warning"
