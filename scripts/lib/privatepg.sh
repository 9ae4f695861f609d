# A private PostgreSQL in a temp folder for the HQ scripts (hq-bench.sh,
# hq-latency.sh): sourced, not run. Run as root, the server runs as postgres.
# privatepg_start NAME [extra -c settings...]: sets PGBIN, WORK, PORT, AS and
# starts the server on 127.0.0.1:$PORT (superuser novbe, trust auth).
# privatepg_stop: stops it and removes $WORK.
privatepg_start() {
    PGBIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d | sort -V | tail -1)
    WORK=$(mktemp -d "/tmp/$1.XXXXXX")
    shift
    PORT=$((20000 + $$ % 20000))
    AS=""
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$WORK"
        AS="runuser -u postgres --"
    fi
    $AS "$PGBIN/initdb" -D "$WORK/data" -A trust -U novbe -E UTF8 --locale=C >/dev/null
    $AS "$PGBIN/pg_ctl" -D "$WORK/data" -w -l "$WORK/pg.log" -o "-p $PORT -k $WORK \
        -c listen_addresses=127.0.0.1 -c shared_buffers=256MB $*" start >/dev/null
}
privatepg_stop() {
    $AS "$PGBIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
