# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the sanitizer runs (scripts/run-tests.sh BUILD sanitizers, scripts/sanitizer-session.sh).
# Any report ends the process with an error; leaks are reported at exit except those that
# lsan.supp lists (inside fontconfig, D-Bus, GLib/libsecret; each entry says why).
sanitizer_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS="suppressions=$sanitizer_dir/lsan.supp:print_suppressions=0"
if command -v llvm-symbolizer >/dev/null; then
    ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer)
    export ASAN_SYMBOLIZER_PATH
fi
