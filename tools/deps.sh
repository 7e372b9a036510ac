#!/bin/sh
# deps.sh - install the Debian packages chorus needs, only those missing.
# Runs apt-get (as root, or through sudo) once, and only when something is
# missing; prints nothing when all is there.
set -eu
PKGS="gcc make pkg-config libutf8proc-dev libstemmer-dev libxxhash-dev zlib1g-dev
libcjson-dev libxml2-dev libexttextcat-dev libexttextcat-data libsqlite3-dev sqlite3
libmicrohttpd-dev check snowball-data curl python3"
# the browser test needs node and npm; the machine may have them from elsewhere
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || PKGS="$PKGS nodejs npm"
[ "${CHORUS_WITH_CLANG:-0}" = 1 ] && PKGS="$PKGS clang libclang-rt-14-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "chorus: installing Debian packages:$missing" >&2
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
# shellcheck disable=SC2086
$SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends $missing >&2
