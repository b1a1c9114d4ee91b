#!/usr/bin/env bash
# Runs inside `dbus-run-session` (see scripts/dev.sh test): starts an unlocked gnome-keyring as the
# Secret Service in a throw-away HOME, then runs the whole CTest suite headless.
set -euo pipefail
build_dir=${1:-build}

HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
eval "$(printf 'kratos-desk-tests' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL QT_QPA_PLATFORM=offscreen

cd "$build_dir"
ctest --output-on-failure --parallel 2 --timeout 900
