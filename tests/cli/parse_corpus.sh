# the example corpus: every article of every format is read, with the
# interface's fields, and every gold id is present
set -eu
out=$(mktemp); trap 'rm -f "$out"' EXIT
$CHORUS parse "$ROOT/examples/corpus" > "$out"
python3 - "$out" "$ROOT/examples/gold.jsonl" <<'PY'
import json, sys
keys = ["id","url","source","title","date","lang","place","agency","byline","text","removed","sentences"]
arts = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
gold = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
ids = {a["id"] for a in arts}
assert len(ids) == len(arts), "duplicate ids"
missing = {g["id"] for g in gold} - ids
assert not missing, f"gold ids not parsed: {sorted(missing)}"
for a in arts:
    assert list(a.keys())[:len(keys)] == keys, a.keys()
    assert a["text"], a["id"]
    assert a["date"] is None or len(a["date"]) == 10, a["date"]
    t = a["text"].encode()
    for s, e in a["sentences"]:
        assert 0 <= s < e <= len(t), (a["id"], s, e)
    for r in a["removed"]:
        assert set(r) == {"line", "rule"}
g = {x["id"]: x for x in gold}
wrong = [a["id"] for a in arts if a["id"] in g and g[a["id"]].get("lang") and a["lang"] != g[a["id"]]["lang"]]
assert not wrong, f"language wrong for {wrong}"
print(f"{len(arts)} articles, {sum(len(a['removed']) for a in arts)} lines removed")
PY
