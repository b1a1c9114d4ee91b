#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# kratos-sim with 100,000 identities pages through every one of them, following Link headers:
# 200 pages of 500, ids strictly ascending, no duplicates, rel="first" on every page, no rel="next"
# on the last.
set -euo pipefail
sim=$1
count=${2:-100000}
log=$(mktemp)
"$sim" --port 0 --public-port 0 --identities "$count" --messages 0 >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    grep -q 'admin http' "$log" && break
    kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.2
done
admin=$(grep -o 'admin http://[^ ]*' "$log" | cut -d' ' -f2)
python3 - "$admin" "$count" <<'PY'
import json, re, sys, urllib.request
base, expected = sys.argv[1], int(sys.argv[2])
url, seen, pages, last = "/admin/identities?page_size=500", 0, 0, ""
ids = set()
while url:
    with urllib.request.urlopen(base + url, timeout=60) as r:
        items = json.loads(r.read())
        link = r.headers.get("Link", "")
    pages += 1
    assert 'rel="first"' in link, link
    page_ids = [i["id"] for i in items]
    assert page_ids == sorted(page_ids) and (not last or page_ids[0] > last), "not ascending"
    ids.update(page_ids)
    seen += len(items)
    last = page_ids[-1] if page_ids else last
    m = re.search(r'<([^>]*)>; rel="next"', link)
    url = m.group(1) if m else None
assert seen == expected == len(ids), (seen, len(ids), expected)
print(f"{seen} identities in {pages} pages, ids ascending and unique")
PY
