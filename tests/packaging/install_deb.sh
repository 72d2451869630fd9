#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as a person installs it: built with CPack, its desktop entry and
# AppStream metadata validated, then installed with apt into a clean Debian 12 root made
# by debootstrap (kept in the build folder for the next run), its programs started from
# there, and removed again. Needs root (debootstrap, chroot) and Debian's mirror.
#   install_deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
# debootstrap and chroot need root: as anyone else, the script runs itself again with sudo.
if [ "$(id -u)" -ne 0 ]; then exec sudo -- "$0" "$@"; fi
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
root="$build/debroot"

fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== desktop entry and AppStream metadata"
desktop-file-validate "$source/platforms/linux/org.jalon.Jalon.desktop"
appstreamcli validate --no-net "$source/platforms/linux/org.jalon.Jalon.metainfo.xml"

echo "== the package"
rm -f "$build"/jalon_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/jalon_*.deb)
dpkg-deb --field "$deb" Package Version Depends Installed-Size
contents=$(dpkg-deb --contents "$deb")
for file in usr/bin/jalon usr/bin/jalon-server usr/bin/jalon-tool usr/share/applications/org.jalon.Jalon.desktop \
            usr/share/metainfo/org.jalon.Jalon.metainfo.xml usr/share/icons/hicolor/scalable/apps/org.jalon.Jalon.svg \
            usr/share/jalon/verify.html; do
    grep -q "\./$file\$" <<<"$contents" || fail "$file is not in the package"
done

echo "== a clean Debian 12 root"
if [ ! -f "$root/.complete" ]; then
    rm -rf "$root"
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
    cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/" 2>/dev/null || true
    touch "$root/.complete"
fi
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    rm -f "$root/tmp/jalon.deb"
}
trap cleanup EXIT
for point in proc sys dev dev/pts; do
    mount --bind "/$point" "$root/$point"
    mounted+=("$root/$point")
done
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$root/tmp/jalon.deb"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 "$@"; }

echo "== apt install"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/jalon.deb >/dev/null
in_root test -x /usr/bin/jalon && in_root test -x /usr/bin/jalon-tool || fail "the programs are not installed"
in_root test -f /usr/lib/systemd/system/jalon-server.service || in_root test -f /lib/systemd/system/jalon-server.service \
    || fail "the systemd unit is not installed"
in_root getent passwd jalon >/dev/null || fail "the server's system user was not made"

echo "== the programs, from the installed package"
# grep reads to the end (no -q): under pipefail, a program cut off by SIGPIPE would fail.
in_root jalon-server --help | grep "serve" >/dev/null || fail "jalon-server --help"
in_root jalon-tool referentiel list | grep "cqp-conseiller-entreprise" >/dev/null || fail "jalon-tool referentiel list"
in_root env QT_QPA_PLATFORM=offscreen jalon --help | grep -- "--profile" >/dev/null || fail "jalon --help"
# The window itself, for a few seconds: every QML module it imports must have come with
# the package's dependencies (a missing one is reported at once and ends the program).
status=0
in_root env QT_QPA_PLATFORM=offscreen timeout 8 jalon --profile /tmp/jalon-profile >/tmp/jalon-run.log 2>&1 || status=$?
if [ "$status" -ne 124 ] || grep -Eq "is not installed|failed to load|Cannot load|not a type" /tmp/jalon-run.log; then
    cat /tmp/jalon-run.log >&2
    fail "jalon did not start from the package (status $status)"
fi

echo "== apt remove"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq jalon >/dev/null
in_root test ! -e /usr/bin/jalon-server || fail "jalon-server is still there after removal"
echo "OK: installed, started and removed in a clean Debian 12 root"
