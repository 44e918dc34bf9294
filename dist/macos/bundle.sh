#!/usr/bin/env bash
# Builds target/Kindred.app from the release build, on macOS (iconutil makes the .icns).
# Not run on Linux; see dist/README.md for what is tested where.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --locked
app=target/Kindred.app
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp target/release/kindred "$app/Contents/MacOS/kindred"
cp dist/macos/Info.plist "$app/Contents/Info.plist"
iconset=target/kindred.iconset
rm -rf "$iconset"
mkdir -p "$iconset"
for size in 16 32 128 256 512; do
    cp "assets/icon/png/$size.png" "$iconset/icon_${size}x${size}.png"
done
for size in 16 32 128 256; do
    cp "assets/icon/png/$((size * 2)).png" "$iconset/icon_${size}x${size}@2x.png"
done
iconutil --convert icns "$iconset" --output "$app/Contents/Resources/kindred.icns"
echo "built $app"
