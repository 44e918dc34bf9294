#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lints, the packaging files' validators,
# every test, then the fuzz targets' build.
set -euo pipefail
cd "$(dirname "$0")"

# Installs a Debian package when the command it provides is missing.
need() {
    local command=$1 package=$2
    command -v "$command" >/dev/null 2>&1 && return
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "check.sh: $command is needed (package $package); please install it" >&2
        exit 1
    fi
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "$package"
}
# Installs a Debian package that provides no command, when `test` (a command) fails.
need_package() {
    local package=$1
    shift
    "$@" >/dev/null 2>&1 && return
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "$package"
}
# The fuzz targets link libFuzzer, which is C++.
need c++ g++
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
# A test prints the HTML handout with headless Chromium and reads the PDF back with poppler.
need chromium chromium
need pdftotext poppler-utils
# The reminders' tests start a session bus of their own for `kindred remind --notify`.
need dbus-daemon dbus-daemon
# The CalDAV and CardDAV tests start a real Radicale server, and the calendar tests read .ics
# files as calendar programs do (Python's icalendar and recurring-ical-events): both kept in a
# virtual environment in the ignored target folder.
need python3 python3
need_package python3-venv python3 -c 'import ensurepip'
if [ ! -x target/venv/bin/radicale ] || ! target/venv/bin/python -c 'import icalendar, recurring_ical_events' 2>/dev/null; then
    python3 -m venv target/venv
    target/venv/bin/pip install --quiet radicale==3.9.0 icalendar==7.3.2 recurring-ical-events==3.8.2
fi
# Merging: a test runs kindred as git's merge driver in a real repository, another two
# Syncthing instances on loopback sharing a folder.
need git git
need syncthing syncthing

cargo fmt --all -- --check
cargo fmt --all --manifest-path fuzz/Cargo.toml -- --check
cargo clippy --all-targets --locked -- -D warnings
desktop-file-validate dist/linux/*.desktop
appstreamcli validate --no-net dist/linux/*.metainfo.xml
# The tests run with data, state and configuration folders of their own, so that what the app
# keeps for the computer (common versions, the once-a-day reminders, settings) never comes from,
# or goes to, the user's, nor from one run to the next.
test_home=$(mktemp -d)
trap 'rm -rf "$test_home"' EXIT
XDG_DATA_HOME="$test_home/data" XDG_STATE_HOME="$test_home/state" XDG_CONFIG_HOME="$test_home/config" \
    cargo test --all-targets --locked
# In the same target folder as the tests, so that what they compiled is reused.
cargo clippy --manifest-path fuzz/Cargo.toml --locked --target-dir "${CARGO_TARGET_DIR:-target}" -- -D warnings
cargo build --manifest-path fuzz/Cargo.toml --locked --target-dir "${CARGO_TARGET_DIR:-target}"
