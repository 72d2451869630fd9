#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README, for Debian 12:
#   platforms/linux/jalon.sh run    install what is missing, build, start Jalon
#   platforms/linux/jalon.sh test   install what is missing, build, run every test
# Both build out of tree (build/<preset>) and only redo what changed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

# Debian 12 packages needed to build, run and test (shared/PLATFORM-NOTES.md).
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-declarative-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-window qml6-module-qtquick-layouts qml6-module-qtqml-workerscript
    qml6-module-qttest qml6-module-qtquick-shapes qt6-qpa-plugins
    libqt6sql6-sqlite libqt6sql6-psql postgresql libsqlcipher-dev sqlcipher libsodium-dev libssl-dev
    xvfb xauth fonts-dejavu-core python3 python3-jsonschema
    dpkg-dev debootstrap desktop-file-utils appstream
    libsecret-1-dev gnome-keyring dbus
    chromium python3-nacl clang-format clang-tidy-19 poppler-utils
    clang-19 libclang-rt-19-dev
    qml6-module-qtqml qml6-module-qtqml-models
)

say() { printf '\033[1m%s\033[0m\n' "$*"; }

install_missing() {
    local missing=() package
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$package")
    done
    ((${#missing[@]})) || return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Missing packages (${missing[*]}) and no sudo: install them as root." >&2; exit 1; }
        sudo=(sudo)
    fi
    say "Installing ${#missing[@]} Debian package(s): ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# A local PostgreSQL for the sync tests' PostgreSQL run: Debian's cluster, started if it
# is down, with a role that may create the test databases. JALON_TEST_POSTGRES, when set,
# names another server instead.
local_postgres() {
    if [ -n "${JALON_TEST_POSTGRES:-}" ]; then return 0; fi
    local version
    version=$(pg_lsclusters --no-header 2>/dev/null | awk '$2 == "main" { print $1; exit }')
    if [ -z "$version" ]; then
        echo "No PostgreSQL cluster found (pg_lsclusters): the PostgreSQL tests will fail." >&2
        return 0
    fi
    if ! pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q online; then
        say "Starting PostgreSQL $version"
        as_root pg_ctlcluster "$version" main start
    fi
    as_root runuser -u postgres -- psql -qtAc \
        "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'jalon_test') THEN
           CREATE ROLE jalon_test LOGIN CREATEDB PASSWORD 'jalon_test'; END IF; END \$\$;" >/dev/null
    local port
    port=$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
    export JALON_TEST_POSTGRES="postgresql://jalon_test:jalon_test@127.0.0.1:${port}/postgres"
}

build() {
    local preset=$1
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        say "Configuring ($preset)"
        cmake --preset "$preset" >/dev/null
    fi
    say "Building ($preset)"
    cmake --build --preset "$preset"
}

# A local jalon-server with a demo organisation (a candidate and the people around them),
# made on first use in build/dev/demo-server; their one-time enrollment codes are kept in
# codes.txt there. Stopped when Jalon closes.
demo_server() {
    local server=build/dev/sync/server/jalon-server data=build/dev/demo-server
    if [ ! -f "$data/codes.txt" ]; then
        say "Making the demo organisation"
        mkdir -p "$data"
        local name role out candidate="" codes=""
        for entry in "Camille Martin:candidate" "Paul Durand:tutor" "Inès Petit:manager" \
                     "Sophie Leroy:accompanist" "Marc Blanc:evaluator" "Admin Jalon:admin"; do
            name=${entry%%:*} role=${entry##*:}
            local extra=()
            # The candidate prepares one of the bundled CQPs; the others are assigned to them.
            [ "$role" = candidate ] && extra=(--referentiel cqp-conseiller-entreprise)
            out=$("$server" user add --data "$data" --name "$name" --role "$role" "${extra[@]}")
            local id code
            id=$(sed -n 's/^[^:]*: \(u-[0-9a-z]*\)$/\1/p' <<<"$out")
            code=$(grep -o '[0-9A-Z]\{4\}\(-[0-9A-Z]\{4\}\)\{5\}' <<<"$out")
            codes+="$role  $name  $id  $code"$'\n'
            if [ "$role" = candidate ]; then
                candidate=$id
            elif [ "$role" != admin ]; then
                "$server" assign --data "$data" --candidate "$candidate" "--$role" "$id" >/dev/null
            fi
        done
        printf '%s' "$codes" >"$data/codes.txt"
    fi
    "$server" serve --data "$data" --listen 127.0.0.1:8787 >"$data/server.log" 2>&1 &
    demo_pid=$!
    trap 'kill "$demo_pid" 2>/dev/null || true' EXIT
    say "Demo server on http://127.0.0.1:8787/; one-time enrollment codes (also in $data/codes.txt):"
    cat "$data/codes.txt"
}

case "${1:-}" in
run)
    shift
    install_missing
    build dev
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display found: start Jalon from a desktop session (or set QT_QPA_PLATFORM)." >&2
        exit 1
    fi
    demo_server
    say "Starting Jalon"
    build/dev/app/jalon "$@"
    ;;
test)
    install_missing
    build ci
    local_postgres
    say "Running the tests"
    ctest --preset ci -j "$(nproc)"
    # The parsers of outside data under libFuzzer, a short bounded run each (tests/fuzz).
    build fuzz
    say "Fuzzing each parser for a short while"
    ctest --preset fuzz -j "$(nproc)"
    ;;
*)
    echo "Usage: $0 run|test" >&2
    exit 2
    ;;
esac
