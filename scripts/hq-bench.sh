#!/bin/sh
# The HQ bench (docs/hq.md, "Figures"): a private PostgreSQL 15 in a temp
# folder, then
#  1. backlog: a bus day (novbe-sim --journal-out) shipped by novbe-uplink
#     when the link returns: seconds and events/s;
#  2. national ingest: N centres' days shipped at once by N uplinks into one
#     PostgreSQL: events/s;
#  3. live: N centres' journals written at a steady rate (a day compressed
#     into LAG_SECONDS, default 180 s) while N uplinks ship them: the delay
#     from journal commit to HQ row, p50/p99 (novbe-hq-lag);
#  4. a national month: 31 centres x 30 days of hq.kpi_day and the tickets of
#     its last day, then the per-service national report for the month and
#     the overview query, each timed over 5 runs (median).
# Usage: scripts/hq-bench.sh [build-dir] [centres (31)] [scale (3)]
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build}
CENTRES=${2:-31}
SCALE=${3:-3}
. scripts/lib/privatepg.sh
trap privatepg_stop EXIT INT TERM
# Durable settings as HQ would run them (fsync on), a little more memory.
privatepg_start novbe-hq-bench -c max_connections=200 -c track_commit_timestamp=on
ADMIN="host=127.0.0.1 port=$PORT user=novbe dbname=postgres"
PSQL="psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PORT -U novbe -d postgres"
ids=""
i=1
while [ $i -le "$CENTRES" ]; do ids="$ids --add-centre c$i"; i=$((i + 1)); done
# shellcheck disable=SC2086
"$BUILD/hq/novbe-hq-migrate" --hq "$ADMIN" $ids --add-centre bus >/dev/null
lags=""
i=1
while [ $i -le "$CENTRES" ]; do lags="$lags --add-centre lag$i"; i=$((i + 1)); done
# shellcheck disable=SC2086
"$BUILD/hq/novbe-hq-migrate" --hq "$ADMIN" $lags >/dev/null
now_ms() { date +%s%3N; }

# A centre config with id $1 (and mobile for the bus) from the sample centre.
config() {
    sed "0,/\"id\": \"baku-1\"/s//\"id\": \"$1\", \"mobile\": $2/" resources/centres/baku-1.json \
        > "$WORK/$1.json"
}

echo "== 1. backlog: one bus day (scale $SCALE) shipped when the link returns"
config bus true
"$BUILD/tools/sim/novbe-sim" --centre "$WORK/bus.json" --profile resources/sim/asan-day.json \
    --scale "$SCALE" --journal-out "$WORK/bus.db" >/dev/null
t0=$(now_ms)
"$BUILD/hq/novbe-uplink" --config "$WORK/bus.json" --db "$WORK/bus.db" \
    --hq "host=127.0.0.1 port=$PORT user=novbe_centre_bus dbname=postgres" --until-idle 2>/dev/null
t1=$(now_ms)
events=$($PSQL -c "SELECT last_seq FROM hq.centres WHERE centre_id = 'bus'")
tickets=$($PSQL -c "SELECT count(*) FROM hq.tickets WHERE centre_id = 'bus'")
echo "tickets=$tickets events=$events seconds=$(echo "scale=2; ($t1 - $t0) / 1000" | bc)" \
     "events_per_s=$(echo "$events * 1000 / ($t1 - $t0)" | bc)"

echo "== 2. national ingest: $CENTRES centres' days (scale 1) shipped at once"
i=1
while [ $i -le "$CENTRES" ]; do
    config "c$i" false
    "$BUILD/tools/sim/novbe-sim" --centre "$WORK/c$i.json" --profile resources/sim/asan-day.json \
        --seed $i --journal-out "$WORK/c$i.db" >/dev/null
    i=$((i + 1))
done
t0=$(now_ms)
i=1
while [ $i -le "$CENTRES" ]; do
    "$BUILD/hq/novbe-uplink" --config "$WORK/c$i.json" --db "$WORK/c$i.db" \
        --hq "host=127.0.0.1 port=$PORT user=novbe_centre_c$i dbname=postgres" --until-idle \
        2>/dev/null &
    i=$((i + 1))
