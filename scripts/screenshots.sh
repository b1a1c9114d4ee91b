#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Pictures for the README: the demo under Xvfb, each page in light and in dark, written into
# docs/screenshots/ (PAGE-light.png, PAGE-dark.png). Uses the build in build/ (or $KD_BUILD_DIR),
# and builds first if there is none. Re-run it after a UI change.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${KD_BUILD_DIR:-build}
out=${1:-docs/screenshots}
for p in xvfb xauth dbus gnome-keyring fonts-noto-cjk; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ -n "${missing[*]:-}" ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if [ ! -x "$build_dir/tests/kd-screenshots" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build "$build_dir" --parallel "$(nproc)" --target kd-screenshots
fi
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A throw-away HOME and keychain: the walk never touches the user's own profiles or tokens.
HOME=$home XDG_RUNTIME_DIR=$home QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    dbus-run-session -- bash -c 'eval "$(printf x | gnome-keyring-daemon --unlock --components=secrets)"; export GNOME_KEYRING_CONTROL; exec "$0" "$1"' \
    "$build_dir/tests/kd-screenshots" "$out"
