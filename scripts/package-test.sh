#!/bin/sh
# Builds the Debian packages from build/ and tests them as a centre installs
# them (docs/operations.md, "How the packages are tested"): lintian, install
# into a throwaway Debian 12 root, systemd-analyze verify, the installed
# engine serving a ticket to the installed novbe-ctl, backups, an upgrade
# from a schema-1 database, a refused downgrade, purge; novbe-uplink.service
# under that systemd shipping the engine's journal to a private PostgreSQL
# (novbe-hq-migrate from the novbe-hq package). Needs root (chroot,
# mounts). The root is made once by scripts/package-root.sh and cached.
set -eu
if [ "$(id -u)" -ne 0 ]; then
    exec sudo NOVBE_BUILD_DIR="${NOVBE_BUILD_DIR:-}" "$0" "$@"
fi
cd "$(dirname "$0")/.."
SRC=$(pwd)
BUILD_DIR=$(cd "${NOVBE_BUILD_DIR:-build}" && pwd) # NOVBE_BUILD_DIR may be empty: build
OUT=$BUILD_DIR/packages
WORK=$(mktemp -d /tmp/novbe-package-test.XXXXXX)
ROOT=$WORK/root
ENGINE_PID=""
SYSTEMD_PID=""
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
PGDIR="" # the private PostgreSQL HQ of the uplink check (a folder postgres may use)

