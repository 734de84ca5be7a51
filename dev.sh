#!/usr/bin/env bash
# The developer's entry point. Each command installs what is missing first.
#
#   ./dev.sh run [--data-dir DIR] [casedesk options]   build release, open the desk
#   ./dev.sh test [ctest options]                      build debug, run every test
#   ./dev.sh bench [suite...]                          build release, run benchmarks
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

# Installs the Debian packages of installer/debian-packages.txt that are missing.
install_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -Ev '^[[:space:]]*(#|$)' installer/debian-packages.txt)
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    say "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "run as root or install sudo to install: ${missing[*]}"
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
}

build() {
    local preset=$1
    [ -f "build/$preset/build.ninja" ] || cmake --preset "$preset"
    cmake --build --preset "$preset"
}

# Runs a command inside a private D-Bus session with an unlocked Secret Service, so
# QtKeychain talks to a real keyring and never to the person's own.
with_keyring() {
    local keyring_home
    keyring_home=$(mktemp -d)
    # shellcheck disable=SC2016
    HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/data" dbus-run-session -- sh -c '
        printf "%s" test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$@"' sh "$@"
    local status=$?
    rm -rf "$keyring_home"
    return $status
}

cmd_run() {
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        cat >&2 <<'TEXT'
dev.sh: there is no display to open the desk on (DISPLAY and WAYLAND_DISPLAY are not set).
Run it from a desktop session, or under a virtual display:

    xvfb-run -a ./dev.sh run
TEXT
        exit 2
    fi
    install_packages
    build release
    local data_dir=""
    local args=()
    while [ $# -gt 0 ]; do
        case "$1" in
            --data-dir) data_dir=$2; args+=("$1" "$2"); shift 2 ;;
            --data-dir=*) data_dir=${1#--data-dir=}; args+=("$1"); shift ;;
            *) args+=("$1"); shift ;;
        esac
    done
    if [ -z "$data_dir" ]; then
        data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/CaseDesk/casedesk"
        args+=(--data-dir "$data_dir")
    fi
    if [ ! -f "$data_dir/casedesk.keys" ]; then
        say "Setting up a demonstration workstation in $data_dir"
        ./build/release/app/ctl/casedeskctl init --demo --data-dir "$data_dir"
    fi
    exec ./build/release/app/desk/casedesk "${args[@]}"
}

cmd_test() {
    install_packages
    build debug
    with_keyring env QT_QPA_PLATFORM=offscreen \
        ctest --preset debug --output-on-failure --no-tests=error "$@"
}

cmd_bench() {
    install_packages
    build release
    ./build/release/bench/casedesk-bench "$@"
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    bench) shift; cmd_bench "$@" ;;
    *)
        sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2
        exit 2 ;;
esac
