#!/bin/sh
# Builds the libFuzzer targets with clang into build-fuzz/ (ccache) and runs
# each for NOVBE_FUZZ_SECONDS (default 60) from its seed corpus
# (tests/fuzz/corpus/<name>/), after replaying its kept crashers
# (tests/fuzz/regressions/<name>/). A crash, a leak, a sanitizer report or a
# timeout fails. New corpus entries go to a scratch folder, not the checkout;
# a crasher is written to build-fuzz/crashes/ (minimise it with
# `-minimize_crash=1` and keep it under regressions/). Called by
# scripts/test.sh (and so by CI); NOVBE_FUZZ_SECONDS=0 skips the fuzzing.
set -eu
cd "$(dirname "$0")/.."
SECONDS_EACH=${NOVBE_FUZZ_SECONDS:-60}
[ "$SECONDS_EACH" -gt 0 ] || exit 0
BUILD_DIR=${NOVBE_FUZZ_BUILD_DIR:-build-fuzz}
# clang and its libFuzzer runtime: scripts/deps.sh (FUZZ).
if ! command -v clang++ >/dev/null 2>&1 || ! dpkg-query -W libclang-rt-14-dev >/dev/null 2>&1; then
    echo "fuzz: needs clang and libclang-rt-14-dev (apt-get install clang libclang-rt-14-dev)" >&2
    exit 2
fi
TARGETS="fuzz_protocol fuzz_dispatch fuzz_config fuzz_escpos fuzz_http"
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(pwd)}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-12G}
SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_CXX_FLAGS="-O1 -g $SAN" -DNOVBE_FORMAT_CHECK=OFF \
    -DNOVBE_ONLY_TESTS=fuzz >/dev/null
started=$(date +%s)
# shellcheck disable=SC2086
cmake --build "$BUILD_DIR" -j "$(nproc)" --target $TARGETS
echo "fuzz: build took $(($(date +%s) - started)) s"

CRASHES="$(pwd)/$BUILD_DIR/crashes"
mkdir -p "$CRASHES"
status=0
for t in $TARGETS; do
    name=${t#fuzz_}
    bin="$BUILD_DIR/tests/fuzz/$t"
    regressions=$(find "tests/fuzz/regressions/$name" -type f ! -name README 2>/dev/null || true)
    if [ -n "$regressions" ]; then
        # shellcheck disable=SC2086
        "$bin" $regressions >/dev/null 2>&1 || { echo "fuzz: $t fails a kept crasher" >&2; status=1; }
    fi
    scratch=$(mktemp -d)
    echo "fuzz: $t for ${SECONDS_EACH}s"
    if ! "$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$CRASHES/$t-" \
            "$scratch" "tests/fuzz/corpus/$name" >"$CRASHES/$t.log" 2>&1; then
        echo "fuzz: $t FAILED, see $CRASHES/$t.log:" >&2
        tail -n 40 "$CRASHES/$t.log" >&2
        status=1
    else
        grep -E '^stat::number_of_executed_units|^Done' "$CRASHES/$t.log" | tail -n 2
    fi
    rm -rf "$scratch"
done
exit $status
