#!/bin/sh
# README command 2: install what is missing, build, run every test (ctest).
set -eu
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh -DNOVBE_WERROR=ON   # a warning fails the build here and in CI
BUILD_DIR=${NOVBE_BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" --timeout 900 "$@"
