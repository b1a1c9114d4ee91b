#!/usr/bin/env bash
# Kratos Desk's two entry points on Debian 12 (as root or with sudo):
#   bash scripts/dev.sh demo   install what is missing, build, open the app on the built-in simulator
#   bash scripts/dev.sh test   install what is missing, build (warnings fatal), check formatting,
#                              run every test headless with a real Secret Service
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-qpa-plugins qtkeychain-qt6-dev libvalijson-dev libre2-dev libgl-dev zlib1g-dev
    clang-format
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    json-schema-test-suite python3 python3-jsonpatch curl fonts-dejavu-core
)
BUILD_DIR=${KD_BUILD_DIR:-build}

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "== installing: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKD_WERROR="$1"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

format_check() {
    echo "== clang-format check"
    git ls-files -- '*.cpp' '*.h' | xargs clang-format --dry-run -Werror
}

case "${1:-}" in
demo)
    install_missing
    build OFF
    exec "$BUILD_DIR/app/kratos-desk" --demo
    ;;
test)
    install_missing
    build ON
    format_check
    exec dbus-run-session -- bash scripts/run-tests.sh "$BUILD_DIR"
    ;;
*)
    echo "usage: bash scripts/dev.sh demo|test" >&2
    exit 2
    ;;
esac
