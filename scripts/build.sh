#!/bin/sh
# Configures and builds everything (apps, engine, tools, tests) into build/.
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${NOVBE_BUILD_DIR:-build}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"
