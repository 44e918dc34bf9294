#!/usr/bin/env bash
# Builds the .deb, installs it on this Debian machine, and checks the installed app the way a
# person would meet it: the command, its files, the file type, and the window opening.
# Needs root or sudo; installs cargo-deb and xvfb when they are missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

command -v cargo-deb >/dev/null 2>&1 || cargo install cargo-deb --locked
command -v xvfb-run >/dev/null 2>&1 || { $sudo apt-get update -qq && $sudo apt-get install -y -qq xvfb xauth; }

cargo deb
deb=$(ls -t target/debian/kindred_*.deb | head -n 1)
echo "built $deb ($(du -h "$deb" | cut -f1))"
$sudo apt-get install -y -qq "./$deb"

id=io.github.kindredapp.Kindred
test "$(command -v kindred)" = /usr/bin/kindred
for file in \
    "/usr/share/applications/$id.desktop" \
    "/usr/share/metainfo/$id.metainfo.xml" \
    "/usr/share/mime/packages/$id.mime.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$id.svg" \
    "/usr/share/icons/hicolor/48x48/apps/$id.png" \
    "/usr/share/icons/hicolor/256x256/apps/$id.png"; do
    test -f "$file" || { echo "missing: $file" >&2; exit 1; }
done
# The package's trigger has rebuilt the MIME database with the .kindred type.
grep -q "application/x-kindred" /usr/share/mime/globs2 || { echo "the MIME database lacks .kindred" >&2; exit 1; }

kindred --version
work=$(mktemp -d)
kindred demo --people 20 "$work/shop.kindred"
kindred check "$work/shop.kindred"

# The window opens and stays open (timeout ends it: exit status 124).
set +e
HOME="$work" timeout 8 xvfb-run -a -s "-screen 0 1366x768x24" kindred "$work/shop.kindred"
status=$?
set -e
if [ "$status" -ne 124 ]; then
    echo "the installed kindred did not keep its window open (exit status $status)" >&2
    exit 1
fi
echo "the installed kindred opened its window"
