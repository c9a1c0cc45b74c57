#!/bin/bash
# The prometheus and openmetrics formats on every report, on fixture /proc
# trees and live: `promtool check metrics` (Debian's prometheus package)
# must find nothing (no finding, no lint), and prometheus_client's OpenMetrics parser must accept the openmetrics
# output; then the values and escaping against the JSON output. TAP; a
# missing tool skips its checks, counted as skipped, never passed.
set -u
top=${top_srcdir:-.}
bin=${NETSTAT_BIN:-netstat}
fx=$top/tests/fixtures
here=$(dirname "$0")
py=/usr/bin/python3

n=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
not_ok() { n=$((n + 1)); echo "not ok $n - $*"; }
skip() { n=$((n + 1)); echo "ok $n # SKIP $*"; }

have_promtool=false
command -v promtool >/dev/null && have_promtool=true
have_parser=false
$py -c 'import prometheus_client.openmetrics.parser' 2>/dev/null &&
	have_parser=true

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# report args | proc root
reports=(
	"-tuwan|$fx/inet/basic"
	"-tuwln|$fx/inet/basic"
	"-tuwlnp|$fx/inet/basic"
	"-xa|$fx/unix/modern"
	"-a|$fx/inet/basic"
	"-rn|$fx/routes/full"
	"-rn -A inet6|$fx/routes/full"
	"-s|$fx/ip_stats/full"
	"-s -A inet6|$fx/ip_stats/v6"
	"-gn|$fx/inet/groups"
	"-M|$fx/masquerade/table"
	"-r -A netrom|$fx/netrom/routes"
	"-r -A rose|$fx/rose/routes"
	"-tan|/proc"
	"-tlnp|/proc"
	"-rn|/proc"
	"-i|/proc"
	"-ie|/proc"
	"-s|/proc"
	"-g|/proc"
	"--list-modules|/proc"
)

check_prometheus() { # file what
	if ! $have_promtool; then
		skip "$2: promtool missing (Debian package prometheus)"
		return
	fi
	promtool check metrics <"$1" >"$work/lint" 2>&1
	local rc=$?
	if [ $rc -ne 0 ] || [ -s "$work/lint" ]; then
		not_ok "$2: promtool check metrics (rc $rc): $(head -3 "$work/lint")"
	else
		ok "$2: promtool check metrics clean"
	fi
}

check_openmetrics() { # file what
	if [ "$(tail -n 1 "$1")" != "# EOF" ]; then
		not_ok "$2: openmetrics output does not end with # EOF"
		return
	fi
	if ! $have_parser; then
		skip "$2: prometheus_client missing (python3-prometheus-client)"
		return
	fi
	if $py "$here/metrics_parse.py" "$1" >"$work/samples" 2>"$work/err"; then
		ok "$2: OpenMetrics parser accepts it ($(wc -l <"$work/samples") samples)"
	else
		not_ok "$2: OpenMetrics parser: $(cat "$work/err")"
	fi
}

