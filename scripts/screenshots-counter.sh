#!/usr/bin/env bash
# Renders every counter desk screen offscreen at 1366x768, in az, en and ru,
# into docs/screenshots/ as counter-<screen>-<lang>.png: login, idle,
# calling, serving (a priority ticket), transfer, finish, paused,
# disconnected, refused (an action pressed while disconnected), tls-refused
# (the engine's TLS certificate refused), rating and
# rating-thanks (the citizen's rating pad).
#
# The tool (tests/gui/counter/counterscreenshots.cpp) starts its own
# throw-away novbe-engine with the demo centre (clock 10:00 Baku), issues
# tickets at a kiosk, then drives a real desk and rating pad through the
# screens with the keys an operator would press.
#
#   BUILD=build scripts/screenshots-counter.sh [OUT_DIR]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
OUT=${1:-$ROOT/docs/screenshots}
[[ -f $BUILD/CMakeCache.txt ]] || { echo "configure $BUILD first (scripts/build.sh)" >&2; exit 1; }
cmake --build "$BUILD" --target novbe-counter-screenshots -j "${JOBS:-2}"
mkdir -p "$OUT"
QT_QPA_PLATFORM=offscreen "$BUILD/tests/gui/counter/novbe-counter-screenshots" "$OUT"
