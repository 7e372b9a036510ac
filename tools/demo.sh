#!/bin/sh
# demo.sh CHORUS - the README demo: read the bundled example corpus, show
# what chorus cleaned, then the brief of its biggest event.
set -eu
bin=${1:-build/chorus}
corpus=examples/corpus
echo "== chorus parse $corpus ($(find $corpus -type f | wc -l) files: txt, jsonl, jsonl.gz, html, warc, warc.gz)"
"$bin" parse -q "$corpus" | python3 -c '
import json, sys
arts = [json.loads(l) for l in sys.stdin]
rules = {}
for a in arts:
    for r in a["removed"]:
        rules[r["rule"]] = rules.get(r["rule"], 0) + 1
langs = len(set(a["lang"] for a in arts))
print(len(arts), "articles in", langs, "languages; cleaning removed:",
      ", ".join("%s %d" % (k, v) for k, v in sorted(rules.items())))'
echo
echo "== chorus cluster $corpus"
"$bin" cluster -q "$corpus" | python3 -c '
import json, sys, collections
ev = collections.Counter(json.loads(l)["event"] for l in sys.stdin)
print(f"{len(ev)} events; sizes:", sorted(ev.values(), reverse=True))'
echo
ev=$("$bin" cluster -q "$corpus" | python3 -c '
import json, sys, collections
print(collections.Counter(json.loads(l)["event"] for l in sys.stdin).most_common(1)[0][0])')
echo "== chorus brief --event $ev $corpus"
echo
"$bin" brief -q --event "$ev" "$corpus"
