#!/usr/bin/env bash
# Renders the app icon's PNGs from its SVG source, at the sizes desktops ask for.
# Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick. Run it after changing
# assets/icon/kindred.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" assets/icon/kindred.svg --output "assets/icon/png/$size.png"
done
# The Windows icon, from the same PNGs (needs ImageMagick's convert).
convert assets/icon/png/{16,24,32,48,64,256}.png assets/icon/kindred.ico
