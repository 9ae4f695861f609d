#!/bin/sh
# README command 2: install what is missing, build, run every test (ctest),
# then the ASan+UBSan build of the unit and integration tests, the fuzz
# targets for a bounded time each and the Debian package test. Each stage's
# time is printed at the end (docs/testing.md, CI time budget).
set -eu
cd "$(dirname "$0")/.."
timings=""
stage() { # stage <name> <command...>: runs it, records its seconds
    name=$1
    shift
    t0=$(date +%s)
    "$@" || { echo "test: $name failed" >&2; exit 1; }
    timings="$timings
  $name: $(($(date +%s) - t0)) s"
}
started=$(date +%s)
stage deps ./scripts/deps.sh
stage build ./scripts/build.sh -DNOVBE_WERROR=ON # a warning fails the build here and in CI
BUILD_DIR=${NOVBE_BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
stage ctest ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" --timeout 900 "$@"
# The rest is skipped when ctest was given a selection of tests.
if [ $# -eq 0 ]; then
    # AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/): any report fails.
    [ -n "${NOVBE_SKIP_SANITIZERS:-}" ] || stage sanitizers ./scripts/test-sanitizers.sh
    # libFuzzer targets, NOVBE_FUZZ_SECONDS (60) each: a crash, leak or report fails.
    [ -n "${NOVBE_SKIP_FUZZ:-}" ] || stage fuzz ./scripts/fuzz.sh
    # The Debian packages built, installed into a throwaway root and run
    # (docs/operations.md).
    [ -n "${NOVBE_SKIP_PACKAGES:-}" ] || stage packages ./scripts/package-test.sh
fi
echo "test: all passed in $(($(date +%s) - started)) s:$timings"
