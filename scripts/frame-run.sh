#!/bin/sh
# A real window, driven by a script: a demo workspace of PEOPLE people (10,000 by default)
# opened in the release build under a virtual X display, with KINDRED_FRAME_LOG on; then a
# board drag and its undo, a card drag on the journey map and its undo, Congratulated and its
# undo, every view shown, the language switched to Danish and back. Prints how long the
# workspace took to load, the worst frame after it had loaded, and the resident memory.
#
#   cargo build --release && scripts/frame-run.sh [PEOPLE]
#
# STEP=SECONDS waits that long after each step (1.2 by default); at 100,000 people, STEP=5 lets
# each view finish counting before the next step.
#
# Needs xvfb-run, xdotool and ImageMagick's `import` (for SHOTS=1, a screenshot after each
# step in the temporary folder). Not part of the test suite: its figures are the machine's.
# The pointer positions are for the window's layout at 1366×768 in English.
set -eu

PEOPLE=${1:-10000}
BIN=${KINDRED_BIN:-$(dirname "$0")/../target/release/kindred}
DIR=$(mktemp -d)
export HOME="$DIR/home" XDG_CONFIG_HOME="$DIR/config" XDG_DATA_HOME="$DIR/data" XDG_STATE_HOME="$DIR/state"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME"
"$BIN" demo --people "$PEOPLE" "$DIR/run.kindred" >/dev/null
export KINDRED_FRAME_LOG="$DIR/frames.log" KINDRED_BIN="$BIN" DIR SHOTS="${SHOTS:-0}" STEP="${STEP:-1.2}"

xvfb-run -a -s '-screen 0 1366x768x24' sh -eu -c '
shot() { if [ "$SHOTS" = 1 ]; then import -window root "$DIR/$1.png"; fi; }
step() { sleep "$STEP"; }
drag() { # x1 y1 x2 y2: pressed, carried in steps, let go
    xdotool mousemove "$1" "$2"; sleep 0.2; xdotool mousedown 1; sleep 0.2
    for i in 1 2 3 4 5 6; do
        xdotool mousemove $(( $1 + ($3 - $1) * i / 6 )) $(( $2 + ($4 - $2) * i / 6 )); sleep 0.1
    done
    xdotool mouseup 1
}
click() { xdotool mousemove "$1" "$2"; sleep 0.2; xdotool click 1; }
key() { xdotool key --clearmodifiers "$1"; }

started=$(date +%s.%N)
"$KINDRED_BIN" "$DIR/run.kindred" >"$DIR/kindred.out" 2>&1 &
pid=$!
window=$(xdotool search --sync --name "Kindred" | head -n 1)
xdotool windowsize "$window" 1366 768 windowmove "$window" 0 0 windowfocus "$window"
# Loaded when the People view draws (the frame log names the view of each frame, and the
# first frames are the loading screen on the start view): wait until frames stop coming.
sleep 2
while :; do
    before=$(wc -l <"$KINDRED_FRAME_LOG" 2>/dev/null || echo 0)
    sleep 1
    after=$(wc -l <"$KINDRED_FRAME_LOG" 2>/dev/null || echo 0)
    [ "$before" = "$after" ] && [ "$after" -gt 0 ] && break
done
echo "loaded after about $(echo "$(date +%s.%N) - $started - 1" | bc) s (the window idle since)"
mark=$(wc -l <"$KINDRED_FRAME_LOG")
shot loaded

key ctrl+6; step; shot board                         # the Board
drag 200 250 560 420; step; shot board-dropped       # a person from the first column to the next
key Escape; step; key ctrl+z; step; shot board-undone
key ctrl+5; step; shot journeys                      # the journey map
drag 380 230 680 230; step; shot journeys-dropped    # a touchpoint onto one in the next phase
key ctrl+z; step
key ctrl+4; step; step; step; shot milestones        # Milestones (counted a slice a frame): the first Congratulated
click 564 150; step; shot congratulated
key ctrl+z; step
for view in 1 2 3 4 5 6 7 8; do key ctrl+$view; step; done
key ctrl+2; step
menu() { # the menu at x, its Language item, the language at x2 y2
    click "$1" 12; sleep 0.5; xdotool mousemove "$2" 333; sleep 0.5; xdotool mousemove "$3" 333; sleep 0.3
    click "$3" "$4"
}
menu 90 110 265 356; step; key Escape; step; shot danish    # View → Language → Dansk
menu 113 130 290 333; step; key Escape; step; shot english  # Vis → Sprog → English
grep -E "^(VmRSS|VmHWM)" /proc/$pid/status
kill $pid; wait $pid 2>/dev/null || true
tail -n +$((mark + 1)) "$KINDRED_FRAME_LOG" | sort -k2 -n -r | head -n 5 >"$DIR/worst"
echo "frames after loading: $(tail -n +$((mark + 1)) "$KINDRED_FRAME_LOG" | wc -l)"
echo "the worst five (ms since start, CPU ms, view):"; cat "$DIR/worst"
'
echo "frame log and screenshots in $DIR"
