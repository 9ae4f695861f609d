#!/bin/sh
# The unit and integration tests built with AddressSanitizer + UndefinedBehavior-
# Sanitizer (gcc, build-asan/, ccache) and run; any sanitizer report fails.
# Called by scripts/test.sh (and so by CI); runs on its own too. Arguments go
# to ctest. NOVBE_ASAN_BUILD_DIR picks the build folder.
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${NOVBE_ASAN_BUILD_DIR:-build-asan}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(pwd)}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-12G}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
# gcc 12 under -fsanitize=address reports false "may be used uninitialized"
# warnings inside libstdc++'s std::regex (Catch2's, in every test binary):
# silenced for the test executables only; every other warning stays an error.
FOLDERS="unit/core;unit/config;unit/protocol;unit/server;unit/printing"
FOLDERS="$FOLDERS;integration/store;integration/engine;integration/client;integration/hq"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_CXX_FLAGS="-O1 -g $SAN" \
    -DCMAKE_EXE_LINKER_FLAGS="$SAN" -DCMAKE_SHARED_LINKER_FLAGS="$SAN" \
    -DCMAKE_MODULE_LINKER_FLAGS="$SAN" \
    -DNOVBE_WERROR=ON -DNOVBE_FORMAT_CHECK=OFF -DNOVBE_ONLY_TESTS="$FOLDERS" \
    -DNOVBE_TEST_CXX_FLAGS=-Wno-maybe-uninitialized >/dev/null
# Only what those tests need (the apps are not built): every test that is a target.
targets=$(ctest --test-dir "$BUILD_DIR" -N | sed -n 's/^ *Test *#[0-9]*: //p' |
    while read -r t; do
        if ninja -C "$BUILD_DIR" -t query "$t" >/dev/null 2>&1; then echo "$t"; fi
    done)
started=$(date +%s)
# shellcheck disable=SC2086
cmake --build "$BUILD_DIR" -j "$(nproc)" --target $targets
built=$(date +%s)
echo "sanitizers: build took $((built - started)) s"

REPORTS="$(pwd)/$BUILD_DIR/sanitizer-reports"
rm -rf "$REPORTS"
mkdir -p "$REPORTS"
# Every process (tests and the engines they start) writes its reports there.
# The LD_PRELOAD fault shim cannot be put in front of the ASan runtime, so
# test_engine_storagefaults is left to the plain build; so is
# test_engine_hostile, whose bounds (RSS growth under 4-8 MiB, a 20,000-request
# flood within 120 s) measure the plain engine: under ASan the quarantine and
# shadow memory alone grow RSS by 40-130 MiB and the flood takes longer. The
# hostile inputs reach ASan through fuzz_dispatch (scripts/fuzz.sh).
export ASAN_OPTIONS="log_path=$REPORTS/asan:detect_leaks=1:abort_on_error=0"
export UBSAN_OPTIONS="log_path=$REPORTS/ubsan:print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$(pwd)/tests/sanitizers/lsan.supp"
export QT_QPA_PLATFORM=offscreen
status=0
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" --timeout 900 \
    -E '^(test_engine_storagefaults|test_engine_hostile|core_dependency_check.*)$' "$@" ||
    status=$?
echo "sanitizers: tests took $(($(date +%s) - built)) s"
if [ -n "$(ls -A "$REPORTS")" ]; then
    echo "sanitizers: reports in $REPORTS:" >&2
    head -n 60 "$REPORTS"/* >&2
    status=1
fi
exit $status
