#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the platform files that can be checked on Debian 12 without building anything:
#   platforms/check.sh
# Needs: desktop-file-utils appstream systemd libxml2-utils librsvg2-bin nginx-light
#        binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev cmake python3
# Works in a temporary folder; changes nothing on the system. Exit status 1 if a check fails.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0

check() {
    local name=$1
    shift
    printf '== %s\n' "$name"
    if "$@"; then printf -- '-- ok\n'; else printf -- '-- FAILED\n'; failed=1; fi
}

linux=$here/linux

check "desktop-file-validate" desktop-file-validate "$linux/org.jalon.Jalon.desktop"

check "appstreamcli validate (with the desktop file and icon in a tree)" bash -c '
    tree=$1/astree linux=$2
    mkdir -p "$tree/usr/share/applications" "$tree/usr/share/metainfo" \
             "$tree/usr/share/icons/hicolor/scalable/apps" "$tree/usr/bin"
    cp "$linux/org.jalon.Jalon.desktop" "$tree/usr/share/applications/"
    cp "$linux/org.jalon.Jalon.metainfo.xml" "$tree/usr/share/metainfo/"
    cp "$linux/org.jalon.Jalon.svg" "$tree/usr/share/icons/hicolor/scalable/apps/"
    touch "$tree/usr/bin/jalon" && chmod +x "$tree/usr/bin/jalon"
    appstreamcli validate --no-net --pedantic "$linux/org.jalon.Jalon.metainfo.xml" &&
        appstreamcli validate-tree --no-net "$tree"' _ "$tmp" "$linux"

check "icon: well-formed, no external references, renders at 48 and 128 px" bash -c '
    xmllint --noout "$1" && ! grep -Eq "href|url\(" "$1" &&
        rsvg-convert -w 48 -h 48 "$1" -o "$2/icon-48.png" &&
        rsvg-convert -w 128 -h 128 "$1" -o "$2/icon-128.png"' _ "$linux/org.jalon.Jalon.svg" "$tmp"

# systemd-analyze verify needs the unit's binary to exist: a stand-in in a scratch root.
check "systemd-analyze verify jalon-server.service" bash -c '
    r=$1/sysroot
    mkdir -p "$r/usr/bin" "$r/etc/systemd/system" "$r/usr/lib/systemd"
    cp -a /lib/systemd/system "$r/usr/lib/systemd/"
    printf "#!/bin/sh\nexit 0\n" >"$r/usr/bin/jalon-server" && chmod 755 "$r/usr/bin/jalon-server"
    cp "$2/jalon-server.service" "$r/etc/systemd/system/"
    out=$(systemd-analyze verify --root="$r" jalon-server.service 2>&1); status=$?
    [ -z "$out" ] || printf "%s\n" "$out"
    [ "$status" -eq 0 ] && [ -z "$out" ] &&
        systemd-analyze security --offline=yes --root="$r" jalon-server.service 2>&1 | grep "Overall"' \
    _ "$tmp" "$linux"

check "systemd-sysusers --dry-run jalon-server.sysusers" bash -c '
    mkdir -p "$1/usersroot/etc" && systemd-sysusers --dry-run --root="$1/usersroot" "$2"' \
    _ "$tmp" "$linux/jalon-server.sysusers"

# The nginx example of SERVER.md, with a throw-away certificate.
check "nginx -t on the example in SERVER.md" bash -c '
    t=$1/nginx && mkdir -p "$t"
    sed -n "/nginx-example-begin/,/nginx-example-end/p" "$2" | sed "1,2d;\$d" | sed "\$d" >"$t/site.conf"
    openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=jalon.example.org -days 1 \
        -keyout "$t/key.pem" -out "$t/cert.pem" 2>/dev/null
    sed -i -e "s#/etc/letsencrypt/live/jalon.example.org/fullchain.pem#$t/cert.pem#" \
           -e "s#/etc/letsencrypt/live/jalon.example.org/privkey.pem#$t/key.pem#" "$t/site.conf"
    printf "pid %s/nginx.pid;\nerror_log %s/error.log;\nevents {}\nhttp {\n    include %s/site.conf;\n}\n" \
        "$t" "$t" "$t" >"$t/nginx.conf"
    nginx -t -p "$t" -c "$t/nginx.conf"' _ "$tmp" "$linux/SERVER.md"

