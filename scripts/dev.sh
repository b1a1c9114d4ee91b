#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kratos Desk's two entry points on Debian 12 (as root or with sudo):
#   bash scripts/dev.sh demo   install what is missing, build, open the app on the built-in simulator
#   bash scripts/dev.sh test   install what is missing, build (warnings fatal), check formatting,
#                              run every test headless with a real Secret Service, then build with
#                              clang + ASan/UBSan + libFuzzer and run the suite, the fuzzers and a
#                              scripted kratos-sim/kratos-desk session in that build
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-qpa-plugins qtkeychain-qt6-dev libvalijson-dev libre2-dev libicu-dev libgl-dev libzstd-dev qt6-charts-dev libqt6opengl6-dev
    clang-format clang libclang-rt-14-dev llvm
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    json-schema-test-suite python3 python3-jsonpatch curl fonts-dejavu-core fonts-urw-base35
    rsyslog rsyslog-gnutls lintian dpkg-dev file qt6-l10n-tools qt6-translations-l10n
)
# Only for the demo: glyphs for the demo's Japanese and Chinese names.
DEMO_PACKAGES=(fonts-noto-cjk)
BUILD_DIR=${KD_BUILD_DIR:-build}
SANITIZE_DIR=${KD_SANITIZE_DIR:-build-sanitize}
PRISM_VERSION=5.16.0
PRISM_DIR=${KD_PRISM_DIR:-.cache/prism-$PRISM_VERSION}

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "== installing: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Stoplight Prism from npm, pinned, for the API contract test. Node may come from outside Debian's
# packages, so npm is looked for first and only installed from Debian when it is missing.
install_prism() {
    if ! command -v npm >/dev/null; then
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -q
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends npm
    fi
    if [ ! -x "$PRISM_DIR/node_modules/.bin/prism" ]; then
        mkdir -p "$PRISM_DIR"
        npm install --prefix "$PRISM_DIR" --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@$PRISM_VERSION"
    fi
    KD_PRISM="$(cd "$PRISM_DIR" && pwd)/node_modules/.bin/prism"
    export KD_PRISM KD_REQUIRE_PRISM=1
}

build() {
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKD_WERROR="$1"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

# One clang tree serves the sanitizer run and the fuzzers: everything with ASan + UBSan and
# libFuzzer's coverage hooks, the fuzz targets linked with libFuzzer's main().
build_sanitized() {
    CXX=clang++ cmake -S . -B "$SANITIZE_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g1 -O1" \
        -DKD_FUZZ=ON -DKD_BUILD_BENCH=OFF -DKD_WERROR=ON
    cmake --build "$SANITIZE_DIR" --parallel "$(nproc)"
}

# timed LABEL COMMAND...: runs the command and says how long it took.
timed() {
    local label=$1 start=$SECONDS
    shift
    "$@"
    echo "== $label: $((SECONDS - start)) s"
}

format_check() {
    echo "== clang-format check"
    git ls-files -- '*.cpp' '*.h' | xargs clang-format --dry-run -Werror
}

case "${1:-}" in
demo)
    install_missing "${DEMO_PACKAGES[@]}"
    build OFF
    exec "$BUILD_DIR/app/kratos-desk" --demo
    ;;
test)
    timed "install" install_missing
    timed "install Prism" install_prism
    timed "build (gcc, Release)" build ON
    timed "format check" format_check
    timed "tests" dbus-run-session -- bash scripts/run-tests.sh "$BUILD_DIR"
    timed "build (clang, ASan+UBSan, libFuzzer)" build_sanitized
    timed "tests, canary and fuzzers under the sanitizers" \
        dbus-run-session -- bash scripts/run-tests.sh "$SANITIZE_DIR" sanitizers
    timed "sanitized kratos-sim and kratos-desk session" bash scripts/sanitizer-session.sh "$SANITIZE_DIR"
    ;;
*)
    echo "usage: bash scripts/dev.sh demo|test" >&2
    exit 2
    ;;
esac
