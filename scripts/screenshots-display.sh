#!/usr/bin/env bash
# Renders the hall display offscreen with realistic calls and writes
# docs/screenshots/display-<screen>-<lang>.png.
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
shot() {   # screen lang size state
    "$bin" --screenshot "$out/display-$1-$2.png" --demo-config "$config" \
        --languages "$2" --size "$3" --demo-state "$4"
    echo "wrote $out/display-$1-$2.png"
}
for lang in az en ru; do
    shot hall "$lang" 1920x1080 calls
    shot ticker "$lang" 1920x1080 ticker   # a manager's message (display.message)
done
shot hall4k az 3840x2160 calls
shot flash en 1920x1080 flash
shot offline ru 1920x1080 offline
shot empty az 1920x1080 empty