check "Android XML: well-formed, exactly the two permissions, rule files present" bash -c '
    a=$1
    xmllint --noout "$a/AndroidManifest.xml" "$a/res/xml/backup_rules.xml" "$a/res/xml/data_extraction_rules.xml" &&
    /usr/bin/python3 - "$a" <<"EOF"
import sys, xml.etree.ElementTree as ET
a = sys.argv[1]
A = "{http://schemas.android.com/apk/res/android}"
m = ET.parse(f"{a}/AndroidManifest.xml").getroot()
perms = sorted(p.get(A + "name") for p in m.iter("uses-permission"))
assert perms == ["android.permission.ACCESS_NETWORK_STATE", "android.permission.INTERNET"], perms
app = m.find("application")
assert app.get(A + "allowBackup") == "false"
for attr, name in (("fullBackupContent", "backup_rules"), ("dataExtractionRules", "data_extraction_rules")):
    assert app.get(A + attr) == "@xml/" + name
    ET.parse(f"{a}/res/xml/{name}.xml")
activity = app.find("activity")
assert activity.get(A + "name") == "org.qtproject.qt.android.bindings.QtActivity"
meta = {d.get(A + "name"): d.get(A + "value") for d in activity.iter("meta-data")}
assert meta["android.app.lib_name"] == "jalon", meta
print("package", m.get("package"), "; permissions", ", ".join(perms))
EOF' _ "$here/android"

# The plists, configured as MACOSX_BUNDLE_INFO_PLIST would be, then parsed.
check "iOS and macOS plists: configure with CMake, parse" bash -c '
    cat >"$1/plist.cmake" <<"EOF"
set(MACOSX_BUNDLE_EXECUTABLE_NAME jalon)
set(MACOSX_BUNDLE_SHORT_VERSION_STRING 0.1.0)
set(MACOSX_BUNDLE_BUNDLE_VERSION 0.1.0)
configure_file(${IN} ${OUT})
EOF
    for f in ios/Info.plist ios/Jalon.entitlements macos/Info.plist.in macos/Jalon.entitlements; do
        out="$1/$(echo "$f" | tr / _)"
        cmake -DIN="$2/$f" -DOUT="$out" -P "$1/plist.cmake" &&
            /usr/bin/python3 -c "import plistlib, sys; d = plistlib.load(open(sys.argv[1], \"rb\")); assert \"\${\" not in str(d); print(sys.argv[2], len(d), \"keys\")" "$out" "$f" ||
            exit 1
    done' _ "$tmp" "$here"

# jalon.rc.in, configured with the project version, compiled by MinGW's windres.
check "Windows: jalon.rc.in configured and compiled (windres), manifest well-formed" bash -c '
    cat >"$1/rc.cmake" <<"EOF"
file(STRINGS ${ROOT}/CMakeLists.txt line REGEX "^project\\(Jalon VERSION")
string(REGEX MATCH "VERSION ([0-9]+)\\.([0-9]+)\\.([0-9]+)" _ "${line}")
set(PROJECT_VERSION_MAJOR ${CMAKE_MATCH_1})
set(PROJECT_VERSION_MINOR ${CMAKE_MATCH_2})
set(PROJECT_VERSION_PATCH ${CMAKE_MATCH_3})
set(PROJECT_VERSION ${CMAKE_MATCH_1}.${CMAKE_MATCH_2}.${CMAKE_MATCH_3})
configure_file(${ROOT}/platforms/windows/jalon.rc.in ${OUT} @ONLY)
EOF
    cmake -DROOT="$2" -DOUT="$1/jalon.rc" -P "$1/rc.cmake" &&
    x86_64-w64-mingw32-windres --preprocessor=cpp --preprocessor-arg=-xc \
        --preprocessor-arg=-D_WIN32 --preprocessor-arg=-D_WIN64 \
        --preprocessor-arg=-I/usr/share/mingw-w64/include -DRC_INVOKED \
        -i "$1/jalon.rc" -O rc -o "$1/jalon.out.rc" &&
    grep -E "FILEVERSION|\"ProductVersion\"" "$1/jalon.out.rc" | sort -u &&
    xmllint --noout "$2/platforms/windows/jalon.manifest"' _ "$tmp" "$root"

check "cross-presets.json: JSON, listed by cmake --list-presets through CMakePresets.json" bash -c '
    /usr/bin/python3 -c "import json, sys; json.load(open(sys.argv[1]))" "$2/platforms/cross-presets.json" &&
    (cd "$2" && cmake --list-presets=all)' _ "$tmp" "$root"

exit $failed
