#!/bin/bash
# Who holds a socket and what is on its other end, in structured output
# (socket_owners.py): unix peers against ss -xp, every holding process,
# and a container id from a docker-like cgroup v2 scope the test creates.
# Runs in a private network namespace (unix sockets are per namespace).
set -u

here=$(dirname "$0")

skip() {
	echo "1..0 # SKIP $*"
	exit 0
}

[ "$(id -u)" = 0 ] || skip "needs root for network namespaces and cgroups"
command -v unshare >/dev/null || skip "needs unshare (util-linux)"
command -v python3 >/dev/null || skip "needs python3"
command -v ss >/dev/null || skip "needs ss (iproute2)"
unshare -n true 2>/dev/null || skip "cannot create network namespaces here"
[ -x "${NETSTAT_BIN:-}" ] || skip "NETSTAT_BIN is not set (run through make check)"

export PYTHONDONTWRITEBYTECODE=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

top_srcdir=${top_srcdir:-$here/../..}
unshare -n sh -c 'ip link set lo up 2>/dev/null
exec timeout 600 python3 "$1" --netstat "$2" --dir "$3" --checker "$4" --schema "$5"' \
	sh "$here/socket_owners.py" "$NETSTAT_BIN" "$work" \
	"$top_srcdir/tests/formats/check_output.py" \
	"$top_srcdir/docs/netstat.schema.json"
rc=$?
[ $rc = 0 ] || echo "not ok - socket_owners.py exited with status $rc"
