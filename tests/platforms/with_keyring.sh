#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside its own D-Bus session with a real Secret Service: gnome-keyring's
# daemon, its login keyring made and unlocked in a temporary home.
#   dbus-run-session -- with_keyring.sh TEST [ARGS…]
set -e
HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
export HOME XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME" "$XDG_RUNTIME_DIR"' EXIT
eval "$(printf 'jalon-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL
# The daemon may claim its bus name a moment after it daemonizes. A test that asks
# before would have D-Bus start another daemon, in the bus's own home with no unlocked
# keyring, which then fails on a prompt it cannot show. Wait for ours (up to 20 s).
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -ge 200 ]; then
        echo "with_keyring.sh: gnome-keyring-daemon did not claim org.freedesktop.secrets" >&2
        exit 1
    fi
    sleep 0.1
done
status=0
"$@" || status=$?
exit $status
