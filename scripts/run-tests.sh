#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside `dbus-run-session` (see scripts/dev.sh test): starts an unlocked gnome-keyring as the
# Secret Service in a throw-away HOME, then runs the whole CTest suite headless.
#   run-tests.sh BUILD_DIR               the whole suite
#   run-tests.sh BUILD_DIR sanitizers    the sanitizer build: every test but the slow ones and the
#                                        Prism contract (they run in the plain build), the canary
#                                        and each fuzz target
set -euo pipefail
build_dir=${1:-build}
mode=${2:-plain}

HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
eval "$(printf 'kratos-desk-tests' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL QT_QPA_PLATFORM=offscreen

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$build_dir"
if [ "$mode" = sanitizers ]; then
    # shellcheck source=../tests/sanitizer/env.sh
    source "$here/tests/sanitizer/env.sh"
    ctest --output-on-failure --parallel 2 --timeout 900 -LE "slow|bench-smoke|contract"
else
    ctest --output-on-failure --parallel 2 --timeout 900
fi
