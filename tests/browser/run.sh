#!/bin/sh
# run.sh CHORUS_BIN SCREENSHOT - the browser test end to end: install what it
# needs (Debian chromium, npm playwright-core into /tmp/pw), ingest the
# example corpus into a temporary database, serve it on a free loopback
# port, drive the page with Playwright, save a screenshot.
set -eu
bin=$1
shot=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends chromium >&2
fi
PW_DIR=${PW_DIR:-/tmp/pw}
if [ ! -d "$PW_DIR/node_modules/playwright-core" ]; then
  mkdir -p "$PW_DIR"
  (cd "$PW_DIR" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --no-audit --no-fund playwright-core@1 >/dev/null)
fi
d=$(mktemp -d)
"$bin" ingest -q --db "$d/news.db" "$root/examples/corpus" 2>/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" serve --db "$d/news.db" --port "$port" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$d"' EXIT
for i in 1 2 3 4 5 6 7 8 9 10; do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.3; done
mkdir -p "$(dirname "$shot")"
PW_DIR="$PW_DIR" node "$root/tests/browser/browser.mjs" "http://127.0.0.1:$port" "$shot"
