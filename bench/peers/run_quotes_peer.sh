#!/bin/sh
# run_quotes_peer.sh — measure `chorus quotes` and the npm library `compromise`
# (peer, via compromise_quotes.mjs) on the same texts with the same scorer,
# `chorus eval quotes`, against the hand-labelled seeds, dev and ECB+ gold
# (the ECB+ gold covers 40 articles; both tools read just those) and the
# MultiLing 2011 WikiNews gold (all 30 articles; held out until 2026-12-03),
# the second ECB+ gold (40 other articles; held out, never read for errors),
# and the project's own challenge and held-out sets (tests/gold/challenge, heldout).
#
# Usage (from anywhere):  bench/peers/run_quotes_peer.sh
#   PEER_DIR  npm project for compromise (default /tmp/peer-compromise; npm
#             installs there, never into the repo)
#   OUT       where predictions and scores go (default /tmp/quotes-peer-out)
#   COMPROMISE_VERSION  npm spec (default compromise@14)
#   SEEDS / DEV / ECB   inputs (default /work/shared/seeds, /work/shared/corpus/dev.jsonl,
#                       /work/shared/corpus/ecbplus.jsonl)
# Prints a markdown table (the one in bench/peers/README.md) on stdout.
# Needs node >= 18, npm, python3. Runs under nice; single-threaded throughout.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PEER_DIR=${PEER_DIR:-/tmp/peer-compromise}
OUT=${OUT:-/tmp/quotes-peer-out}
SPEC=${COMPROMISE_VERSION:-compromise@14}
SEEDS=${SEEDS:-/work/shared/seeds}
DEV=${DEV:-/work/shared/corpus/dev.jsonl}
ECB=${ECB:-/work/shared/corpus/ecbplus.jsonl}
CHORUS=$ROOT/build/chorus
GOLD=$ROOT/tests/gold

case "$PEER_DIR" in "$ROOT"|"$ROOT"/*) echo "PEER_DIR must be outside the repo" >&2; exit 2;; esac

[ -x "$CHORUS" ] || (cd "$ROOT" && nice make -s)

mkdir -p "$PEER_DIR" "$OUT"
if [ ! -f "$PEER_DIR/node_modules/compromise/package.json" ]; then
    (cd "$PEER_DIR" && { [ -f package.json ] || npm init -y >/dev/null; } \
        && npm install --no-audit --no-fund "$SPEC" >/dev/null)
fi
VERSION=$(node -p "require('$PEER_DIR/node_modules/compromise/package.json').version")

run() {  # tool set input
    case $1 in
        chorus)     nice "$CHORUS" quotes -q "$3" > "$OUT/$1_$2.jsonl" ;;
        compromise) PEER_DIR=$PEER_DIR nice node "$HERE/compromise_quotes.mjs" "$3" > "$OUT/$1_$2.jsonl" 2>/dev/null ;;
    esac
    "$CHORUS" eval quotes "$GOLD/quotes_$2.jsonl" "$OUT/$1_$2.jsonl" --json > "$OUT/$1_$2.score.json"
}
python3 - "$GOLD/quotes_ecbplus.jsonl" "$ECB" "$OUT/ecbplus_in.jsonl" <<'PY'
import json, sys
ids = {json.loads(l)["article"] for l in open(sys.argv[1])}
with open(sys.argv[3], "w") as f:
    for l in open(sys.argv[2]):
        if json.loads(l)["id"] in ids: f.write(l)
PY
python3 - "$GOLD/quotes_ecbplus2.jsonl" "$ECB" "$OUT/ecbplus2_in.jsonl" <<'PY'
import json, sys
ids = {json.loads(l)["article"] for l in open(sys.argv[1])}
with open(sys.argv[3], "w") as f:
    for l in open(sys.argv[2]):
        if json.loads(l)["id"] in ids: f.write(l)
PY
python3 "$ROOT/bench/multiling_prep.py" "$(dirname "$(dirname "$DEV")")" "$OUT/ml" >/dev/null
cp "$OUT/ml/articles.jsonl" "$OUT/multiling_in.jsonl"
for tool in chorus compromise; do
    run $tool seeds "$SEEDS"
    run $tool dev "$DEV"
    run $tool ecbplus "$OUT/ecbplus_in.jsonl"
    run $tool multiling "$OUT/multiling_in.jsonl"
    run $tool challenge "$ROOT/tests/gold/challenge/articles.jsonl"
    run $tool ecbplus2 "$OUT/ecbplus2_in.jsonl"
    run $tool heldout "$ROOT/tests/gold/heldout/articles.jsonl"
done

echo "Date: $(date -u +%Y-%m-%d); chorus $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'); compromise $VERSION; node $(node --version)"
echo
python3 - "$OUT" <<'EOF'
import json, sys
out = sys.argv[1]
print("| gold set | tool | gold | predicted | precision | recall | F1 | text-only recall | speaker accuracy |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
for gs in ("seeds", "dev", "ecbplus", "multiling", "challenge", "ecbplus2", "heldout"):
    for tool in ("chorus", "compromise"):
        s = json.load(open(f"{out}/{tool}_{gs}.score.json"))
        print(f"| {gs} | {tool} | {s['gold']} | {s['predicted']} | {s['precision']:.3f} | {s['recall']:.3f} | "
              f"{s['f1']:.3f} | {s['text_recall']:.3f} | {s['speaker_accuracy']:.3f} |")
EOF
