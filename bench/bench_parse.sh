#!/bin/sh
# bench_parse.sh BUILD - parse throughput (MB/s of input) on the example
# corpus, copied N times so the run is long enough to time. Prints a
# markdown block; input bytes are the corpus files' bytes on disk
# (decompressed size for .gz).
set -eu
build=${1:-build}
N=${N:-200}
work=$(mktemp -d); res=$(mktemp -d)
trap 'rm -rf "$work" "$res"' EXIT
i=0
while [ $i -lt $N ]; do cp -r examples/corpus "$work/c$i"; i=$((i + 1)); done
bytes=$(find examples/corpus -type f ! -name '*.gz' -printf '%s\n' | awk '{s+=$1} END {print s}')
gzbytes=$(for f in $(find examples/corpus -name '*.gz'); do gzip -dc "$f" | wc -c; done | awk '{s+=$1} END {print s+0}')
total=$(( (bytes + gzbytes) * N ))
# one warm-up, then three timed runs; keep the best
"$build/chorus" parse -q "$work" > /dev/null
best=""
for r in 1 2 3; do
  /usr/bin/time -f '%e %M' -o "$res/time" "$build/chorus" parse -q "$work" > "$res/out"
  t=$(cut -d' ' -f1 "$res/time"); rss=$(cut -d' ' -f2 "$res/time")
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; bestrss=$rss; fi
done
arts=$(wc -l < "$res/out")
mbs=$(echo "scale=1; $total / 1000000 / $best" | bc)
aps=$(echo "scale=0; $arts / $best" | bc)
echo "### parse throughput"
echo
echo "- command: \`N=$N sh bench/bench_parse.sh $build\` (chorus parse over $N copies of examples/corpus)"
echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d)"
echo "- input: $(echo "scale=1; $total/1000000" | bc) MB in $arts articles (txt, jsonl, jsonl.gz, html, warc, warc.gz)"
echo "- best of 3: ${best} s, **${mbs} MB/s**, ${aps} articles/s, peak RSS $((bestrss / 1024)) MiB (one core)"
