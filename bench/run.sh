#!/bin/sh
# run.sh BUILD - all benchmarks; each prints a markdown block for RESULTS.md
set -eu
build=${1:-build}
sh bench/bench_parse.sh "$build"
