# chorus ingest / events / show / search on a temporary database
set -eu
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
C="$ROOT/examples/corpus"
export CHORUS_DB="$d/news.db"
$CHORUS ingest -q "$C" 2> "$d/log1"
grep -q "51 new, 0 duplicates" "$d/log1"
# idempotent: the same corpus again stores nothing new
$CHORUS ingest -q "$C" 2> "$d/log2"
grep -q "0 new, 51 duplicates" "$d/log2"
[ "$(sqlite3 "$CHORUS_DB" 'PRAGMA integrity_check')" = ok ]
[ "$(sqlite3 "$CHORUS_DB" 'PRAGMA user_version')" = 2 ]
# every article keeps its MinHash signature (128 x uint32); wire copies share most slots,
# articles of different events almost none
[ "$(sqlite3 "$CHORUS_DB" 'SELECT count(*) FROM articles WHERE length(sketch) = 512')" = 51 ]
python3 - "$CHORUS_DB" "$ROOT/examples/gold.jsonl" <<'PY'
import json, sqlite3, struct, sys
db = sqlite3.connect(sys.argv[1])
sig = {i: struct.unpack("<128I", b) for i, b in db.execute("SELECT id, sketch FROM articles")}
gold = [json.loads(l) for l in open(sys.argv[2])]
same = lambda a, b: sum(x == y for x, y in zip(sig[a], sig[b])) / 128
pairs = [(g["id"], g["near_dup_of"]) for g in gold if g["near_dup_of"]]
assert len(pairs) >= 4, pairs
for a, b in pairs:
    assert same(a, b) >= 0.5, (a, b, same(a, b))
ev = {g["id"]: g["event"] for g in gold}
apart = [same(a, b) for a in ev for b in ev if a < b and ev[a] != ev[b]]
assert max(apart) < 0.2, max(apart)
PY
# a schema-1 database (no sketch column) is migrated on open, its rows kept
cp "$CHORUS_DB" "$d/old.db"
sqlite3 "$d/old.db" 'PRAGMA journal_mode=DELETE; ALTER TABLE articles DROP COLUMN sketch; PRAGMA user_version=1;' > /dev/null
CHORUS_DB="$d/old.db" $CHORUS events --json > /dev/null
[ "$(sqlite3 "$d/old.db" 'PRAGMA user_version')" = 2 ]
[ "$(sqlite3 "$d/old.db" 'SELECT count(*) FROM articles WHERE sketch IS NULL')" = 51 ]
[ "$(sqlite3 "$CHORUS_DB" 'PRAGMA journal_mode')" = wal ]
[ "$(sqlite3 "$CHORUS_DB" 'SELECT count(*) FROM articles WHERE event IS NULL')" = 0 ]
[ "$(sqlite3 "$CHORUS_DB" 'SELECT count(*) FROM articles a LEFT JOIN events e ON e.id = a.event WHERE e.id IS NULL')" = 0 ]
# events: newest first, filters
$CHORUS events --json > "$d/ev"
n=$(wc -l < "$d/ev")
[ "$n" -ge 10 ]
python3 - "$d/ev" <<'PY'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
dates = [e["date"] for e in ev if e["date"]]
assert dates == sorted(dates, reverse=True), dates
PY
$CHORUS events --json --since 2025-06-01 --until 2025-09-30 | python3 -c "
import json, sys
ev = [json.loads(l) for l in sys.stdin]
assert ev and all('2025-06-01' <= e['date'] <= '2025-09-30' for e in ev), ev"
$CHORUS events --json --lang de | python3 -c "
import json, sys
ev = [json.loads(l) for l in sys.stdin]
assert ev and all('de' in e['languages'] for e in ev)"
[ "$($CHORUS events --json --min-outlets 5 | wc -l)" -lt "$n" ]
$CHORUS events | head -1 | grep -q '^ev-'
# show
ev=$(head -1 "$d/ev" | python3 -c "import json,sys; print(json.loads(sys.stdin.read())['id'])")
$CHORUS show "$ev" | grep -q '^## Summary'
$CHORUS show "$ev" --format json | python3 -c "import json,sys; b=json.loads(sys.stdin.read()); assert b['card']['title'] and b['summary']"
$CHORUS show "$ev" --format html | grep -q '<article class="brief"'
rc=0; $CHORUS show no-such-event 2>/dev/null || rc=$?; [ $rc -eq 1 ]
# search: phrases, prefixes, boolean operators; grouped by event
$CHORUS search --json '"port of Valparaíso"' | python3 -c "
import json, sys
r = json.loads(sys.stdin.read())['results']
assert r and all(a['snippet'].count('<mark>') for g in r for a in g['articles'])"
$CHORUS search --json 'strik* NOT earthquake' | grep -q '"results":\[{'
$CHORUS search 'wildfire OR incendio' | grep -q '^ev-'
rc=0; $CHORUS search '"unbalanced' 2>/dev/null || rc=$?; [ $rc -eq 2 ]
# incremental: the corpus in batches of 7 against all at once
CHORUS_DB="$d/batches.db" $CHORUS ingest -q --batch 7 "$C" 2>/dev/null
sqlite3 -json "$CHORUS_DB" 'SELECT id, event FROM articles' | python3 -c "
import json, sys
for r in json.load(sys.stdin): print(json.dumps(r))" > "$d/once.jsonl"
sqlite3 -json "$d/batches.db" 'SELECT id, event FROM articles' | python3 -c "
import json, sys
for r in json.load(sys.stdin): print(json.dumps(r))" > "$d/batches.jsonl"
$CHORUS eval cluster "$d/once.jsonl" "$d/batches.jsonl" | awk '/^bcubed_f1/ { exit !($2 >= 0.85) }'
