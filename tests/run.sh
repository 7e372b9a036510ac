#!/bin/sh
# run.sh BUILD_DIR - run every test: the unit suites (Check) and the CLI
# tests, then print one closing line "N passed, N failed".
set -u
build=$1
root=$(cd "$(dirname "$0")/.." && pwd)
pass=0
fail=0
# unit tests: Check prints "NN%: Checks: N, Failures: F, Errors: E"
out=$(cd "$root/tests" && CHORUS_SHARED="${CHORUS_SHARED:-$root/../shared}" "$build/tests/unit/t_all" 2>&1)
status=$?
echo "$out"
line=$(echo "$out" | grep -E '^[0-9]+%: Checks:' | tail -1)
if [ -n "$line" ]; then
  n=$(echo "$line" | sed -E 's/.*Checks: ([0-9]+).*/\1/')
  f=$(echo "$line" | sed -E 's/.*Failures: ([0-9]+).*/\1/')
  e=$(echo "$line" | sed -E 's/.*Errors: ([0-9]+).*/\1/')
  pass=$((pass + n - f - e))
  fail=$((fail + f + e))
else
  fail=$((fail + 1))
fi
[ $status -eq 0 ] || [ -n "$line" ] || fail=$((fail + 1))
# CLI tests
for t in "$root"/tests/cli/*.sh; do
  name=$(basename "$t" .sh)
  if CHORUS="$build/chorus" ROOT="$root" SHARED="${CHORUS_SHARED:-$root/../shared}" sh "$t" >/tmp/chorus-cli-$$.log 2>&1; then
    pass=$((pass + 1))
    echo "ok   cli/$name"
  else
    fail=$((fail + 1))
    echo "FAIL cli/$name"
    sed 's/^/    /' /tmp/chorus-cli-$$.log | tail -20
  fi
  rm -f /tmp/chorus-cli-$$.log
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
