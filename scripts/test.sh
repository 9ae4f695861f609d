#!/bin/sh
# README command 2: install what is missing, build, run every test (ctest).
set -eu
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh -DNOVBE_WERROR=ON   # a warning fails the build here and in CI
BUILD_DIR=${NOVBE_BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" --timeout 900 "$@"
# The Debian packages built, installed into a throwaway root and run
# (docs/operations.md). Skipped when ctest was given a selection of tests.
if [ $# -eq 0 ] && [ -z "${NOVBE_SKIP_PACKAGES:-}" ]; then
    ./scripts/package-test.sh
fi
