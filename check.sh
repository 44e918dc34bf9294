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
# The fuzz targets link libFuzzer, which is C++.
need c++ g++
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
# A test prints the HTML handout with headless Chromium and reads the PDF back with poppler.
need chromium chromium
need pdftotext poppler-utils
# Merging: a test runs kindred as git's merge driver in a real repository, another two
# Syncthing instances on loopback sharing a folder.
need git git
need syncthing syncthing

cargo fmt --all -- --check
cargo fmt --all --manifest-path fuzz/Cargo.toml -- --check
cargo clippy --all-targets --locked -- -D warnings
desktop-file-validate dist/linux/*.desktop
appstreamcli validate --no-net dist/linux/*.metainfo.xml
cargo test --all-targets --locked
# In the same target folder as the tests, so that what they compiled is reused.
cargo clippy --manifest-path fuzz/Cargo.toml --locked --target-dir "${CARGO_TARGET_DIR:-target}" -- -D warnings
cargo build --manifest-path fuzz/Cargo.toml --locked --target-dir "${CARGO_TARGET_DIR:-target}"
