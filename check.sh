#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lints, every test, then the fuzz targets'
# build.
set -euo pipefail
cd "$(dirname "$0")"

# The fuzz targets link libFuzzer, which is C++: install a compiler where there is none.
if ! command -v c++ >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq && $sudo apt-get install -y -qq g++
    else
        echo "check.sh: the fuzz targets need a C++ compiler (g++ or clang++); please install one" >&2
        exit 1
    fi
fi

cargo fmt --all -- --check
cargo fmt --all --manifest-path fuzz/Cargo.toml -- --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --all-targets --locked
# In the same target folder as the tests, so that what they compiled is reused.
cargo clippy --manifest-path fuzz/Cargo.toml --locked --target-dir "${CARGO_TARGET_DIR:-target}" -- -D warnings
cargo build --manifest-path fuzz/Cargo.toml --locked --target-dir "${CARGO_TARGET_DIR:-target}"