step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "package-test: FAILED: $*" >&2
    exit 1
}
cleanup() {
    [ -z "$ENGINE_PID" ] || kill "$ENGINE_PID" 2>/dev/null || true
    [ -z "$SYSTEMD_PID" ] || kill -KILL "$SYSTEMD_PID" 2>/dev/null || true
    if [ -n "$PGDIR" ]; then
        runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$PGDIR"
    fi
    for m in "$ROOT/sys/fs/cgroup" "$ROOT/sys" "$ROOT/run" "$ROOT/dev" "$ROOT/proc" "$ROOT"; do
        mountpoint -q "$m" 2>/dev/null && umount -l "$m"
    done
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

in_root() { chroot "$ROOT" "$@"; }
as_novbe() { chroot "$ROOT" setpriv --reuid=novbe --regid=novbe --init-groups "$@"; }
# PRAGMA user_version from the SQLite header (bytes 60-63, big-endian).
schema_of() { od -An -tu1 -j60 -N4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }'; }
files_of_root() {
    find "$ROOT" -xdev \( -path "$ROOT/proc" -o -path "$ROOT/dev" -o -path "$ROOT/tmp" \
        -o -path "$ROOT/var/cache" -o -path "$ROOT/var/log" -o -path "$ROOT/run" \) -prune \
        -o -print | sed "s|^$ROOT||" | sort
}

step "build the packages (cpack)"
rm -rf "$OUT"
cpack --config "$BUILD_DIR/CPackConfig.cmake" -B "$OUT" >"$WORK/cpack.log" 2>&1 ||
    { cat "$WORK/cpack.log"; fail "cpack"; }
rm -rf "$OUT/_CPack_Packages"
ls -s "$OUT"
for p in engine kiosk display counter dashboard session uplink hq; do
    ls "$OUT"/novbe-${p}_*.deb >/dev/null 2>&1 || fail "no novbe-$p package"
done
for p in "$OUT"/*.deb; do
    echo "$(basename "$p"): Depends: $(dpkg-deb -f "$p" Depends)"
done
dpkg-deb -f "$OUT"/novbe-engine_*.deb Depends | grep -q libqt6core6 ||
    fail "novbe-engine's Depends: were not computed from its binary"

step "lintian (every remaining tag is justified in packaging/lintian-justified)"
lintian --tag-display-limit 0 "$OUT"/*.deb >"$WORK/lintian.txt" 2>&1 || true
unjustified=$(grep -E '^[EWX]: ' "$WORK/lintian.txt" | while read -r _ _ tag _; do
    grep -qE "^$tag( |$)" packaging/lintian-justified || echo "$tag"
done | sort -u)
cat "$WORK/lintian.txt"
[ -z "$unjustified" ] || fail "unjustified lintian tags: $unjustified"

step "a throwaway Debian 12 root"
CACHED=$(NOVBE_PACKAGES="$OUT" ./scripts/package-root.sh)
mkdir -p "$ROOT" "$WORK/upper" "$WORK/ovl"
if ! mount -t overlay overlay -o "lowerdir=$CACHED,upperdir=$WORK/upper,workdir=$WORK/ovl" \
    "$ROOT" 2>/dev/null; then
    echo "(no overlayfs here: copying the cached root)"
    cp -a "$CACHED/." "$ROOT/"
fi
mount -t proc proc "$ROOT/proc"
mount --rbind /dev "$ROOT/dev"
mkdir -p "$ROOT/var/cache/novbe-test-packages" # not /tmp: systemd empties it at boot
cp "$OUT"/*.deb "$ROOT/var/cache/novbe-test-packages/"
files_of_root >"$WORK/files-before"

step "install every package with dpkg"
in_root sh -c 'dpkg -i /var/cache/novbe-test-packages/novbe-engine_*.deb /var/cache/novbe-test-packages/novbe-session_*.deb \
    /var/cache/novbe-test-packages/novbe-kiosk_*.deb /var/cache/novbe-test-packages/novbe-display_*.deb /var/cache/novbe-test-packages/novbe-counter_*.deb \
    /var/cache/novbe-test-packages/novbe-dashboard_*.deb /var/cache/novbe-test-packages/novbe-uplink_*.deb \
    /var/cache/novbe-test-packages/novbe-hq_*.deb'
in_root getent passwd novbe >/dev/null || fail "no novbe user"
in_root getent passwd novbe-ui >/dev/null || fail "no novbe-ui user"
[ "$(in_root stat -c %U:%a /var/lib/novbe)" = novbe:750 ] || fail "/var/lib/novbe owner or mode"
[ "$(in_root stat -c %U:%G:%a /etc/novbe/centre.json)" = root:novbe:640 ] ||
    fail "/etc/novbe/centre.json owner or mode"
[ "$(in_root stat -c %U:%G:%a /etc/novbe/tls)" = root:novbe:750 ] ||
    fail "/etc/novbe/tls owner or mode"
in_root dpkg-query -W -f='${Conffiles}\n' novbe-engine | grep -q /etc/novbe/centre.json ||
    fail "centre.json is not a conffile"
# HQ's connection string may hold a password: not world-readable.
[ "$(in_root stat -c %U:%G:%a /etc/novbe/uplink.env)" = root:novbe:640 ] ||
    fail "/etc/novbe/uplink.env owner or mode"
in_root dpkg-query -W -f='${Conffiles}\n' novbe-uplink | grep -q /etc/novbe/uplink.env ||
    fail "uplink.env is not a conffile"
dpkg-deb -f "$OUT"/novbe-uplink_*.deb Depends | grep -q libpq5 ||
    fail "novbe-uplink's Depends: do not name libpq5"
in_root novbe-hq-migrate --help | grep -q -- --add-centre || fail "novbe-hq-migrate --help"

step "systemd-analyze verify"
in_root systemd-analyze verify /lib/systemd/system/novbe-engine.service \
    /lib/systemd/system/novbe-backup.service /lib/systemd/system/novbe-backup.timer \
    /lib/systemd/system/novbe-app@kiosk.service /lib/systemd/system/novbe-uplink.service
in_root /usr/libexec/novbe/novbe-session toaster 2>&1 | grep -q "must be kiosk" ||
    fail "novbe-session accepts an unknown app"

# The sample centre's services open 09:00-18:00 Baku time: its clock starts at 10:00 today.
OPEN_HOURS="$(date -u +%Y-%m-%d)T10:00:00+04:00"
# Polls `condition` (a shell command) every 0.1 s for up to `tenths`; sh has no event to wait on.
wait_for() {
    tenths=$1
    shift
    i=0
    until "$@" >/dev/null 2>&1; do
        i=$((i + 1))
        [ $i -lt "$tenths" ] || return 1
        sleep 0.1
    done
}

step "a screen session: novbe-session runs an app under cage (headless wlroots, no GPU)"
sed -e 's/^host=.*/host=127.0.0.1/' -e 's/^port=.*/port=1/' -e 's/^device=.*/device=dashboard-1/' \
    "$ROOT/usr/share/doc/novbe-session/examples/device.ini" >"$ROOT/etc/novbe/device.ini"
in_root install -d -o novbe-ui -g novbe-ui -m 0700 /tmp/novbe-ui-runtime
chroot "$ROOT" setpriv --reuid=novbe-ui --regid=novbe-ui --init-groups env HOME=/var/lib/novbe-ui \
    XDG_RUNTIME_DIR=/tmp/novbe-ui-runtime WLR_BACKENDS=headless WLR_RENDERER=pixman \
    WLR_LIBINPUT_NO_DEVICES=1 QT_LOGGING_RULES='qt.qpa.wayland=true' \
    /usr/libexec/novbe/novbe-session dashboard >"$WORK/session.log" 2>&1 &
SESSION_PID=$!
# The app is a Wayland client of cage, which gives it the whole output.
maximized() { grep -q 'configure with QSize([0-9]*, [0-9]*) and .*WindowMaximized' "$WORK/session.log"; }
wait_for 150 maximized || { cat "$WORK/session.log"; fail "the app did not come up under cage"; }
kill -0 "$SESSION_PID" || fail "cage exited"
grep -q "Using the 'xdg-shell' shell integration" "$WORK/session.log" ||
    fail "the app did not use Qt's Wayland platform"
echo "ok: novbe-dashboard runs maximized under cage as novbe-ui"
kill "$SESSION_PID"
wait "$SESSION_PID" || true # cage may abort on SIGTERM (wl_display_terminate); not ours
app_gone() { ! pgrep -x novbe-dashboard; }
wait_for 100 app_gone || fail "the app outlived its cage session"
rm -rf "$ROOT/etc/novbe/device.ini" "$ROOT/tmp/novbe-ui-runtime"

# novbe-uplink.service under the booted systemd: installed but not enabled
# (it needs NOVBE_HQ); with NOVBE_HQ in /etc/novbe/uplink.env pointing at a
# private PostgreSQL (the host's, on 127.0.0.1: the root shares the network)
# migrated by the installed novbe-hq-migrate, it must come up as novbe, keep
# the connection string off its command line, and ship a ticket issued to
# the engine under systemd.
uplink_check() {
    step "novbe-uplink.service ships the engine's journal to a private PostgreSQL"
    unit_is novbe-uplink.service UnitFileState disabled || fail "novbe-uplink is enabled at install"
    if [ -z "$PGBIN" ]; then
        echo "SKIPPED: PostgreSQL is not installed here (scripts/deps.sh installs postgresql-15)"
        return 0
    fi
    PGDIR=$(mktemp -d /tmp/novbe-package-test-pg.XXXXXX)
    chown postgres "$PGDIR"
    pgport=$((20000 + $$ % 20000))
    runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U novbe -E UTF8 --locale=C >/dev/null
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -w -l "$PGDIR/pg.log" \
        -o "-p $pgport -k $PGDIR -c listen_addresses=127.0.0.1" start >/dev/null
    in_root novbe-hq-migrate --hq "host=127.0.0.1 port=$pgport user=novbe dbname=postgres" \
        --add-centre baku-1
    hq() { runuser -u postgres -- psql -X -q -t -A -h 127.0.0.1 -p "$pgport" -U novbe -d postgres -c "$1"; }
    printf 'NOVBE_HQ="host=127.0.0.1 port=%s dbname=postgres user=novbe_centre_baku_1 password=not-on-the-command-line"\n' \
        "$pgport" >>"$ROOT/etc/novbe/uplink.env"
    sd systemctl enable --now novbe-uplink.service
    unit_is novbe-uplink.service ActiveState active ||
        { sd journalctl -u novbe-uplink --no-pager; fail "novbe-uplink.service is not active"; }
    pid=$(sd systemctl show novbe-uplink.service -p MainPID --value)
    [ "$(sd ps -o user= -p "$pid")" = novbe ] || fail "the uplink does not run as novbe"
    sd sh -c "tr '\\0' ' ' </proc/$pid/cmdline" | grep -q novbe-uplink || fail "no uplink cmdline"
    ! sd sh -c "tr '\\0' ' ' </proc/$pid/cmdline" | grep -q not-on-the-command-line ||
        fail "HQ's connection string is on the uplink's command line"
    # The engine's clock inside opening hours (the real one may be at night).
    cp "$ROOT/etc/default/novbe-engine" "$WORK/default-novbe-engine"
    sed -i "s|^NOVBE_ENGINE_ARGS=.*|NOVBE_ENGINE_ARGS=--clock-start $OPEN_HOURS|" \
        "$ROOT/etc/default/novbe-engine"
    sd systemctl restart novbe-engine.service
    in_root novbe-ctl --port 7400 --device dashboard-1 --token demo-dashboard-1-token \
        issue passport >/dev/null
    shipped() { [ "$(hq "SELECT count(*) FROM hq.events WHERE centre_id = 'baku-1' AND type = 'ticket.issued'")" -ge 1 ]; }
    if ! wait_for 300 shipped; then
        sd systemctl status novbe-uplink.service --no-pager || true
        hq "SELECT centre_id, last_seq, type FROM hq.centres LEFT JOIN hq.events USING (centre_id)" || true
        fail "the ticket did not reach HQ"
    fi
    position=$(hq "SELECT last_seq FROM hq.centres WHERE centre_id = 'baku-1'")
    sd journalctl -u novbe-uplink --no-pager | grep -q "HQ link up" || fail "no link-up line in the journal"
    echo "ok: novbe-uplink.service active as novbe; HQ's position $position includes the ticket issued"
    sd systemd-analyze security novbe-uplink.service --no-pager | tail -1
    sd systemctl disable --now novbe-uplink.service
    cp "$WORK/default-novbe-engine" "$ROOT/etc/default/novbe-engine"
    sd systemctl restart novbe-engine.service
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null
}

step "the engine under a real systemd (PID 1 of its own PID namespace in the root)"
# No systemd-nspawn needed: systemd runs as the first process of a new PID
# namespace, chrooted, on a fresh cgroup2 hierarchy; systemctl reaches it with nsenter.
mount -t tmpfs tmpfs "$ROOT/run"
mount -t sysfs sysfs "$ROOT/sys"
mount -t cgroup2 cgroup2 "$ROOT/sys/fs/cgroup"
unshare --pid --fork --mount-proc="$ROOT/proc" env container=novbe-package-test \
    chroot "$ROOT" /lib/systemd/systemd --system --log-target=journal >"$WORK/systemd.log" 2>&1 &
systemd_pid() { pgrep -f -n '^/lib/systemd/systemd --system --log-target=journal$'; }
wait_for 100 systemd_pid || fail "systemd did not start"
SYSTEMD_PID=$(systemd_pid)
sd() { nsenter -t "$SYSTEMD_PID" -m -p -r -w "$@"; }
booted() { sd systemctl is-system-running | grep -qE '^(running|degraded)$'; }
wait_for 300 booted || { sd systemctl --failed --no-pager; fail "systemd did not finish booting"; }
unit_is() { [ "$(sd systemctl show "$1" -p "$2" --value)" = "$3" ]; }
unit_is novbe-engine.service ActiveState active ||
    { sd journalctl -u novbe-engine --no-pager; fail "novbe-engine.service is not active"; }
sd systemctl status novbe-engine.service --no-pager || true
# Type=notify: active only after READY=1, whose status names the listening port.
unit_is novbe-engine.service StatusText "listening on 127.0.0.1:7400" ||
    fail "no READY status from the engine"
echo "ok: active after READY=1, status \"listening on 127.0.0.1:7400\""
sd journalctl -u novbe-engine -o verbose --no-pager NOVBE_CATEGORY=novbe.store | grep -q 'MESSAGE=opened' ||
    fail "the journal has no novbe.store entry with the NOVBE_CATEGORY field"
sd systemctl reload novbe-engine.service
reloaded() { sd journalctl -u novbe-engine --no-pager | grep -q 'config reloaded'; }
wait_for 100 reloaded || fail "reload did not reach the engine"
echo "ok: journal entries carry NOVBE_CATEGORY; systemctl reload reached the engine"
sd systemctl start novbe-backup.service
unit_is novbe-backup.service Result success || fail "novbe-backup.service failed"
unit_is novbe-backup.timer ActiveState active || fail "novbe-backup.timer is not active"
echo "ok: novbe-backup.service succeeded; the timer is active"
# Watchdog: pings keep an idle engine alive; a stopped (hung) one is killed and restarted.
mkdir -p "$ROOT/run/systemd/system/novbe-engine.service.d"
printf '[Service]\nWatchdogSec=2\n' >"$ROOT/run/systemd/system/novbe-engine.service.d/test.conf"
sd systemctl daemon-reload
sd systemctl restart novbe-engine.service
pid=$(sd systemctl show novbe-engine.service -p MainPID --value)
sleep 5 # idle for two and a half watchdog periods: nothing may happen, no event to wait for
unit_is novbe-engine.service MainPID "$pid" || fail "the idle engine was restarted: no pings"
unit_is novbe-engine.service NRestarts 0 || fail "the idle engine was restarted"
sd kill -STOP "$pid"
wait_for 100 unit_is novbe-engine.service NRestarts 1 ||
    fail "the hung engine was not restarted by the watchdog"
wait_for 100 unit_is novbe-engine.service ActiveState active || fail "no engine after the restart"
echo "ok: WatchdogSec=2: the idle engine kept its PID for 5 s; SIGSTOPped, it was restarted"
rm -r "$ROOT/run/systemd/system/novbe-engine.service.d"
sd systemctl daemon-reload
uplink_check
sd systemctl stop novbe-engine.service novbe-backup.timer
sd systemctl poweroff || true
systemd_gone() { ! kill -0 "$SYSTEMD_PID" 2>/dev/null; }
wait_for 100 systemd_gone || kill -KILL "$SYSTEMD_PID"
SYSTEMD_PID=""
umount "$ROOT/sys/fs/cgroup" "$ROOT/sys"
umount -l "$ROOT/run"
rm -f "$ROOT"/var/lib/novbe/backups/*

start_engine() {
    rm -f "$ROOT/var/lib/novbe/port"
    as_novbe /usr/bin/novbe-engine --check-config /etc/novbe/centre.json
    # Not through as_novbe: $! must be the engine itself (chroot and setpriv exec it).
    chroot "$ROOT" setpriv --reuid=novbe --regid=novbe --init-groups \
        /usr/bin/novbe-engine --config /etc/novbe/centre.json --db /var/lib/novbe/novbe.db \
        --listen 127.0.0.1:0 --port-file /var/lib/novbe/port --clock-start "$OPEN_HOURS" \
        >"$WORK/engine.log" 2>&1 &
    ENGINE_PID=$!
    i=0
    until [ -s "$ROOT/var/lib/novbe/port" ]; do
        kill -0 "$ENGINE_PID" 2>/dev/null || { cat "$WORK/engine.log"; fail "the engine exited"; }
        i=$((i + 1))
        [ $i -lt 300 ] || fail "the engine did not listen within 30 s"
        sleep 0.1 # polls a file the engine writes; no event to wait on from sh
    done
    PORT=$(cat "$ROOT/var/lib/novbe/port")
}
stop_engine() {
    kill -TERM "$ENGINE_PID"
    wait "$ENGINE_PID" || { cat "$WORK/engine.log"; fail "the engine did not stop cleanly"; }
    ENGINE_PID=""
    rm -f "$ROOT/var/lib/novbe/port" # the test's, not the package's
}
# The engine package again (the glob is the root's).
install_engine() { in_root sh -c 'dpkg -i /var/cache/novbe-test-packages/novbe-engine_*.deb'; }
ctl() {
    in_root novbe-ctl --port "$PORT" --device dashboard-1 --token demo-dashboard-1-token "$@"
}

step "the installed engine serves the installed novbe-ctl"
start_engine
ctl issue passport | tee "$WORK/issue.txt"
grep -q "^Ticket [A-Z]*[0-9]* (passport)" "$WORK/issue.txt" || fail "no ticket number in novbe-ctl's answer"
ctl snapshot >/dev/null
stop_engine

step "novbe-backup keeps the newest copies"
for old in 20250101T023000Z 20250102T023000Z 20250103T023000Z; do
    as_novbe touch "/var/lib/novbe/backups/novbe-$old.db" # three older nightly copies
done
as_novbe env NOVBE_BACKUP_KEEP=2 /usr/libexec/novbe/novbe-backup
kept=""
for f in "$ROOT"/var/lib/novbe/backups/novbe-*Z.db; do
    if [ -e "$f" ]; then kept="$kept $(basename "$f")"; fi
done
echo "kept:$kept"
[ "$(echo "$kept" | wc -w)" = 2 ] || fail "novbe-backup did not keep exactly 2 copies"
[ -f "$ROOT/var/lib/novbe/backups/novbe-20250103T023000Z.db" ] || fail "the newest old copy went"
newest=$(echo "$kept" | tr ' ' '\n' | sort | tail -1)
[ "$(schema_of "$ROOT/var/lib/novbe/backups/$newest")" -gt 0 ] ||
    fail "the new backup is not a Növbə database"

step "upgrade: a schema-1 database is backed up, then migrated"
install -m 0640 "$SRC/tests/data/db/v1.sqlite" "$ROOT/var/lib/novbe/novbe.db"
in_root chown novbe:novbe /var/lib/novbe/novbe.db
rm -f "$ROOT"/var/lib/novbe/novbe.db-*
install_engine
[ "$(schema_of "$ROOT/var/lib/novbe/novbe.db")" = "$(grep -o 'SCHEMA_VERSION = [0-9]*' \
    engine/store/store.h | grep -o '[0-9]*$')" ] || fail "the database was not migrated"
ls "$ROOT"/var/lib/novbe/backups/novbe.schema1.*.db >/dev/null || fail "no pre-upgrade backup"
cmp -s "$SRC/tests/data/db/v1.sqlite" "$ROOT"/var/lib/novbe/backups/novbe.schema1.*.db ||
    [ "$(schema_of "$ROOT"/var/lib/novbe/backups/novbe.schema1.*.db)" = 1 ] ||
    fail "the pre-upgrade backup is not the schema-1 file"
start_engine
# tests/data/db/v1.sqlite holds events 1..153 (a released fixture never changes).
ctl watch --since 0 --count 153 --json >"$WORK/events.json"
[ "$(wc -l <"$WORK/events.json")" = 153 ] || fail "events lost in the upgrade"
head -1 "$WORK/events.json" | grep -q '"seq":1[,}]' || fail "event 1 is not the first replayed"
sed -n 153p "$WORK/events.json" | grep -q '"seq":153[,}]' || fail "event 153 is not the 153rd"
stop_engine

step "downgrade: a database of a newer schema is refused, nothing changed"
cp "$ROOT/var/lib/novbe/novbe.db" "$WORK/db-before"
printf '\000\000\000\143' | dd of="$ROOT/var/lib/novbe/novbe.db" bs=1 seek=60 conv=notrunc 2>/dev/null
cp "$ROOT/var/lib/novbe/novbe.db" "$WORK/db-newer"
if install_engine >"$WORK/downgrade.log" 2>&1; then
    fail "a database of schema 99 was accepted"
fi
cat "$WORK/downgrade.log"
grep -q "schema version 99" "$WORK/downgrade.log" || fail "the refusal does not say why"
cmp -s "$ROOT/var/lib/novbe/novbe.db" "$WORK/db-newer" || fail "the refused install changed the db"
in_root dpkg-query -W -f='${db:Status-Abbrev}' novbe-engine | grep -q '^ii' ||
    fail "novbe-engine is not left installed after the refusal"
cp "$WORK/db-before" "$ROOT/var/lib/novbe/novbe.db"

step "purge leaves nothing but the kept data"
in_root dpkg --purge novbe-uplink novbe-hq novbe-dashboard novbe-counter novbe-display \
    novbe-kiosk novbe-session novbe-engine
files_of_root >"$WORK/files-after"
# Allowed: the centre's data (kept by default), the two system users, dpkg's own records,
# and what systemd's boot above left for units that are not ours.
comm -13 "$WORK/files-before" "$WORK/files-after" | grep -vE \
    '^/var/lib/novbe(/novbe\.db(-wal|-shm)?|/backups(/.*)?)?$|^/etc/(passwd|group|shadow|gshadow|subuid|subgid)-?$|^/var/lib/dpkg/' |
    awk '!(/^\/var\/lib\/systemd\// && !/novbe/)' >"$WORK/left" || true
[ ! -s "$WORK/left" ] || { cat "$WORK/left"; fail "purge left these files"; }
comm -23 "$WORK/files-before" "$WORK/files-after" >"$WORK/gone"
[ ! -s "$WORK/gone" ] || { cat "$WORK/gone"; fail "install and purge removed files of the system"; }
[ -f "$ROOT/var/lib/novbe/novbe.db" ] || fail "purge removed the database without being asked"

step "purge with NOVBE_PURGE_DATA=yes removes the data too"
install_engine >/dev/null
in_root env NOVBE_PURGE_DATA=yes dpkg --purge novbe-engine >/dev/null
[ ! -e "$ROOT/var/lib/novbe" ] || fail "/var/lib/novbe is still there"

echo
echo "package-test: all checks passed"
