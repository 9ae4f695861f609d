#!/bin/sh
# Installs the Debian 12 packages Növbə needs to build, test and run, and
# only those that are missing. Runs apt-get as root, or through sudo.
# Why each package is here: docs/install.md.
set -eu

# Toolchain.
BUILD="build-essential cmake ninja-build pkg-config ccache git"
# Qt 6.4: Core/Network/Sql/Widgets/Test (+ the offscreen and xcb platform
# plugins), SerialPort, LinguistTools (lrelease/lupdate), TextToSpeech,
# Multimedia, Charts (the dashboard's charts); the SQLite driver for Qt SQL. qt6-declarative-dev provides
# Qt6QmlIntegration, which Qt6TextToSpeech's CMake package requires;
# libxkbcommon-dev provides XKB, which Qt6Gui's CMake package looks for.
QT="qt6-base-dev libqt6sql6-sqlite qt6-serialport-dev qt6-tools-dev
qt6-speech-dev qt6-declarative-dev qt6-multimedia-dev libxkbcommon-dev
qt6-charts-dev"
# Other libraries: tests, SQLite store, QR codes on tickets.
LIBS="catch2 libsqlite3-dev libqrencode-dev"
# HQ (docs/hq.md): novbe-uplink ships each centre's journal to HQ's
# PostgreSQL through libpq (libpq-dev); the HQ tests and the HQ bench start a
# private PostgreSQL 15 server (initdb, postgres) from postgresql-15.
HQ="libpq-dev postgresql-15"
# Programs and data the tests use: zbarimg reads back ticket QR codes,
# espeak-ng renders announcements, DejaVu fonts, the Asia/Baku time zone,
# chattr (e2fsprogs) for the read-only store test, clang-format for the
# style check, chromium (headless) to load the engine's citizen pages
# (/t/{id}, /book) in a real browser and take their screenshots;
# poppler-utils (pdftoppm, pdftotext) turns the dashboard's PDF report
# into PNG and text for its test; openssl makes the centre CA and engine
# certificates of the TLS test.
TEST="zbar-tools espeak-ng fonts-dejavu-core tzdata e2fsprogs clang-format chromium
poppler-utils openssl"
# Fuzzing (scripts/fuzz.sh): clang builds the libFuzzer targets, whose
# runtime (libFuzzer, ASan, UBSan for clang) is libclang-rt-14-dev. The
# gcc ASan+UBSan build (scripts/test-sanitizers.sh) needs nothing more
# (libasan8 and libubsan1 come with build-essential).
FUZZ="clang libclang-rt-14-dev"
# Hall display voice and sound at run time: Qt speech through
# speech-dispatcher, and aplay when Qt Multimedia has no audio device.
RUN="qt6-speech-speechd-plugin speech-dispatcher-espeak-ng alsa-utils"

# Package tests (scripts/package-test.sh, docs/operations.md): lintian checks
# the .deb files, debootstrap makes the throwaway Debian 12 root they are
# installed into (cpack, dpkg-shlibdeps and systemd-analyze come with cmake,
# dpkg-dev and systemd).
PACKAGING="debootstrap lintian dpkg-dev systemd"

PACKAGES="$BUILD $QT $LIBS $HQ $TEST $FUZZ $RUN $PACKAGING"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "deps: all $(echo "$PACKAGES" | wc -w) packages present"
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
# sudo resets the environment: pass DEBIAN_FRONTEND on the command line.
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
