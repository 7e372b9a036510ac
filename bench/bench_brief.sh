#!/bin/sh
# bench_brief.sh BUILD - time of one brief over a 50-article event (the 30
# MultiLing 2011 articles and 20 more copies with new ids), parsed first.
set -eu
build=${1:-build}
python3 bench/multiling_prep.py ../shared /tmp/ml >/dev/null
python3 - <<'PY'
import json
L = [json.loads(l) for l in open('/tmp/ml/articles.jsonl')]
with open('/tmp/ml/speed50.jsonl', 'w') as f:
    for i in range(50):
        a = dict(L[i % 30]); a['id'] = a['id'] + '-%d' % i; a['event'] = 'E'
        f.write(json.dumps(a) + '\n')
PY
cc -std=c11 -O2 -Iinclude $(pkg-config --cflags libxml-2.0 libcjson) bench/bench_brief.c "$build/libchorus.a" \
   $(pkg-config --libs libutf8proc libxml-2.0 libcjson libxxhash zlib libexttextcat sqlite3 libmicrohttpd) -lstemmer -lm -lpthread \
   -o /tmp/bench_brief
echo "### brief speed"
echo
echo "- command: \`sh bench/bench_brief.sh $build\` (ch_brief_build on 50 parsed articles; median of 21 runs)"
echo "- $(/tmp/bench_brief /tmp/ml/speed50.jsonl 21)"
