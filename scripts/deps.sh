#!/bin/sh
# Installs the Debian 12 packages Növbə needs to build, test and run, and
# only those that are missing. Runs apt-get as root, or through sudo.
set -eu

PACKAGES="build-essential cmake ninja-build pkg-config ccache git
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-serialport-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-speech-dev qt6-declarative-dev
qt6-multimedia-dev libgl-dev libxkbcommon-dev
catch2 libsqlite3-dev sqlite3 libqrencode-dev zbar-tools fonts-dejavu-core
espeak-ng speech-dispatcher-espeak-ng socat procps"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "deps: all $(echo $PACKAGES | wc -w) packages present"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "deps: missing packages:$missing" >&2
    echo "deps: run as root or install sudo" >&2
    exit 1
fi

echo "deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
