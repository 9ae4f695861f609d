#!/bin/sh
# README command 1: install what is missing, build, run the sample centre.
# The engine serves resources/centres/baku-1.json with its SQLite file in
# var/. With a graphical display the apps open on it; without one a scripted
# demo day runs against it and prints what happens.
set -eu
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
B=${NOVBE_BUILD_DIR:-build}
mkdir -p var/tickets
rm -f var/engine.port

# The sample centre opens 09:00-18:00 Baku time. Outside those hours the demo
# engine's clock starts at 10:00 Baku time today so that every service is open.
clock=""
hour=$(TZ=Asia/Baku date +%H)
if [ "$hour" -lt 9 ] || [ "$hour" -ge 17 ]; then
    clock="--clock-start $(TZ=Asia/Baku date +%Y-%m-%dT10:00:00+04:00)"
    echo "run: Baku time is $(TZ=Asia/Baku date +%H:%M); the demo engine's clock starts at 10:00"
fi

# shellcheck disable=SC2086
"$B/engine/novbe-engine" --config resources/centres/baku-1.json --db var/baku-1.db \
    --listen 127.0.0.1:${NOVBE_PORT:-7400} --port-file var/engine.port $clock 2>>var/engine.log &
ENGINE=$!
PIDS="$ENGINE"
cleanup() { kill $PIDS 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

i=0
while [ ! -s var/engine.port ]; do
    if ! kill -0 "$ENGINE" 2>/dev/null; then
        tail -5 var/engine.log >&2
        echo "run: the engine did not start (var/engine.log)" >&2
        exit 1
    fi
    i=$((i + 1))
    [ $i -gt 100 ] && { echo "run: the engine did not start within 10 s" >&2; exit 1; }
    sleep 0.1
done
PORT=$(cat var/engine.port)
echo "run: novbe-engine is serving Bakı 1 nömrəli ASAN xidmət mərkəzi on 127.0.0.1:$PORT (database var/baku-1.db, log var/engine.log)"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    C="--host 127.0.0.1 --port $PORT"
    # Demo tokens, passed explicitly: the apps have no default token.
    "$B/kiosk/novbe-kiosk" $C --config resources/kiosks/kiosk-1.ini --token demo-kiosk-1-token \
        --windowed & PIDS="$PIDS $!"
    "$B/display/novbe-display" $C --device display-hall --token demo-display-hall-token \
        --windowed --size 1280x720 & PIDS="$PIDS $!"
    "$B/counter/novbe-counter" $C --device desk-01 --token demo-desk-01-token & PIDS="$PIDS $!"
    "$B/counter/novbe-counter" $C --device desk-02 --token demo-desk-02-token & PIDS="$PIDS $!"
    "$B/dashboard/novbe-dashboard" $C --device dashboard-1 --token demo-dashboard-1-token & PIDS="$PIDS $!"
    echo "run: kiosk (tickets print to var/tickets/kiosk-1.png), hall display, two counters"
    echo "     (log in as op01 / 1001 and op02 / 1002) and the dashboard are open; Ctrl+C stops all"
    wait "$ENGINE"
else
    echo "run: no graphical display: running the scripted demo day"
    "$B/tools/demo/novbe-demo" --port "$PORT" --token-pattern 'demo-{device}-token'
fi
