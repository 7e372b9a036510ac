# chorus brief: formats, flags, schema fields
set -eu
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
C="$ROOT/examples/corpus"
$CHORUS brief -q --format json "$C" > "$d/b.jsonl"
python3 - "$d/b.jsonl" "$ROOT/docs/brief.schema.json" <<'PY'
import json, sys
schema = json.load(open(sys.argv[2]))
briefs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(briefs) >= 8, len(briefs)
for b in briefs:
    for k in schema["required"]:
        assert k in b, k
    for k in schema["properties"]["card"]["required"]:
        assert k in b["card"], k
    assert len(b["articles"]) >= 2
    ids = {a["id"] for a in b["articles"]}
    for s in b["summary"]:
        assert s["sources"] and set(s["sources"]) <= ids, s
    for q in b["quotes"]:
        assert q["variants"] and all(v["article"] in ids for v in q["variants"])
    for f in b["figures"]:
        assert isinstance(f["agree"], bool) and f["values"]
PY
# one event by id, markdown, a word cap, given events
ev=$(python3 -c "import json,sys; print(json.loads(open(sys.argv[1]).readline())['event'])" "$d/b.jsonl")
$CHORUS brief -q --event "$ev" "$C" > "$d/one.md"
grep -q '^## Summary' "$d/one.md" && grep -q '^# ' "$d/one.md"
# --given-events on input without "event" fields says so
$CHORUS brief --given-events "$C" 2> "$d/warn" > /dev/null
grep -q 'no article has an "event" field' "$d/warn"
$CHORUS brief -q --format html "$C" > "$d/b.html"
grep -q '^<!doctype html>' "$d/b.html" && grep -q '</html>' "$d/b.html"
! grep -q '<script src\|https://' "$d/b.html"
$CHORUS brief -q --given-events --format json --words 40 "$SHARED/corpus/dev.jsonl" > "$d/g.jsonl" 2>/dev/null || {
  echo "skip: ../shared/corpus not found"; exit 0; }
python3 - "$d/g.jsonl" <<'PY'
import json, re, sys
bs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(bs) == 19, len(bs)                      # dev.jsonl has 19 events
assert all(b["event"].startswith("e") for b in bs)  # the input's own labels
for b in bs:
    words = sum(len(re.findall(r"\w+", s["text"])) for s in b["summary"])
    assert words <= 46, words
PY
rc=0; $CHORUS brief --format pdf "$C" 2>/dev/null || rc=$?; [ $rc -eq 2 ]
rc=0; $CHORUS brief -q --event no-such-event "$C" > /dev/null 2>&1 || rc=$?; [ $rc -eq 1 ]
