#!/bin/bash
# --info and --memory against ss -tin / ss -tm for the same sockets, with
# real traffic over loopback in a private network namespace (no netem in
# this kernel: plain loopback). socket_info.py prints the TAP.
set -u

here=$(dirname "$0")

skip() {
	echo "1..0 # SKIP $*"
	exit 0
}

[ "$(id -u)" = 0 ] || skip "needs root for network namespaces"
command -v unshare >/dev/null || skip "needs unshare (util-linux)"
command -v python3 >/dev/null || skip "needs python3"
command -v ss >/dev/null || skip "needs ss (iproute2) to compare with"
unshare -n true 2>/dev/null || skip "cannot create network namespaces here"
[ -x "${NETSTAT_BIN:-}" ] || skip "NETSTAT_BIN is not set (run through make check)"

export PYTHONDONTWRITEBYTECODE=1
unshare -n bash -c 'ip link set lo up && exec timeout 120 python3 "$1" --netstat "$2"' \
	_ "$here/socket_info.py" "$NETSTAT_BIN"
rc=$?
[ $rc = 0 ] || echo "not ok - socket_info.py exited with status $rc"
