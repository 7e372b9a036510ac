# exit codes 0 / 3 / 1, warnings name file and line, stdin
set -eu
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
good='{"id":"a","text":"The council approved the budget on Tuesday after a long debate. The vote was 12 to 3."}'
echo "$good" > "$d/good.jsonl"
$CHORUS parse "$d/good.jsonl" > "$d/out" 2> "$d/err"
[ "$(wc -l < "$d/out")" -eq 1 ] && [ ! -s "$d/err" ]
printf '%s\n{"id":"b","text":\n' "$good" > "$d/mixed.jsonl"
rc=0; $CHORUS parse "$d/mixed.jsonl" > "$d/out" 2> "$d/err" || rc=$?
[ $rc -eq 3 ]
grep -q "mixed.jsonl:2" "$d/err"
[ "$(wc -l < "$d/out")" -eq 1 ]
printf 'not json\n' > "$d/bad.jsonl"
rc=0; $CHORUS parse "$d/bad.jsonl" > "$d/out" 2> "$d/err" || rc=$?
[ $rc -eq 1 ]
rc=0; $CHORUS parse "$d/nonexistent" > "$d/out" 2> "$d/err" || rc=$?
[ $rc -eq 1 ] && grep -q nonexistent "$d/err"
# stdin is JSONL
echo "$good" | $CHORUS parse - | grep -q '"id":"a"'
# -q silences warnings
rc=0; $CHORUS parse -q "$d/mixed.jsonl" > /dev/null 2> "$d/err" || rc=$?
[ $rc -eq 3 ] && [ ! -s "$d/err" ]
