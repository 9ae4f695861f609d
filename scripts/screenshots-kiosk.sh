#!/usr/bin/env bash
# Renders every kiosk screen offscreen, in az, en and ru, portrait 1080x1920
# (and landscape 1920x1080 for the main screens), into docs/screenshots/
# as kiosk-<screen>-<lang>[-landscape].png.
#
# It starts a throw-away novbe-engine with the demo centre (clock fixed at
# 09:30 Baku on a weekday, so "Marriage registration", open 10:00-17:00, shows
# as closed), then runs novbe-kiosk --screenshot against it with a png: printer;
# then once more after closing a service with novbe-ctl (kiosk-closed-<lang>.png).
#
#   BUILD=build scripts/screenshots-kiosk.sh [OUT_DIR]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
OUT=${1:-$ROOT/docs/screenshots}
ENGINE=$BUILD/engine/novbe-engine
KIOSK=$BUILD/kiosk/novbe-kiosk
for bin in "$ENGINE" "$KIOSK"; do
    [[ -x $bin ]] || { echo "missing $bin: build novbe-engine and novbe-kiosk first" >&2; exit 1; }
done

TMP=$(mktemp -d)
ENGINE_PID=
cleanup() {
    if [[ -n $ENGINE_PID ]]; then kill "$ENGINE_PID" 2>/dev/null || true; wait "$ENGINE_PID" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

"$ENGINE" --config "$ROOT/resources/centres/baku-1.json" --db "$TMP/centre.db" \
    --listen 127.0.0.1:0 --port-file "$TMP/port" \
    --clock-start 2026-11-24T05:30:00Z --log-level warning &
ENGINE_PID=$!
for _ in $(seq 1 100); do
    [[ -s $TMP/port ]] && break
    sleep 0.1
done
PORT=$(cat "$TMP/port")

mkdir -p "$OUT"
QT_QPA_PLATFORM=offscreen "$KIOSK" --host 127.0.0.1 --port "$PORT" \
    --device kiosk-1 --token demo-kiosk-1-token \
    --printer "png:$TMP/ticket.png" --profile epson-tm-t20iii \
    --screenshot "$OUT"

# The same kiosk after the manager closed "Passport" for today and set a
# cut-off for "ID card" that has passed (novbe-ctl, the calls the dashboard
# makes): its services screen as kiosk-closed-<lang>.png.
CTL=$BUILD/tools/ctl/novbe-ctl
[[ -x $CTL ]] || { echo "missing $CTL: build novbe-ctl for the closed-service screens" >&2; exit 1; }
ctl() { "$CTL" --port "$PORT" --device dashboard-1 --token demo-dashboard-1-token "$@" >/dev/null; }
ctl close passport
ctl cutoff idCard 09:00
QT_QPA_PLATFORM=offscreen "$KIOSK" --host 127.0.0.1 --port "$PORT" \
    --device kiosk-1 --token demo-kiosk-1-token \
    --printer "png:$TMP/ticket.png" --profile epson-tm-t20iii \
    --screenshot "$TMP/closed" >/dev/null
for lang in az en ru; do
    cp "$TMP/closed/kiosk-services-$lang.png" "$OUT/kiosk-closed-$lang.png"
done
echo "closed-service screens: $OUT/kiosk-closed-{az,en,ru}.png"
