#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A short scripted session with the sanitizer build (see scripts/dev.sh test): kratos-sim answers
# the requests that once aborted or overflowed it, then kratos-desk --demo starts, paints and quits;
# last, kratos-desk connects with a marker token from KRATOS_ADMIN_TOKEN and is killed with SIGSEGV:
# the token must not be in its crash output, its command line or its environment as the kernel
# shows them.
# Any AddressSanitizer or UndefinedBehaviorSanitizer report, or a dead simulator, fails it.
set -euo pipefail
dir=$1
# shellcheck source=../tests/sanitizer/env.sh
source "$(dirname "$0")/../tests/sanitizer/env.sh"
log=$(mktemp)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$dir/sim/kratos-sim" --port "$port" --identities 200 --messages 50 --seed 3 2>"$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 100); do
    curl -sf "$base/admin/health/alive" >/dev/null && break
    sleep 0.2
done
json='Content-Type: application/json'
id=$(curl -sf "$base/admin/identities?page_size=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
far=$(printf '{"offset":"9223372036854775807","v":2}' | base64 -w0 | tr '+/' '-_' | tr -d '=')
curl -s -o /dev/null -X POST -H "$json" "$base/admin/identities" -d '{"schema_id":"default","traits":{"email":["a@b.co"]}}'
curl -s -o /dev/null -X PATCH -H "$json" "$base/admin/identities" \
    -d '{"identities":[{"create":{"schema_id":"default","traits":{"email":["a@b.co"]}}}]}'
curl -s -o /dev/null -X POST -H "$json" "$base/admin/recovery/link" \
    -d "{\"identity_id\":\"$id\",\"expires_in\":\"99999999999999999999h\"}"
curl -s -o /dev/null "$base/admin/identities/$id/sessions?page_size=1&page_token=$far"
for path in "/admin/identities?page_size=500" "/admin/sessions?page_size=100&expand=identity" \
    "/admin/courier/messages?page_size=100" "/admin/schemas?page_size=500" "/admin/identities/$id?include_credential=password"; do
    curl -s -o /dev/null -L "$base$path"
done
if ! kill -0 "$pid" 2>/dev/null; then
    cat "$log" >&2
    echo "sanitizer session: kratos-sim died" >&2
    exit 1
fi
if grep -qE "ERROR: (Address|Leak)Sanitizer|runtime error:" "$log"; then
    cat "$log" >&2
    exit 1
fi
echo "sanitizer session: kratos-sim answered every request"
home=$(mktemp -d)
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share QT_QPA_PLATFORM=offscreen \
    KD_STARTUP_PROBE=1 timeout 180 "$dir/app/kratos-desk" --demo
rm -rf "$home"
echo "sanitizer session: kratos-desk --demo started, painted and quit"

marker="ory_pat_CRASHMARKER_${RANDOM}${RANDOM}"
port2=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$dir/sim/kratos-sim" --port "$port2" --identities 20 --messages 0 --token "$marker" 2>/dev/null &
sim2=$!
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port2/admin/health/alive" >/dev/null && break
    sleep 0.2
done
out=$(mktemp)
home=$(mktemp -d)
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share QT_QPA_PLATFORM=offscreen \
    QT_LOGGING_RULES="*=true" KRATOS_ADMIN_TOKEN=$marker \
    "$dir/app/kratos-desk" --admin-url "http://127.0.0.1:$port2" >"$out" 2>&1 &
app=$!
for _ in $(seq 150); do
    grep -q "admin/identities" "$out" && break
    sleep 0.2
done
leak=""
if tr '\0' '\n' <"/proc/$app/cmdline" | grep -qF "$marker"; then leak="command line"; fi
if [ -r "/proc/$app/environ" ]; then
    if tr '\0' '\n' <"/proc/$app/environ" | grep -qF "$marker"; then leak="$leak environment"; fi
else
    echo "sanitizer session: /proc/$app/environ is not readable here (not root); environment not checked"
fi
kill -SEGV "$app"
wait "$app" 2>/dev/null || true
kill "$sim2" 2>/dev/null || true
grep -q "admin/identities" "$out" || { cat "$out" >&2; echo "sanitizer session: kratos-desk never listed identities" >&2; exit 1; }
if grep -qF "$marker" "$out"; then leak="$leak crash-output"; fi
rm -rf "$home" "$out"
if [ -n "$leak" ]; then
    echo "sanitizer session: the token was found in:$leak" >&2
    exit 1
fi
echo "sanitizer session: a crashed kratos-desk left the token in no output, command line or environment"
