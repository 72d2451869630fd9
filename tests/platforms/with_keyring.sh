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
eval "$(printf 'jalon-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL
status=0
"$@" || status=$?
rm -rf "$HOME" "$XDG_RUNTIME_DIR"
exit $status
