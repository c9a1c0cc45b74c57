#!/bin/bash
# Issue 15: every field the kernel gives is in the structured output, for
# every section of every module (the list is in kernel_fields.py). The
# fixture cases run anywhere; the live ones (interfaces, the netlink
# backends) in a private network namespace, which needs root: without it
# they are reported skipped with the reason. TAP.
set -u

bin=${NETSTAT_BIN:?}
top_builddir=${top_builddir:?}
top_srcdir=${top_srcdir:?}
command -v python3 >/dev/null || { echo "1..0 # SKIP needs python3"; exit 0; }
export NETSTAT_PLUGIN_PATH=$top_builddir/modules
export NETSTAT_CONFIG=$top_srcdir/conf/netstat.yaml
script=$top_srcdir/tests/integration/kernel_fields.py
fixtures=$top_srcdir/tests/fixtures

live_reason=
if [ "$(id -u)" != 0 ]; then
	live_reason="needs root for a network namespace"
elif ! command -v ip >/dev/null; then
	live_reason="needs ip (iproute2)"
elif ! unshare -n true 2>/dev/null; then
	live_reason="cannot create a network namespace"
fi
if [ -n "$live_reason" ]; then
	KERNEL_FIELDS_LIVE="$live_reason" exec python3 "$script" "$bin" \
		"$fixtures"
fi

# In the namespace: a veth link with IPv4 and IPv6 addresses and a route
# through a gateway, a TCP listener and a unix socket (bound and
# listening) held by a python process while the cases run.
exec unshare -n bash -c '
set -e
ip link set lo up
ip link add kf0 type veth peer name kf1
ip link set kf1 up
ip addr add 192.0.2.1/24 dev kf0
ip -6 addr add 2001:db8::1/64 dev kf0 nodad
ip link set kf0 up
ip route add 198.51.100.0/24 via 192.0.2.2 dev kf0
sock=$(mktemp -u "${TMPDIR:-/tmp}/kernel-fields.XXXXXX")
python3 -c "
import socket, sys, time
t = socket.socket(); t.bind((\"127.0.0.1\", 0)); t.listen()
u = socket.socket(socket.AF_UNIX); u.bind(sys.argv[1]); u.listen()
a, b = socket.socketpair()
print(\"ready\", flush=True)
time.sleep(300)
" "$sock" >"$sock.ready" &
holder=$!
for _ in $(seq 1200); do
	grep -q ready "$sock.ready" 2>/dev/null && break
	sleep 0.1
done
rc=0
KERNEL_FIELDS_LIVE=1 python3 "$1" "$2" "$3" || rc=$?
kill "$holder"
rm -f "$sock" "$sock.ready"
exit $rc
' kernel-fields "$script" "$bin" "$fixtures"
