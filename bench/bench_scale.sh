#!/bin/sh
# bench_scale.sh [--no-1m] [BUILD] - how chorus parse, dedup and cluster scale
# with the number of articles (10k, 100k, 1M synthetic articles from
# bench/gen_corpus.py), next to two peers on the same files: datasketch
# MinHashLSH (dedup) and scikit-learn TF-IDF + average link (clustering).
# Prints a markdown section for bench/RESULTS.md on stdout; progress on stderr.
#
# Environment:
#   SIZES          article counts (default "10000 100000 1000000"; --no-1m drops 1M)
#   SEED           generator seed (default 1)
#   CACHE          corpora and outputs (default /tmp/chorus-bench)
#   DATASKETCH     datasketch checkout (default /tmp/datasketch); no checkout: peer skipped
#   PY             Python with numpy, scipy, scikit-learn (default /usr/bin/python3)
#   DS_MAX         largest N for datasketch (default 100000: ~45 KB of Python objects
#                  per article, so 1M would need ~45 GiB)
#   SK_MAX         largest N for scikit-learn average link (default 10000: the dense
#                  n x n distance matrix is 8 n^2 bytes, 80 GB at 100k)
#   CLUSTER_LIMIT  seconds before a chorus cluster run is stopped (default 900)
#   MEM_LIMIT_KB   address-space limit for every timed step (default 20 GiB)
#   EVAL_DEDUP_MAX largest N scored with `chorus eval dedup` (default 1000000;
#                  3 s at 1M since eval dedup stopped comparing all pairs of articles)
#   REPORT_ONLY=1  run nothing: print the report of the last run from $CACHE/out
# Every tool runs one at a time. chorus parse and dedup and both peers use one
# core; chorus cluster runs twice: with its default threads (one per CPU) and
# with --threads 1.
set -eu
big=1
if [ "${1:-}" = "--no-1m" ]; then big=0; shift; fi
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
PY=${PY:-/usr/bin/python3}
SEED=${SEED:-1}
CACHE=${CACHE:-/tmp/chorus-bench}
DATASKETCH=${DATASKETCH:-/tmp/datasketch}
DS_MAX=${DS_MAX:-100000}
SK_MAX=${SK_MAX:-10000}
CLUSTER_LIMIT=${CLUSTER_LIMIT:-900}
MEM_LIMIT_KB=${MEM_LIMIT_KB:-20971520}
EVAL_DEDUP_MAX=${EVAL_DEDUP_MAX:-1000000}
REPORT_ONLY=${REPORT_ONLY:-0}
SIZES=${SIZES:-10000 100000 1000000}
if [ $big = 0 ]; then SIZES=$(for n in $SIZES; do if [ "$n" -lt 1000000 ]; then echo "$n"; fi; done); fi

mkdir -p "$CACHE/out"
res=$CACHE/out/results.tsv   # N tool stage seconds rss_kb status output
meta=$CACHE/out/meta         # what the report needs to know about the run
log() { echo "bench_scale: $*" >&2; }
cd "$root"
bin=$CACHE/chorus.bin

if [ "$REPORT_ONLY" = 1 ]; then
  [ -s "$meta" ] && [ -s "$res" ] || { log "no earlier run in $CACHE/out"; exit 1; }
  . "$meta"
else
ncpu=$(nproc)
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1   # peers on one core too
: > "$res"

# the binary under test, copied so that a rebuild during the run cannot swap it
[ -x "$build/chorus" ] || { log "no $build/chorus (run make)"; exit 1; }
cp "$build/chorus" "$bin"
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$root" status --porcelain -- src include 2>/dev/null | head -1)
[ -n "$dirty" ] && commit="$commit+local changes"

# time_step N TOOL STAGE OUTFILE CMD... : run CMD under /usr/bin/time (stdout to
# OUTFILE), record seconds and peak RSS; a failure is recorded, not fatal
time_step() {
  n=$1 tool=$2 stage=$3 outf=$4; shift 4
  log "N=$n $tool $stage: $*"
  tf=$CACHE/out/time.$$
  set +e
  ( ulimit -v "$MEM_LIMIT_KB"; exec /usr/bin/time -f '%e %M' -o "$tf" "$@" ) > "$outf" 2> "$CACHE/out/$tool-$stage-$n.err"
  rc=$?
  set -e
  t=$(tail -1 "$tf" | cut -d' ' -f1); rss=$(tail -1 "$tf" | cut -d' ' -f2)
  case "$t" in ''|*[!0-9.]*) t=NA; rss=NA ;; esac
  status=ok
  if [ $rc = 124 ]; then status="stopped after ${CLUSTER_LIMIT} s"
  elif [ $rc != 0 ] && [ $rc != 3 ]; then status="exit $rc: $(grep -v '^Command' "$CACHE/out/$tool-$stage-$n.err" | tail -1 | cut -c1-120)"
  fi
  rm -f "$tf"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t' "$n" "$tool" "$stage" "$t" "$rss" "$status" >> "$res"
}
note() { printf '%s\n' "$1" >> "$res"; }   # the output column of the last step
skip() { printf '%s\t%s\t%s\tNA\tNA\t%s\t\n' "$1" "$2" "$3" "$4" >> "$res"; }

