# dedup and cluster from the command line: fields, flags, eval, state
set -eu
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
C="$ROOT/examples/corpus"
$CHORUS dedup -q "$C" > "$d/pairs"
grep -q '"kind":"near"' "$d/pairs"
# the wire copy with a changed figure says which figure differs
grep '"b":"txt/port-strike-harbortimes.txt"' "$d/pairs" | grep '"a":"mwr-2025-03-04-port-strike"' | grep -q '"differs":\[{"a":"3,200","b":"3,400"}\]'
$CHORUS dedup -q --groups "$C" > "$d/groups"
[ "$(wc -l < "$d/groups")" -eq "$($CHORUS parse -q "$C" | wc -l)" ]
$CHORUS eval dedup "$ROOT/examples/gold.jsonl" "$d/groups" | grep -q '^pair_f1 1.0000$'
rc=0; $CHORUS dedup --threshold 7 "$C" 2>/dev/null || rc=$?; [ $rc -eq 2 ]
# cluster: every article exactly once, deterministic
$CHORUS cluster -q "$C" > "$d/ev1"
$CHORUS cluster -q "$C" > "$d/ev2"
cmp -s "$d/ev1" "$d/ev2"
[ "$(wc -l < "$d/ev1")" -eq "$(wc -l < "$d/groups")" ]
$CHORUS eval cluster "$ROOT/examples/gold.jsonl" "$d/ev1" > "$d/score"
grep -q '^bcubed_f1 ' "$d/score" && grep -q '^pairwise_f1 ' "$d/score"
$CHORUS eval cluster --json "$ROOT/examples/gold.jsonl" "$d/ev1" | grep -q '"bcubed":{"precision"'
$CHORUS cluster -q --explain "$C" | grep '"first_date"' > "$d/explain"
grep -q '"names":\[' "$d/explain"
# people and places of an event: those two or more of its reports name
grep '"Rodrigo Almeyda"' "$d/explain" | grep -q '"places":\["Valparaíso"'
[ "$(grep -c '"people":\[' "$d/explain")" -eq "$(wc -l < "$d/explain")" ]
# the events do not depend on the number of threads
$CHORUS cluster -q --threads 1 "$C" > "$d/t1"
$CHORUS cluster -q --threads 3 "$C" > "$d/t3"
cmp -s "$d/t1" "$d/t3" && cmp -s "$d/t1" "$d/ev1"
rc=0; $CHORUS cluster -q --threads 0 "$C" > /dev/null 2>&1 || rc=$?; [ $rc -eq 2 ]
if [ -f "$ROOT/../shared/corpus/ecbplus.jsonl" ]; then
    $CHORUS cluster -q --threads 1 "$ROOT/../shared/corpus/ecbplus.jsonl" > "$d/e1"
    $CHORUS cluster -q --threads 4 "$ROOT/../shared/corpus/ecbplus.jsonl" > "$d/e4"
    cmp -s "$d/e1" "$d/e4"
else
    echo "skip: ../shared/corpus/ecbplus.jsonl absent (thread check on the example corpus only)" >&2
fi
# incremental: two batches through a state file
$CHORUS cluster -q --state "$d/st" "$C/txt" > "$d/inc1"
$CHORUS cluster -q --state "$d/st" "$C/html" "$C/jsonl" "$C/warc" > "$d/inc2"
[ "$(cat "$d/inc1" "$d/inc2" | wc -l)" -eq "$(wc -l < "$d/ev1")" ]
printf 'junk' > "$d/badstate"
rc=0; $CHORUS cluster -q --state "$d/badstate" "$C/txt" > /dev/null 2> "$d/err" || rc=$?
[ $rc -eq 1 ] && grep -q "not a chorus cluster state" "$d/err"
rc=0; $CHORUS eval nonsense a b 2>/dev/null || rc=$?; [ $rc -eq 2 ]
