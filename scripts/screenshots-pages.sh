#!/usr/bin/env bash
# Runs the citizen pages' browser test (real headless chromium) and keeps its
# phone-sized screenshots: docs/screenshots/track-<state>-<lang>.png,
# book-<lang>.png, book-done-<lang>.png.
# Usage: scripts/screenshots-pages.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
bin="$build/tests/integration/engine/test_http_browser"
out="$root/docs/screenshots"
if [[ ! -x "$bin" ]]; then
    echo "no $bin: build it first (cmake --build $build --target test_http_browser)" >&2
    exit 1
fi
mkdir -p "$out"
NOVBE_SCREENSHOT_DIR="$out" "$bin"
ls "$out"/track-*.png "$out"/book-*.png
