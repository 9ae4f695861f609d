#!/bin/sh
# Fails when a tracked C++ file differs from what clang-format (14 or newer)
# makes of it with the repository's .clang-format.
#   tools/check-format.sh            check every tracked *.cpp / *.h
#   tools/check-format.sh FILE...    check these files
#   tools/check-format.sh --list     only name the files that would change
# CLANG_FORMAT picks the binary (default: clang-format).
set -eu
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
list=0
if [ "${1:-}" = "--list" ]; then
    list=1
    shift
fi
if ! command -v "$CLANG_FORMAT" >/dev/null 2>&1; then
    echo "format check: $CLANG_FORMAT not found" >&2
    exit 2
fi
if [ $# -eq 0 ]; then
    set -- $(git ls-files '*.cpp' '*.h')
fi
bad=0
for file in "$@"; do
    if ! "$CLANG_FORMAT" --dry-run --Werror "$file" >/dev/null 2>&1; then
        bad=$((bad + 1))
        if [ $list -eq 1 ]; then
            echo "$file"
        else
            "$CLANG_FORMAT" --dry-run --Werror "$file" 2>&1 | head -20
        fi
    fi
done
if [ $bad -gt 0 ]; then
    echo "format check FAILED: $bad of $# files differ from .clang-format" \
        "(fix: $CLANG_FORMAT -i FILE)" >&2
    exit 1
fi
echo "format check passed: $# files"
