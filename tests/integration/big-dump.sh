#!/bin/bash
# A socket table far bigger than one netlink batch (8001 TCP sockets in a
# private network namespace): the dump's later batches come from the
# reader thread (plugins/lib/sock_diag/dump_reader.c) and the -p map grows
# several times. The classic -tan and -tanp must still be byte-identical
# to net-tools' (which reads /proc/net/tcp), and the JSON document must
# hold every row. TAP; needs root, unshare -n, python3 and net-tools.
set -u

skip() {
	echo "1..0 # SKIP $*"
	exit 0
}

bin=${NETSTAT_BIN:-}
[ -x "$bin" ] || skip "needs NETSTAT_BIN (run by make check)"
[ "$(id -u)" = 0 ] || skip "needs root for a private network namespace"
command -v unshare >/dev/null || skip "needs unshare (util-linux)"
command -v python3 >/dev/null || skip "needs python3"
command -v ip >/dev/null || skip "needs ip (iproute2)"
oracle=${NETSTAT_ORACLE:-/usr/bin/netstat}
"$oracle" -V 2>&1 | grep -q net-tools || skip "needs net-tools netstat at $oracle"
unshare -n true 2>/dev/null || skip "cannot create network namespaces here"

if [ -z "${BIG_DUMP_INSIDE:-}" ]; then
	export BIG_DUMP_INSIDE=1 NETSTAT_BIN="$bin" NETSTAT_ORACLE="$oracle"
	exec unshare -n -- bash "$0"
fi

work=$(mktemp -d)
trap 'kill "$holder" 2>/dev/null; rm -rf "$work"' EXIT
ip link set lo up
pairs=${BIG_DUMP_PAIRS:-4000}
python3 - "$pairs" "$work/ready" <<'PY' &
import resource, signal, socket, sys
n = int(sys.argv[1])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 2 * n + 64), hard))
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1024)
keep = []
for _ in range(n):
    c = socket.create_connection(srv.getsockname())
    s, _ = srv.accept()
    keep += [c, s]
open(sys.argv[2], "w").write("ready\n")
signal.signal(signal.SIGALRM, lambda *_: sys.exit(0))
signal.alarm(1800)  # a safety net only: the EXIT trap kills it
signal.pause()
PY
holder=$!
for _ in $(seq 600); do [ -s "$work/ready" ] && break; sleep 0.1; done
[ -s "$work/ready" ] || { echo "1..0 # SKIP could not open $pairs connections"; exit 0; }

echo 1..4
n=0
check() { # description, then the command's status
	n=$((n + 1))
	if [ "$2" = 0 ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; fi
}

LC_ALL=C "$oracle" -tan >"$work/want.tan" 2>&1
NETSTAT_BACKEND=netlink LC_ALL=C "$bin" -tan >"$work/got.tan" 2>&1
diff -u "$work/want.tan" "$work/got.tan" | head -20
check "-tan over netlink, $((2 * pairs + 1)) sockets, is net-tools' byte for byte" \
	"$(cmp -s "$work/want.tan" "$work/got.tan"; echo $?)"

LC_ALL=C "$oracle" -tanp >"$work/want.tanp" 2>&1
NETSTAT_BACKEND=netlink LC_ALL=C "$bin" -tanp >"$work/got.tanp" 2>&1
diff -u "$work/want.tanp" "$work/got.tanp" | head -20
check "-tanp names the holder of each of them as net-tools does" \
	"$(cmp -s "$work/want.tanp" "$work/got.tanp"; echo $?)"

NETSTAT_BACKEND=netlink "$bin" --format=json -tan >"$work/got.json"
rows=$(python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(sum(len(s["rows"]) for s in d["sections"]))' "$work/got.json" 2>&1)
want=$(($(wc -l <"$work/want.tan") - 2))
[ "$rows" = "$want" ] || echo "# json rows: $rows, classic rows: $want"
check "--format=json -tan holds every row ($want)" "$([ "$rows" = "$want" ]; echo $?)"

if command -v strace >/dev/null; then
	threads=$(NETSTAT_BACKEND=netlink strace -f -qq -e trace=clone,clone3 \
		"$bin" -tan 2>&1 >/dev/null | grep -c 'CLONE_THREAD')
	[ "$threads" -ge 1 ] || echo "# no reader thread was started"
	check "a dump of many batches is received on a second thread" \
		"$([ "$threads" -ge 1 ]; echo $?)"
else
	n=$((n + 1))
	echo "ok $n # SKIP needs strace to see the reader thread"
fi
