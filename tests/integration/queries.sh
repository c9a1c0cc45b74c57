#!/bin/bash
# The queries (--filter, --sort, --group-by, --count, --columns) against an
# independent python evaluation of the unfiltered JSON output, for the
# netlink and the proc backend, in a private network namespace holding a
# varied set of sockets (query_sockets.py; only loopback and documentation
# addresses: nothing leaves the namespace). query_oracle.py prints the
# TAP; QUERIES_SEED=N reproduces a run's expressions, QUERIES_COUNT=N
# changes how many are generated per backend (300).
set -u

here=$(dirname "$0")

skip() {
	echo "1..0 # SKIP $*"
	exit 0
}

[ "$(id -u)" = 0 ] || skip "needs root for network namespaces"
command -v unshare >/dev/null || skip "needs unshare (util-linux)"
command -v python3 >/dev/null || skip "needs python3"
command -v ip >/dev/null || skip "needs ip (iproute2)"
unshare -n true 2>/dev/null || skip "cannot create network namespaces here"
[ -x "${NETSTAT_BIN:-}" ] || skip "NETSTAT_BIN is not set (run through make check)"

export PYTHONDONTWRITEBYTECODE=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# In the namespace: lo up, a veth pair carrying the documentation
# addresses (on lo when veth is not available).
unshare -n bash -s "$here" "$work" <<'INSIDE'
here=$1 work=$2
ip link set lo up || exit 1
if ip link add qv0 type veth peer name qv1 2>/dev/null; then
	a=qv0 b=qv1
	ip link set qv0 up && ip link set qv1 up
else
	a=lo b=lo
fi
ip addr add 192.0.2.1/24 dev $a &&
	ip addr add 192.0.2.2/24 dev $b &&
	ip -6 addr add 2001:db8::1/64 dev $a nodad &&
	ip -6 addr add 2001:db8::2/64 dev $b nodad || {
	echo "1..0 # SKIP cannot set up the documentation addresses"
	exit 0
}
exec timeout 900 python3 "$here/query_oracle.py" --netstat "$NETSTAT_BIN" \
	--sockets "$here/query_sockets.py" --dir "$work"
INSIDE
rc=$?
# A crash of the driver after some TAP lines must not read as a pass.
[ $rc = 0 ] || echo "not ok - query_oracle.py exited with status $rc"
