#!/bin/sh
# Configures and builds everything (apps, engine, tools, tests) into build/.
# Arguments go to the CMake configure step, e.g. -DNOVBE_WERROR=ON.
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${NOVBE_BUILD_DIR:-build}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Paths below the checkout are hashed relative to it, so clones in other
# folders (CI) reuse the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(pwd)}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-12G}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"
