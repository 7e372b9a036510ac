#!/bin/sh
# bench_serve.sh BUILD - load test of chorus serve on loopback with wrk:
# requests/s and latency for a cached brief (/api/events/{id}) and the page
# (/), with the server's peak RSS. Bounded: 2 threads, 64 connections, 10 s
# per route, only 127.0.0.1.
set -eu
build=${1:-build}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
d=$(mktemp -d)
"$build/chorus" ingest -q --db "$d/news.db" examples/corpus 2>/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$build/chorus" serve --db "$d/news.db" --port "$port" --threads ${THREADS:-2} 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$d"' EXIT
for i in 1 2 3 4 5 6 7 8 9 10; do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
ev=$(curl -s "http://127.0.0.1:$port/api/events?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"][0]["id"])')
echo "### HTTP load (wrk on loopback)"
echo
echo "- command: \`sh bench/bench_serve.sh $build\` (wrk -t2 -c64 -d10s --latency; server: chorus serve --threads ${THREADS:-2}; example corpus, 51 articles, 13 events)"
echo "- machine: $(nproc) cores (shared by wrk and the server), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d)"
echo
echo "| route | requests/s | p50 | p99 | server RSS |"
echo "|---|---|---|---|---|"
for path in "/api/events/$ev" "/"; do
  out=$(wrk -t2 -c64 -d10s --latency "http://127.0.0.1:$port$path" 2>&1)
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  rss=$(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)
  label=$path
  [ "$path" = "/" ] || label="/api/events/{id}"
  echo "| $label | $rps | $p50 | $p99 | $rss |"
done
