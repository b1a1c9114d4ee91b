#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The translations are complete and current: lupdate over the sources finds no string the .ts
# files lack and none they hold that the sources dropped, and no entry is unfinished.
#   translations_check.sh SOURCE_DIR
set -euo pipefail
src=$(cd "$1" && pwd)
lupdate=$(command -v /usr/lib/qt6/bin/lupdate || command -v lupdate6 || true)
[ -n "$lupdate" ] || { echo "FAIL: lupdate (qt6-l10n-tools) is not installed"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    # English holds only plural forms: the sources are English.
    only=()
    [[ "$name" == *_en.ts ]] && only=(-pluralonly)
    (cd "$src" && "$lupdate" -locations none "${only[@]}" -extensions cpp,h net models ui app -ts "$work/$name") >"$work/log" 2>&1
    cat "$work/log"
    # (With -pluralonly lupdate counts every string as new before it strips the rest: a new
    # plural shows as an unfinished entry in the updated copy instead.)
    if { [ ${#only[@]} -eq 0 ] && ! grep -qE "Found [0-9]+ source text\(s\) \(0 new and" "$work/log"; } ||
        grep -q 'type="unfinished"' "$work/$name"; then
        echo "FAIL: $name lacks strings the sources have; run lupdate and translate them"
        status=1
    fi
    vanished=$(grep -cE 'type="(vanished|obsolete)"' "$work/$name" || true)
    if [ "$vanished" -gt 0 ]; then
        echo "FAIL: $name holds $vanished strings the sources no longer have; run lupdate -no-obsolete"
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "FAIL: $name has $unfinished unfinished entries"
        grep -B3 'type="unfinished"' "$ts" | grep "<source>" | head -20
        status=1
    fi
    echo "== $name: $(grep -c '<message' "$ts") messages, $unfinished unfinished, $vanished vanished"
done
[ "$status" -eq 0 ] && echo "translations check passed"
exit "$status"
