#!/bin/sh
# Prints the path of a Debian 12 root in which the packages in
# $NOVBE_PACKAGES (a folder of .deb files) install with dpkg alone: debootstrap
# minbase, systemd (for systemd-analyze verify) and every Depends: of the
# packages. Made once per set of dependencies and cached under
# ~/.cache/novbe/roots (a few minutes and ~600 MB the first time; then free).
set -eu
PACKAGES=${NOVBE_PACKAGES:?folder of .deb files}
CACHE=${NOVBE_CACHE:-$HOME/.cache/novbe}
MIRROR=${NOVBE_DEBIAN_MIRROR:-http://deb.debian.org/debian}

# Dependencies of our packages, without versions; the first of alternatives.
deps=$(for deb in "$PACKAGES"/*.deb; do dpkg-deb -f "$deb" Depends; done |
    tr ',' '\n' | sed -e 's/|.*//' -e 's/(.*)//' -e 's/[[:space:]]//g' |
    grep -v '^novbe-' | grep -v '^$' | sort -u | tr '\n' ' ')
extra="systemd dbus"
key=$(echo "bookworm $deps $extra" | sha256sum | cut -c1-16)
root=$CACHE/roots/$key
if [ -f "$root/.novbe-ready" ]; then
    echo "$root"
    exit 0
fi

mkdir -p "$CACHE/roots" "$CACHE/debootstrap-debs"
tmp=$CACHE/roots/.new-$key
rm -rf "$tmp"
echo "package-root: making a Debian 12 root for: $deps" >&2
debootstrap --variant=minbase --cache-dir="$CACHE/debootstrap-debs" bookworm "$tmp" "$MIRROR" \
    >"$CACHE/roots/debootstrap.log" 2>&1 ||
    { tail -20 "$CACHE/roots/debootstrap.log" >&2; exit 1; }
cp /etc/resolv.conf "$tmp/etc/resolv.conf"
mount -t proc proc "$tmp/proc"
trap 'umount "$tmp/proc" 2>/dev/null || true' EXIT
# shellcheck disable=SC2086
chroot "$tmp" sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends $deps $extra && apt-get clean" >&2
umount "$tmp/proc"
trap - EXIT
touch "$tmp/.novbe-ready"
# Older roots (other dependency sets) go.
find "$CACHE/roots" -mindepth 1 -maxdepth 1 -type d ! -name "$key" ! -name ".new-$key" \
    -exec rm -rf {} +
mv "$tmp" "$root"
echo "$root"
