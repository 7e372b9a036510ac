# chorus serve: the API, its errors, POST, the page; on a free loopback port
set -eu
d=$(mktemp -d)
db="$d/news.db"
$CHORUS ingest -q --db "$db" "$ROOT/examples/corpus" 2>/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
$CHORUS serve --db "$db" --port "$port" 2> "$d/log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$d"' EXIT
B="http://127.0.0.1:$port"
for i in 1 2 3 4 5 6 7 8 9 10; do curl -sf "$B/healthz" > /dev/null && break; sleep 0.2; done
code() { curl -s -o "$d/body" -w '%{http_code}' "$@"; }
[ "$(code "$B/healthz")" = 200 ] && grep -q '"articles":51' "$d/body"
[ "$(code "$B/api/events?limit=3")" = 200 ]
python3 - "$d/body" <<'PY'
import json, sys
o = json.load(open(sys.argv[1]))
assert len(o["events"]) == 3 and o["total"] >= 10, o
PY
ev=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['events'][0]['id'])" "$d/body")
[ "$(code "$B/api/events/$ev")" = 200 ] && grep -q '"summary":\[{' "$d/body"
[ "$(code "$B/api/articles/warc%2Fcrawl.warc.gz%2313")" = 200 ] && grep -q '"sentences":\[\[' "$d/body"
[ "$(code "$B/api/search?q=strike")" = 200 ] && grep -q '<mark>' "$d/body"
[ "$(code "$B/api/events?since=2025-06-01&lang=en&offset=1")" = 200 ]
# errors: JSON bodies, 4xx
[ "$(code "$B/api/events/no-such-event")" = 404 ] && grep -q '"error"' "$d/body"
[ "$(code "$B/api/articles/nope")" = 404 ]
[ "$(code "$B/api/nothing")" = 404 ]
[ "$(code "$B/api/events?limit=abc")" = 400 ]
[ "$(code "$B/api/events?since=yesterday")" = 400 ]
[ "$(code "$B/api/search")" = 400 ]
[ "$(code "$B/api/search?q=%22open")" = 400 ]
[ "$(code --path-as-is "$B/../../etc/passwd")" = 400 ]
[ "$(code --path-as-is "$B/static/..%2f..%2fetc/passwd")" != 200 ]
[ "$(code -X DELETE "$B/api/events")" = 405 ]
# POST: bad lines store nothing; good lines are stored once
printf '{"id":"p1","text":"The council met on Tuesday and approved the harbour budget after a long debate."}\n{"id":"p2","text":' > "$d/bad.jsonl"
[ "$(code -X POST --data-binary @"$d/bad.jsonl" "$B/api/articles")" = 400 ]
[ "$(code "$B/api/articles/p1")" = 404 ]
head -c 17000000 /dev/zero | tr '\0' 'a' > "$d/huge"
[ "$(code -X POST --data-binary @"$d/huge" "$B/api/articles")" = 413 ]
printf '{"id":"p1","text":"The council met on Tuesday and approved the harbour budget after a long debate. The vote was 12 to 3."}\n' > "$d/good.jsonl"
[ "$(code -X POST --data-binary @"$d/good.jsonl" "$B/api/articles")" = 200 ] && grep -q '"added":1' "$d/body"
[ "$(code -X POST --data-binary @"$d/good.jsonl" "$B/api/articles")" = 200 ] && grep -q '"duplicates":1' "$d/body"
[ "$(code "$B/api/articles/p1")" = 200 ]
# the page and its assets, compiled in
[ "$(code "$B/")" = 200 ] && grep -qi '<!doctype html>' "$d/body"
[ "$(code "$B/app.js")" = 200 ]
[ "$(code "$B/style.css")" = 200 ]
! grep -q 'https://cdn\|googleapis' "$d/body"
# slow clients: half-sent requests do not block the others
python3 - "$port" <<'PY' &
import socket, sys, time
socks = []
for _ in range(20):
    s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
    s.sendall(b"GET /api/events HTTP/1.1\r\nHost: x\r\n")  # never finished
    socks.append(s)
time.sleep(3)
PY
slow=$!
sleep 0.5
[ "$(code "$B/healthz")" = 200 ]
[ "$(code "$B/api/events/$ev")" = 200 ]
wait $slow
# binds to loopback by default
grep -q '127.0.0.1' "$d/log"
