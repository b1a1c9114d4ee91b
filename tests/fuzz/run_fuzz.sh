#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer target for a bounded time from a copy of its committed seed corpus.
# usage: run_fuzz.sh TARGET SEED_DIR [SECONDS]   (default 30 s; KD_FUZZ_SECONDS overrides)
set -euo pipefail
target=$1
seeds=$2
seconds=${3:-${KD_FUZZ_SECONDS:-30}}
[ -n "$seconds" ] || seconds=30
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$seeds"/. "$work"/ 2>/dev/null || true
# -timeout: one input taking longer is a hang; -rss_limit_mb: more memory is a finding.
exec "$target" "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="${KD_FUZZ_ARTIFACTS:-$PWD}/$(basename "$target")-"
