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
# Installs a Debian package that provides no command of its own.
need_package() {
    local package=$1 sudo=""
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
# The calendar tests read .ics files as calendar programs do, with Python's icalendar and
# recurring-ical-events, in a virtual environment inside the ignored target folder.
need python3 python3
if [ ! -x target/venv/bin/python ]; then
    python3 -m venv target/venv || { need_package python3-venv && python3 -m venv target/venv; }
    target/venv/bin/pip install --quiet icalendar recurring-ical-events
fi

cargo fmt --all -- --check
cargo fmt --all --manifest-path fuzz/Cargo.toml -- --check
cargo clippy --all-targets --locked -- -D warnings
desktop-file-validate dist/linux/*.desktop
appstreamcli validate --no-net dist/linux/*.metainfo.xml
cargo test --all-targets --locked
# In the same target folder as the tests, so that what they compiled is reused.
cargo clippy --manifest-path fuzz/Cargo.toml --locked --target-dir "${CARGO_TARGET_DIR:-target}" -- -D warnings
cargo build --manifest-path fuzz/Cargo.toml --locked --target-dir "${CARGO_TARGET_DIR:-target}"