done
wait
t1=$(now_ms)
events=$($PSQL -c "SELECT sum(last_seq) FROM hq.centres WHERE centre_id <> 'bus'")
echo "centres=$CENTRES events=$events seconds=$(echo "scale=2; ($t1 - $t0) / 1000" | bc)" \
     "events_per_s=$(echo "$events * 1000 / ($t1 - $t0)" | bc)"

echo "== 3. live: $CENTRES centres writing and shipping at once, a day in ${LAG_SECONDS:-180} s"
list=""
i=1
while [ $i -le "$CENTRES" ]; do config "lag$i" false; list="$list${list:+,}lag$i"; i=$((i + 1)); done
"$BUILD/hq/novbe-hq-lag" --source "$WORK/c1.db" --dir "$WORK" --centres "$list" --admin "$ADMIN" \
    --uplink-conn "host=127.0.0.1 port=$PORT user=novbe_centre_{id} dbname=postgres" \
    --uplink "$BUILD/hq/novbe-uplink" --seconds "${LAG_SECONDS:-180}"

echo "== 4. a national month: 31 centres x 30 days x ~10,000 tickets/day (derived rows)"
$PSQL <<'SQL'
-- kpi_day as 9.3 M tickets leave it: per centre, day, service, counter, operator.
INSERT INTO hq.kpi_day (centre_id, day, service, counter, operator_id, issued, called,
    called_in_target, wait_sum_sec, max_wait_sec, served, service_sum_sec, no_show, cancelled,
    feedback_count, rating_sum)
SELECT 'c' || c, DATE '2026-11-01' + d, 's' || s, 'k' || k, 'op' || c || '-' || k,
       25, 24, 20, 24 * 600, 1800, 22, 22 * 420, 1, 1, 5, 22
FROM generate_series(1, 31) c, generate_series(0, 29) d, generate_series(1, 20) s,
     generate_series(1, 20) k;
-- The last day's tickets (the overview reads today's live rows).
INSERT INTO hq.tickets (centre_id, ticket_id, day, origin_service, service, state, counter,
    issued_at, first_called_at, last_seq)
SELECT 'c' || c, 't' || n, DATE '2026-11-30', 's' || (n % 20), 's' || (n % 20),
       CASE WHEN n % 10 = 0 THEN 'waiting' ELSE 'done' END, 'k' || (n % 20),
       TIMESTAMPTZ '2026-11-30 05:00Z' + n * interval '3 s',
       CASE WHEN n % 10 = 0 THEN NULL ELSE TIMESTAMPTZ '2026-11-30 05:10Z' + n * interval '3 s' END, n
FROM generate_series(1, 31) c, generate_series(1, 10000) n;
ANALYZE hq.kpi_day; ANALYZE hq.tickets;
SQL
echo "kpi_day rows: $($PSQL -c 'SELECT count(*) FROM hq.kpi_day')" \
     "tickets represented: $($PSQL -c "SELECT sum(issued) FROM hq.kpi_day WHERE day < '2026-12-01'")"
timeit() {
    for _ in 1 2 3 4 5; do
        s=$(now_ms); $PSQL -c "$1" >/dev/null; e=$(now_ms); echo $((e - s))
    done | sort -n | sed -n 3p
}
REPORT="SELECT service, sum(issued), sum(served), round(sum(wait_sum_sec)::numeric / nullif(sum(called), 0)), max(max_wait_sec), round(100.0 * sum(called_in_target) / nullif(sum(called), 0)) FROM hq.kpi_day WHERE day BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY service ORDER BY 2 DESC"
OVERVIEW="SELECT * FROM hq.overview"
echo "psql_round_trip_only_ms=$(timeit "SELECT 1")"
echo "national_per_service_month_ms=$(timeit "$REPORT") (psql round trip included)"
echo "overview_ms=$(timeit "$OVERVIEW") (psql round trip included)"
echo "server-side execution times (EXPLAIN ANALYZE):"
$PSQL -c "EXPLAIN (ANALYZE, TIMING OFF) $REPORT" | grep -E "Execution Time"
$PSQL -c "EXPLAIN (ANALYZE, TIMING OFF) $OVERVIEW" | grep -E "Execution Time"
