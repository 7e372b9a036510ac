# quotes, entities, figures, dates from the command line: fields and values
set -eu
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
C="$ROOT/examples/corpus"
$CHORUS quotes -q "$C" > "$d/q"
python3 - "$d/q" <<'PY'
import json, sys
qs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(qs) > 30, len(qs)
for q in qs:
    assert list(q) == ["article", "speaker", "role", "text", "start", "end", "kind", "cue"], list(q)
    assert q["kind"] in ("direct", "partial", "mixed")
    assert 0 <= q["start"] < q["end"]
assert sum(1 for q in qs if q["speaker"]) >= len(qs) * 0.6
PY
$CHORUS entities -q "$C/txt/port-strike-harbortimes.txt" > "$d/e"
grep -q '"type":"place"' "$d/e"
grep '"name":"Valpara' "$d/e" | grep -q '"type":"place"'
$CHORUS figures -q "$C/txt/port-strike-harbortimes.txt" > "$d/f"
grep -q '"text":"3,400 dockworkers","kind":"count","value":3400' "$d/f"
$CHORUS dates -q "$C/jsonl/articles.jsonl" | grep -q '"relative":true'
# scoring
printf '{"article":"a","speaker":"Lena Vasquez","text":"we will not allow the strike to paralyse exports"}\n' > "$d/g"
printf '{"article":"a","speaker":"Vasquez","text":"We will not allow the strike to paralyse our exports"}\n' > "$d/p"
$CHORUS eval quotes "$d/g" "$d/p" | grep -q '^quote_f1 1.0000$'
printf '{"article":"a","speaker":"Tomas Rivas","text":"We will not allow the strike to paralyse our exports"}\n' > "$d/p"
$CHORUS eval quotes "$d/g" "$d/p" | grep -q '^quote_f1 0.0000$'
# the project's own challenge set (fictional reports, always present)
$CHORUS quotes -q "$ROOT/tests/gold/challenge/articles.jsonl" > "$d/qc"
c=$($CHORUS eval quotes "$ROOT/tests/gold/quotes_challenge.jsonl" "$d/qc" | sed -n 's/^quote_f1 //p')
echo "quote F1: challenge set $c"
awk -v c="$c" 'BEGIN { exit !(c >= 0.97) }'
# and the project's own held-out set (never read for errors; a guard only)
$CHORUS quotes -q "$ROOT/tests/gold/heldout/articles.jsonl" > "$d/qh"
h=$($CHORUS eval quotes "$ROOT/tests/gold/quotes_heldout.jsonl" "$d/qh" | sed -n 's/^quote_f1 //p')
echo "quote F1: held-out set $h"
awk -v h="$h" 'BEGIN { exit !(h >= 0.89) }'
# regression guards on the hand-labelled gold (real text; skipped without ../shared)
if [ -d "$SHARED/corpus" ] && [ -d "$SHARED/seeds" ]; then
    f1() { $CHORUS eval quotes "$1" "$2" | sed -n 's/^quote_f1 //p'; }
    $CHORUS quotes -q "$SHARED/seeds" > "$d/qs"
    $CHORUS quotes -q "$SHARED/corpus/dev.jsonl" > "$d/qd"
    python3 - "$ROOT/tests/gold/quotes_ecbplus.jsonl" "$SHARED/corpus/ecbplus.jsonl" "$d/ecb.jsonl" <<'PY'
import json, sys
ids = {json.loads(l)["article"] for l in open(sys.argv[1], encoding="utf-8")}
with open(sys.argv[3], "w", encoding="utf-8") as f:
    for l in open(sys.argv[2], encoding="utf-8"):
        if json.loads(l)["id"] in ids: f.write(l)
PY
    $CHORUS quotes -q "$d/ecb.jsonl" > "$d/qe"
    s=$(f1 "$ROOT/tests/gold/quotes_seeds.jsonl" "$d/qs")
    v=$(f1 "$ROOT/tests/gold/quotes_dev.jsonl" "$d/qd")
    e=$(f1 "$ROOT/tests/gold/quotes_ecbplus.jsonl" "$d/qe")
    echo "quote F1: seeds $s, dev $v, ECB+ $e"
    awk -v s="$s" -v v="$v" -v e="$e" 'BEGIN { exit !(s >= 0.95 && v >= 0.87 && e >= 0.90) }'
else
    echo "skip: ../shared absent, quote F1 guards not run"
fi