# base articles: the parsed example corpus
base=$CACHE/base.jsonl
"$bin" parse -q examples/corpus > "$base"
gen_sum=$(cat "$here/gen_corpus.py" "$base" | md5sum | cut -c1-8)

ds_ok=0
if [ -d "$DATASKETCH/datasketch" ] && PYTHONPATH="$DATASKETCH" "$PY" -c 'import datasketch' 2>/dev/null; then ds_ok=1; fi
sk_ok=0
"$PY" -c 'import sklearn, scipy, numpy' 2>/dev/null && sk_ok=1

for n in $SIZES; do
  f=$CACHE/corpus-$n-s$SEED-$gen_sum.jsonl
  g=$CACHE/corpus-$n-s$SEED-$gen_sum.gold.jsonl
  if [ ! -s "$f" ] || [ ! -s "$g" ]; then
    time_step "$n" gen_corpus.py generate /dev/null "$PY" bench/gen_corpus.py --base "$base" -n "$n" --seed "$SEED" --out "$f" --gold "$g"
    note "$(du -m "$f" | cut -f1) MB"
    tail -1 "$res" > "$f.gen"
  elif [ -s "$f.gen" ]; then
    sed 's/\t\([^\t]*\)$/\t\1 (cached from an earlier run)/' "$f.gen" >> "$res"
  fi
  mb=$(du -m "$f" | cut -f1)
  time_step "$n" chorus parse /dev/null "$bin" parse -q "$f"
  note "$mb MB of JSONL read"
  time_step "$n" chorus dedup "$CACHE/out/dedup-$n.jsonl" "$bin" dedup -q --no-translations "$f"
  note "$(wc -l < "$CACHE/out/dedup-$n.jsonl") pairs"
  time_step "$n" chorus cluster "$CACHE/out/cluster-$n.jsonl" timeout "$CLUSTER_LIMIT" "$bin" cluster -q "$f"
  note "$(cut -d'"' -f8 "$CACHE/out/cluster-$n.jsonl" | sort -u | wc -l) events, $ncpu threads"
  # the same on one core (the events must not change)
  time_step "$n" chorus "cluster (1 thread)" "$CACHE/out/cluster1-$n.jsonl" timeout "$CLUSTER_LIMIT" "$bin" cluster -q --threads 1 "$f"
  if cmp -s "$CACHE/out/cluster-$n.jsonl" "$CACHE/out/cluster1-$n.jsonl"; then note "the same events as with $ncpu threads"
  else note "events DIFFER from the $ncpu-thread run"; fi
  if [ $ds_ok = 1 ] && [ "$n" -le "$DS_MAX" ]; then
    time_step "$n" datasketch dedup "$CACHE/out/ds-$n.json" env PYTHONPATH="$DATASKETCH" "$PY" bench/peer_datasketch.py "$f" --pairs "$CACHE/out/ds-pairs-$n.jsonl"
    note "$(wc -l < "$CACHE/out/ds-pairs-$n.jsonl") pairs"
  elif [ $ds_ok = 1 ]; then
    skip "$n" datasketch dedup "not run: above DS_MAX=$DS_MAX (memory, see notes)"
  else
    skip "$n" datasketch dedup "not run: no datasketch checkout at $DATASKETCH"
  fi
  if [ $sk_ok = 1 ] && [ "$n" -le "$SK_MAX" ]; then
    time_step "$n" scikit-learn cluster "$CACHE/out/sk-$n.jsonl" "$PY" bench/peer_sklearn.py "$f" --eval --threshold 0.8
    note "$(cut -d'"' -f8 "$CACHE/out/sk-$n.jsonl" | sort -u | wc -l) events"
  elif [ $sk_ok = 1 ]; then
    skip "$n" scikit-learn cluster "not run: O(n^2) memory ($(awk -v n="$n" 'BEGIN {printf "%.0f", 8*n*n/1e9}') GB distance matrix)"
  else
    skip "$n" scikit-learn cluster "not run: no scikit-learn"
  fi
  # quality on the synthetic gold (not timed)
  q=$CACHE/out/quality-$n.txt
  : > "$q"
  for p in "chorus cluster:cluster:$CACHE/out/cluster-$n.jsonl" "scikit-learn cluster:cluster:$CACHE/out/sk-$n.jsonl" \
           "chorus dedup:dedup:$CACHE/out/dedup-$n.jsonl" "datasketch dedup:dedup:$CACHE/out/ds-pairs-$n.jsonl"; do
    name=${p%%:*}; rest=${p#*:}; kind=${rest%%:*}; pf=${rest#*:}
    [ -s "$pf" ] || continue
    [ "$kind" = cluster ] && [ -n "$(grep -c . "$pf" | grep -v "^$n\$")" ] && continue  # partial output
    if [ "$kind" = dedup ] && [ "$n" -gt "$EVAL_DEDUP_MAX" ]; then
      echo "| $n | $name | not scored: \`chorus eval dedup\` compares all pairs of gold articles, O(n^2) | $(grep -c . "$pf") pairs |" >> "$q"
      continue
    fi
    "$bin" eval "$kind" "$g" "$pf" > "$q.tmp" 2>/dev/null || continue
    if [ "$kind" = cluster ]; then
      awk -v n="$n" -v t="$name" '{v[$1]=$2} END {printf "| %s | %s | BCubed P %.3f R %.3f F1 %.3f | %d events (gold %d) |\n", n, t, v["bcubed_precision"], v["bcubed_recall"], v["bcubed_f1"], v["pred_events"], v["gold_events"]}' "$q.tmp" >> "$q"
    else
      awk -v n="$n" -v t="$name" '{v[$1]=$2} END {printf "| %s | %s | wire-copy pairs P %.3f R %.3f F1 %.3f | %d pairs (gold %d) |\n", n, t, v["pair_precision"], v["pair_recall"], v["pair_f1"], v["pred_pairs"], v["gold_pairs"]}' "$q.tmp" >> "$q"
    fi
  done
  rm -f "$q.tmp"
done
cat > "$meta" <<EOF
ncpu='$ncpu'; commit='$commit'; build='$build'; SIZES='$SIZES'; gen_sum='$gen_sum'; base='$base'
day='$(date -u +%Y-%m-%d)'; ds_ok=$ds_ok; kernel='$(uname -sr)'
EOF
. "$meta"
fi

# ----- report -----
ds_rev=$( [ $ds_ok = 1 ] && git -C "$DATASKETCH" log -1 --format='%h %cs' 2>/dev/null || echo "-")
ds_ver=$( [ $ds_ok = 1 ] && sed -n 's/^version = "\(.*\)"/\1/p' "$DATASKETCH/pyproject.toml" 2>/dev/null || echo "-")
sk_ver=$("$PY" -c 'import sklearn, numpy, scipy; print("scikit-learn %s, numpy %s, scipy %s" % (sklearn.__version__, numpy.__version__, scipy.__version__))' 2>/dev/null || echo "-")
echo "### scale: parse, dedup, cluster at 10k-1M articles, with peers"
echo
echo "- machine: $ncpu cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $kernel, $day"
echo "- chorus $commit ($build/chorus, copied to $bin for the run): parse and dedup on one core; cluster with its default threads (one per CPU: reading and feature extraction overlap, the candidate pass is split) and again with \`--threads 1\`; peers single-process: datasketch $ds_ver ($ds_rev) and $sk_ver on $("$PY" --version 2>&1)"
echo "- corpus: \`$PY bench/gen_corpus.py --base BASE -n N --seed $SEED --out FILE --gold GOLD\`, BASE = \`chorus parse -q examples/corpus\` (51 articles, en/es/de/fr/it); synthetic events of 2-30 articles over ~2 years, ~10% wire copies, ~300 words per article (see the generator's doc). Files are cached in $CACHE."
echo "- seconds and peak RSS: \`/usr/bin/time -f '%e %M'\` around the whole process (reading the JSONL included); articles/s = N / seconds"
echo
echo "| N | tool | stage | seconds | articles/s | peak RSS MiB | output |"
echo "|---:|---|---|---:|---:|---:|---|"
awk -F'\t' '{
  n=$1; t=$4; r=$5
  aps = (t == "NA" || t+0 == 0) ? "-" : sprintf("%.0f", n / t)
  mib = (r == "NA") ? "-" : sprintf("%.0f", r / 1024)
  sec = (t == "NA") ? "-" : t
  out = $7; if ($6 != "ok") out = (out == "" ? $6 : $6 "; " out)
  if ($6 != "ok") { aps = ($6 ~ /^not run/) ? "-" : aps }
  printf "| %s | %s | %s | %s | %s | %s | %s |\n", n, $2, $3, sec, aps, mib, out
}' "$res"
echo
echo "Dedup speed ratio (chorus dedup articles/s over datasketch articles/s, same file, same 3-gram shingles, 128 permutations, 64 bands x 2 rows, containment >= 0.3 verification):"
echo
awk -F'\t' '$3 == "dedup" && $6 == "ok" { s[$1 "," $2] = $4; ns[$1] = 1 }
  END { for (n in ns) if ((n ",chorus") in s && (n ",datasketch") in s)
          printf "- N = %s: chorus %.1f s, datasketch %.1f s: **%.1fx**\n", n, s[n ",chorus"], s[n ",datasketch"], s[n ",datasketch"] / s[n ",chorus"] }' "$res" | sort -t= -k2 -n
