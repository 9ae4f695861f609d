#!/usr/bin/env bash
# Renders the hall display and the desk display offscreen with realistic
# calls and writes docs/screenshots/display-<screen>-<lang>.png (the run
# fails when a painted text does not fit: the no-clipping check).
# Usage: scripts/screenshots-display.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
bin="$build/display/novbe-display"
config="$root/resources/centres/baku-1.json"
out="$root/docs/screenshots"
if [[ ! -x "$bin" ]]; then
    echo "no $bin: build it first (cmake --build $build --target novbe-display)" >&2
    exit 1
fi
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
shot() {   # screen lang size state [extra options]
    local screen=$1 lang=$2 size=$3 state=$4
    shift 4
    "$bin" --screenshot "$out/display-$screen-$lang.png" --demo-config "$config" \
        --languages "$lang" --size "$size" --demo-state "$state" "$@"
    echo "wrote $out/display-$screen-$lang.png"
}
for lang in az en ru; do
    shot hall "$lang" 1920x1080 calls
    shot ticker "$lang" 1920x1080 ticker   # a manager's message (display.message)
done
shot hall4k az 3840x2160 calls
shot flash en 1920x1080 flash
shot offline ru 1920x1080 offline
shot empty az 1920x1080 empty
# A zone display (the demo's display-zone-a: counters c01-c10).
shot zone en 1920x1080 calls --zone-counters c01,c02,c03,c04,c05,c06,c07,c08,c09,c10
# The desk display above counter 7: a 7" 800x480 panel and a 1920x1080 screen.
for lang in az en ru; do
    shot desk "$lang" 800x480 calls --counter c07
done
shot desk-1080 az 1920x1080 calls --counter c07
shot desk-paused en 800x480 paused --counter c07
shot desk-closed ru 800x480 closed --counter c07
shot desk-idle az 800x480 empty --counter c07
shot desk-offline en 1920x1080 offline --counter c07
