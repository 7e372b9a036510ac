#!/bin/sh
# demo.sh CHORUS - the README demo: parse the bundled example corpus and show
# what chorus read and cleaned.
set -eu
bin=${1:-build/chorus}
corpus=examples/corpus
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" parse "$corpus" > "$out"
n=$(wc -l < "$out")
echo "== chorus parse $corpus: $n articles"
# one line per article: id, lang, date, place, title, what cleaning removed
if command -v python3 >/dev/null 2>&1; then
python3 - "$out" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    rules = sorted({r["rule"] for r in a["removed"]})
    print(f'{a["id"][:44]:44} {a["lang"]:3} {a["date"] or "-":10} {(a["place"] or "-")[:12]:12} '
          f'{len(a["sentences"]):3} sent  {(a["title"] or "")[:40]}')
    if rules:
        print(f'{"":44} removed: {", ".join(rules)}')
PY
else
  cat "$out"
fi