echo
echo "Growth (articles/s at each N; flat = linear time):"
echo
hdr="| tool, stage |"; sep="|---|"
for n in $SIZES; do hdr="$hdr $n |"; sep="$sep---:|"; done
echo "$hdr"; echo "$sep"
for ts in "chorus parse" "chorus dedup" "chorus cluster" "chorus cluster (1 thread)" "datasketch dedup" "scikit-learn cluster"; do
  row="| $ts |"
  for n in $SIZES; do
    v=$(awk -F'\t' -v n="$n" -v ts="$ts" '$1 == n && ($2 " " $3) == ts { if ($6 == "ok" && $4 + 0 > 0) printf "%.0f", n / $4; else print "-" }' "$res")
    row="$row ${v:--} |"
  done
  echo "$row"
done
echo
echo "Notes:"
echo
awk -F'\t' '$2 == "datasketch" && $6 == "ok" { n = $1; r = $5 } END { if (n) printf "- datasketch keeps ~%.0f KB of Python objects per article (MinHash, 64 band keys, LSH tables, shingle sets for verification): %.1f GiB at N = %d, so ~%.0f GiB at 1M; it runs up to DS_MAX = '"$DS_MAX"'.\n", r / n, r / 1048576, n, r / n * 1e6 / 1048576 }' "$res"
echo "- scikit-learn average link needs the n x n distance matrix (8 n^2 bytes: 0.8 GB at 10k, 80 GB at 100k) and O(n^2) time or worse; it runs up to SK_MAX = $SK_MAX."
awk -F'\t' '$2 == "chorus" && $3 == "parse" && $6 == "ok" { if ($5 > m) m = $5 } END { if (m) printf "- chorus parse streams: peak RSS %.0f MiB at every N\n", m / 1024 }' "$res"
for st in dedup cluster; do
  awk -F'\t' -v st="$st" '$2 == "chorus" && $3 == st && $6 == "ok" { l = l sep sprintf("%.1f KB at %d", $5 / $1, $1); sep = ", " } END { if (l != "") print "- chorus " st " peak RSS per article: " l }' "$res"
