#!/bin/sh
# The engine's own latency with an uplink beside it (docs/hq.md, Figures):
# novbe-bench --only latency (a fixed offered rate of issue/call/... round
# trips against the real engine) run three ways, interleaved ROUNDS times so
# the machine's drifting load falls on all three alike:
#   none    no uplink;
#   live    novbe-uplink shipping the engine's journal, as it is written, to a
#           private PostgreSQL 15 (fsync on);
#   hq-down novbe-uplink whose HQ does not answer (a closed port): it backs
#           off and retries.
# The uplink is started by this script as the bench's --engine-prefix: beside
# the engine, on the bench's own database and config.
# Usage: scripts/hq-latency.sh [build-dir] [rounds (3)] [rate (500)] [seconds (30)]
#        [first round (1)]
set -eu
if [ "${1:-}" = --beside ]; then
    # As the bench's engine prefix: $2 = the engine, then its arguments.
    shift
    engine=$1
    shift
    cfg="" db="" prev=""
    for a in "$@"; do
        case $prev in --config) cfg=$a ;; --db) db=$a ;; esac
        prev=$a
    done
    if [ "$LAT_MODE" != none ]; then
        id="lat$(date +%s%N)"
        python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); c["centre"]["id"]=sys.argv[3]
json.dump(c, open(sys.argv[2], "w"))' "$cfg" "$cfg.$id.json" "$id"
        hq="host=127.0.0.1 port=1 user=novbe dbname=postgres connect_timeout=5" # nothing listens
        if [ "$LAT_MODE" = live ]; then
            "$LAT_BUILD/hq/novbe-hq-migrate" --hq "$LAT_ADMIN" --add-centre "$id" >/dev/null
            hq="$LAT_ADMIN_NOUSER user=novbe_centre_$id"
        fi
        (
            i=0 # the engine creates its database: the uplink starts once it is there
            while [ ! -s "$db" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
            exec "$LAT_BUILD/hq/novbe-uplink" --config "$cfg.$id.json" --db "$db" --hq "$hq"
        ) >>"$LAT_WORK/uplink-$LAT_MODE.log" 2>&1 &
        echo $! >>"$LAT_WORK/uplinks"
    fi
    exec "$engine" "$@"
fi
cd "$(dirname "$0")/.."
BUILD=$(cd "${1:-build}" && pwd)
ROUNDS=${2:-3}
RATE=${3:-500}
SECONDS_=${4:-30}
. scripts/lib/privatepg.sh
cleanup() {
    [ ! -f "$WORK/uplinks" ] || while read -r pid; do kill "$pid" 2>/dev/null || true; done <"$WORK/uplinks"
    privatepg_stop
}
trap cleanup EXIT INT TERM
privatepg_start novbe-hq-latency
export LAT_BUILD="$BUILD" LAT_WORK="$WORK"
export LAT_ADMIN_NOUSER="host=127.0.0.1 port=$PORT dbname=postgres"
export LAT_ADMIN="$LAT_ADMIN_NOUSER user=novbe"
chmod 0777 "$WORK" # the bench (this user) writes its uplinks' logs here
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
r=${5:-1}
while [ "$r" -lt $((${5:-1} + ROUNDS)) ]; do
    # The order turns each round: the run after "live" meets PostgreSQL's
    # checkpoint of what it just took in.
    case $((r % 3)) in
        1) order="none live hq-down" ;;
        2) order="hq-down none live" ;;
        0) order="live hq-down none" ;;
    esac
    for mode in $order; do
        LAT_MODE=$mode "$BUILD/tests/bench/novbe-bench" --only latency --rate "$RATE" \
            --latency-seconds "$SECONDS_" --engine-prefix "$(pwd)/scripts/hq-latency.sh --beside" \
            >"$WORK/bench-$mode-$r.md" 2>"$WORK/bench-$mode-$r.log" || true
        [ ! -f "$WORK/uplinks" ] || while read -r pid; do kill "$pid" 2>/dev/null || true; done <"$WORK/uplinks"
        rm -f "$WORK/uplinks"
        printf '%-8s round %s (load %s): ' "$mode" "$r" "$(cut -d' ' -f1 /proc/loadavg)"
        grep -E 'round trip (p50|p99|max) ' "$WORK/bench-$mode-$r.md" |
            awk -F'|' '{ gsub(/ +/, " ", $3); gsub(/ +/, " ", $4); printf "%s=%s; ", $3, $4 }'
        [ "$mode" = none ] || printf '(uplink: %s)' "$(tail -1 "$WORK/uplink-$mode.log")"
        echo
    done
    r=$((r + 1))
done
shipped=$($AS psql -X -q -t -A -h 127.0.0.1 -p "$PORT" -U novbe -d postgres \
    -c "SELECT count(*), sum(last_seq) FROM hq.centres")
echo "HQ: centres|events shipped by the live runs: $shipped"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
