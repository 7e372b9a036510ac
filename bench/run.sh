#!/bin/sh
# run.sh BUILD - all benchmarks; each prints a markdown block for RESULTS.md
set -eu
build=${1:-build}
sh bench/bench_parse.sh "$build"
sh bench/bench_brief.sh "$build"
command -v wrk >/dev/null && sh bench/bench_serve.sh "$build" || echo "(bench_serve: wrk not installed)"
sh bench/bench_summary.sh
[ -f bench/bench_scale.sh ] && sh bench/bench_scale.sh || true