done
awk -F'\t' '$2 == "chorus" && $3 == "cluster" && $6 ~ /^stopped/ { printf "- chorus cluster at N = %d was stopped after %s s (CLUSTER_LIMIT)\n", $1, "'"$CLUSTER_LIMIT"'" }' "$res"
echo
echo "Quality on the synthetic gold (a sanity check of the outputs, not a quality benchmark: the text is synthetic):"
echo
echo "| N | tool | score | output |"
echo "|---:|---|---|---|"
for n in $SIZES; do cat "$CACHE/out/quality-$n.txt" 2>/dev/null || true; done
echo
echo "Commands (FILE = $CACHE/corpus-N-s$SEED-$gen_sum.jsonl; outputs in $CACHE/out/):"
echo
echo '```'
echo "$PY bench/gen_corpus.py --base $base -n N --seed $SEED --out FILE --gold GOLD"
echo "/usr/bin/time -f '%e %M' $build/chorus parse -q FILE > /dev/null"
echo "/usr/bin/time -f '%e %M' $build/chorus dedup -q --no-translations FILE > dedup-N.jsonl"
echo "/usr/bin/time -f '%e %M' timeout $CLUSTER_LIMIT $build/chorus cluster -q FILE > cluster-N.jsonl"
echo "/usr/bin/time -f '%e %M' timeout $CLUSTER_LIMIT $build/chorus cluster -q --threads 1 FILE > cluster1-N.jsonl; cmp cluster-N.jsonl cluster1-N.jsonl"
echo "/usr/bin/time -f '%e %M' env PYTHONPATH=$DATASKETCH $PY bench/peer_datasketch.py FILE --pairs ds-pairs-N.jsonl"
echo "/usr/bin/time -f '%e %M' $PY bench/peer_sklearn.py FILE --eval --threshold 0.8 > sk-N.jsonl"
echo "$build/chorus eval cluster GOLD cluster-N.jsonl; $build/chorus eval dedup GOLD dedup-N.jsonl"
echo '```'
