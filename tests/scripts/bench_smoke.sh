#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark on 2,000 identities: it must finish and report every figure of the performance
# plan as a number. Timings are printed, never asserted.
set -euo pipefail
bench=$1
out=$(mktemp)
"$bench" --identities 2000 --messages 500 --seed 7 >"$out"
python3 - "$out" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))
required = ["first_page_ms", "load_all_s", "load_all_ratio", "ui_stall_max_ms", "rss_per_identity_bytes",
            "search_p50_ms", "search_p99_ms", "bulk_deactivate_1000_s", "bulk_deactivate_ratio",
            "courier_load_all_s", "schema_tree_build_us", "startup_ms", "sessions_load_all_s",
            "ui_stall_sessions_ms", "overview_compute_ms", "overview_refresh_s", "ui_stall_overview_ms",
            "ui_stall_p99_ms", "ui_stall_p99_busy_ms", "ui_stall_max_busy_ms", "sim_seed_s", "sim_peak_rss_bytes",
            "search_typing_p50_ms", "search_typing_p99_ms", "sort_identifier_ms", "sort_created_ms"]
missing = [k for k in required if not isinstance(results.get(k), (int, float))]
if missing:
    sys.exit("missing figures: " + ", ".join(missing))
negative = [k for k in required if results[k] < 0]
if negative:
    sys.exit("not measured: " + ", ".join(negative))
if results.get("identities_loaded") != 2000:
    sys.exit("load-all loaded %s identities, not 2000" % results.get("identities_loaded"))
if results.get("courier_messages_loaded") != 500:
    sys.exit("courier load-all loaded %s messages, not 500" % results.get("courier_messages_loaded"))
if results.get("overview_identities") != 2000:
    sys.exit("the overview counted %s identities, not 2000" % results.get("overview_identities"))
if not results.get("sessions_loaded"):
    sys.exit("the sessions load-all loaded no session")
if results.get("bulk_failed") != 0:
    sys.exit("%s bulk deactivations failed" % results.get("bulk_failed"))
print("bench-smoke: every figure present")
for k in required:
    print("  %-26s %12.3f" % (k, results[k]))
PY