for r in "${reports[@]}"; do
	args=${r%%|*}
	root=${r#*|}
	what="$args (${root#"$top/"})"
	for f in prometheus openmetrics; do
		"$bin" $args --proc-root "$root" --format=$f >"$work/$f" 2>"$work/$f.err"
		rc=$?
		if [ $rc -ne 0 ] || [ ! -s "$work/$f" ]; then
			# -s -A inet6 on a tree without IPv6 files is allowed to
			# say so, but not to print nothing silently.
			not_ok "$what --format=$f: exit $rc, $(wc -c <"$work/$f") bytes: $(head -c 200 "$work/$f.err")"
			continue
		fi
		if [ $f = prometheus ]; then
			check_prometheus "$work/$f" "$what"
		else
			check_openmetrics "$work/$f" "$what"
		fi
	done
done

# Values: the -s counters keep the kernel's names and values.
"$bin" -s --proc-root "$fx/ip_stats/full" --format=prometheus >"$work/s"
want=$(awk '/^Tcp:/ {getline v; split($0, k); split(v, x); for (i in k) if (k[i] == "ActiveOpens") print x[i]}' \
	"$fx/ip_stats/full/net/snmp")
got=$(awk '$1 == "netstat_statistics_tcp_active_opens_total" {print $2}' "$work/s")
[ -n "$want" ] && [ "$got" = "$want" ] &&
	ok "-s: netstat_statistics_tcp_active_opens_total $got as in net/snmp" ||
	not_ok "-s: netstat_statistics_tcp_active_opens_total is '$got', net/snmp says '$want'"
grep -qx '# TYPE netstat_statistics_tcp_max_conn gauge' "$work/s" &&
	grep -qx '# TYPE netstat_statistics_tcp_active_opens_total counter' "$work/s" &&
	ok "-s: MaxConn is a gauge, ActiveOpens a counter" ||
	not_ok "-s: MaxConn/ActiveOpens types wrong"

# Connections: the default aggregation counts as the JSON rows do.
"$bin" -tuwan --proc-root "$fx/inet/basic" --format=json >"$work/j"
"$bin" -tuwan --proc-root "$fx/inet/basic" --format=openmetrics >"$work/om"
if $have_parser; then
	$py "$here/metrics_parse.py" "$work/om" >"$work/samples"
	$py - "$work/j" "$work/samples" <<'PY' && ok "connections: netstat_connections{proto,state} match the JSON rows" || not_ok "connections: counts differ from the JSON rows"
import collections, json, sys
d = json.load(open(sys.argv[1]))
want = collections.Counter()
for s in d["sections"]:
    for r in s["rows"]:
        st = r["state"]["name"] if r.get("state") else None
        want[(r["proto"], st)] += 1
got = {}
for line in open(sys.argv[2]):
    typ, rest = line.split(" ", 1)
    name, value = rest.rsplit(" ", 1)
    if not name.startswith("netstat_connections{"):
        continue
    labels = dict(kv.split("=", 1) for kv in name[len("netstat_connections{"):-1].split(","))
    key = (eval(labels["proto"]), eval(labels["state"]) if "state" in labels else None)
    got[key] = float(value)
sys.exit(0 if got == {k: float(v) for k, v in want.items()} else (print(got, dict(want)) or 1))
PY
else
	skip "connections vs JSON: prometheus_client missing"
fi

# Escaping: hostile unix paths come back from the parser unchanged.
if $have_parser && [ -d "$fx/unix/modern" ]; then
	mkdir -p "$work/root/net"
	printf 'Num       RefCount Protocol Flags    Type St Inode Path\n' >"$work/root/net/unix"
	printf '0000000000000000: 00000002 00000000 00010000 0001 01 101 /run/a"b\\c\n' >>"$work/root/net/unix"
	printf '0000000000000000: 00000002 00000000 00010000 0001 01 102 /run/\xff\xfe\n' >>"$work/root/net/unix"
	"$bin" -xl --proc-root "$work/root" --format=openmetrics --group-by=path >"$work/esc.om" 2>/dev/null
	"$bin" -xl --proc-root "$work/root" --format=prometheus --group-by=path >"$work/esc.prom" 2>/dev/null
	$py "$here/metrics_parse.py" "$work/esc.om" >"$work/esc" 2>&1
	if grep -qF "path='/run/a\"b\\\\c'" "$work/esc" && grep -qF "path='/run/\\ufffd\\ufffd'" "$work/esc"; then
		ok "escaping: \\ and \" in label values, invalid UTF-8 as U+FFFD"
	else
		not_ok "escaping: $(cat "$work/esc")"
	fi
	grep -qF 'path="/run/a\"b\\c"' "$work/esc.prom" &&
		ok "escaping: prometheus label value written \\\" and \\\\" ||
		not_ok "escaping: prometheus text: $(grep path "$work/esc.prom")"
else
	skip "escaping: prometheus_client missing"
fi

# Live, in a private network namespace with known sockets: promtool and
# the parser on what the kernel gives.
if [ "$(id -u)" = 0 ] && unshare -n true 2>/dev/null && command -v python3 >/dev/null; then
	unshare -n bash -s "$bin" "$work" <<'INSIDE'
bin=$1 work=$2
ip link set lo up
/usr/bin/python3 - <<'PY' &
import socket, time
ls = []
for port in (7001, 7002):
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port)); s.listen(8); ls.append(s)
conns = []
for i in range(3):
    c = socket.create_connection(("127.0.0.1", 7001)); conns.append(c)
    conns.append(ls[0].accept()[0])
open("/dev/shm/.metrics-ready-%d" % __import__("os").getppid(), "w").close()
time.sleep(600)  # until `kill %1` below
PY
for i in $(seq 1200); do [ -e /dev/shm/.metrics-ready-$$ ] && break; sleep 0.1; done
rm -f /dev/shm/.metrics-ready-$$
"$bin" -tan --format=prometheus >"$work/live.prom"
"$bin" -tlnp --format=prometheus >"$work/live-l.prom"
"$bin" -tan --format=openmetrics >"$work/live.om"
kill %1
INSIDE
	grep -qx 'netstat_connections{proto="tcp",state="ESTABLISHED"} 6' "$work/live.prom" &&
		grep -qx 'netstat_connections{proto="tcp",state="LISTEN"} 2' "$work/live.prom" &&
		ok "live: 6 established and 2 listening tcp sockets counted" ||
		not_ok "live: counts: $(grep '^netstat_connections' "$work/live.prom" | tr '\n' ' ')"
	grep -q '^netstat_listening_sockets{proto="tcp",local_address="127.0.0.1",local_address_port="7002",program="python3"} 1$' "$work/live-l.prom" &&
		ok "live: -l gives the listeners with port and program" ||
		not_ok "live: listeners: $(grep '^netstat_listening' "$work/live-l.prom" | tr '\n' ' ')"
	check_prometheus "$work/live.prom" "live -tan"
	check_prometheus "$work/live-l.prom" "live -tlnp"
	check_openmetrics "$work/live.om" "live -tan"
else
	skip "live namespace: needs root and unshare -n"
fi

echo "1..$n"
