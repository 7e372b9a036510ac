# chorus --help / --version / usage errors
set -eu
$CHORUS --help | grep -q "parse"
$CHORUS --version | grep -Eq '^chorus [0-9]+\.[0-9]+\.[0-9]+$'
$CHORUS parse --help | grep -q '"sentences"'
rc=0; $CHORUS parse 2>/dev/null || rc=$?; [ $rc -eq 2 ]
rc=0; $CHORUS no-such-command 2>/dev/null || rc=$?; [ $rc -eq 2 ]
rc=0; $CHORUS parse --no-such-flag x 2>/dev/null || rc=$?; [ $rc -eq 2 ]
rc=0; $CHORUS 2>/dev/null || rc=$?; [ $rc -eq 2 ]
