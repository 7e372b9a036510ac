# kill -9 during ingest, again and again: the database stays intact and
# holds exactly the committed batches
set -eu
d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
$CHORUS parse -q "$ROOT/examples/corpus" > "$d/base.jsonl"
python3 - "$d/base.jsonl" "$d/big.jsonl" <<'PY'
import json, sys
base = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for k in range(8):
        for a in base:
            f.write(json.dumps({"id": f"{a['id']}~{k}", "lang": a["lang"], "date": a["date"], "title": a["title"],
                                "source": a["source"], "text": f"Report {k} of {len(base)}. " + a["text"]}) + "\n")
PY
total=$(wc -l < "$d/big.jsonl")
for i in 1 2 3 4 5; do
  db="$d/crash$i.db"
  $CHORUS ingest -q --db "$db" --batch 50 "$d/big.jsonl" 2>/dev/null &
  pid=$!
  sleep "0.$((i + 1))"
  kill -9 $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ]
  # killed before its schema was committed (a slow start under load): nothing to check
  if [ -z "$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE name = 'articles'")" ]; then
    echo "run $i: killed before the schema existed"
    continue
  fi
  n=$(sqlite3 "$db" 'SELECT count(*) FROM articles')
  [ $((n % 50)) -eq 0 ] || { echo "run $i: $n articles is not whole batches of 50"; exit 1; }
  [ "$n" -lt "$total" ] || echo "run $i: finished before the kill ($n articles)"
  [ "$(sqlite3 "$db" 'SELECT count(*) FROM articles WHERE event IS NULL')" = 0 ]
  [ "$(sqlite3 "$db" 'SELECT count(*) FROM articles a LEFT JOIN events e ON e.id = a.event WHERE e.id IS NULL')" = 0 ]
  echo "run $i: killed after $n articles"
done
# and a killed database goes on from there
$CHORUS ingest -q --db "$d/crash1.db" --batch 50 "$d/big.jsonl" 2> "$d/log"
[ "$(sqlite3 "$d/crash1.db" 'SELECT count(*) FROM articles')" -eq "$total" ]
[ "$(sqlite3 "$d/crash1.db" 'PRAGMA integrity_check')" = ok ]
