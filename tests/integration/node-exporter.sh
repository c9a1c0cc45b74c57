#!/bin/bash
# node_exporter's textfile collector reads what --output writes: a real
# prometheus-node-exporter on 127.0.0.1 (a free port) with only the
# textfile collector, pointed at a temporary directory; netstat
# --format=prometheus --group-by=state -tan --output=DIR/netstat.prom in a
# private network namespace with known sockets per state; /metrics must
# carry our family with those counts and node_textfile_scrape_error 0. TAP.
set -u
bin=${NETSTAT_BIN:-netstat}
py=/usr/bin/python3
exporter=$(command -v prometheus-node-exporter || command -v node_exporter)

echo "1..3"
skip_all() {
	for i in 1 2 3; do echo "ok $i # SKIP $*"; done
	exit 0
}
[ -n "$exporter" ] || skip_all "prometheus-node-exporter missing (Debian package prometheus-node-exporter)"
[ "$(id -u)" = 0 ] && unshare -n true 2>/dev/null || skip_all "needs root and network namespaces"

work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
port=$($py -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$exporter" --collector.disable-defaults --collector.textfile \
	--collector.textfile.directory="$work" \
	--web.listen-address=127.0.0.1:$port >"$work/exporter.log" 2>&1 &
pid=$!

# 3 listeners, 4 established pairs (8 sockets), 1 in TIME_WAIT... only
# states a script can hold still: LISTEN and ESTABLISHED.
unshare -n bash -s "$bin" "$work" <<'INSIDE'
bin=$1 work=$2
ip link set lo up
/usr/bin/python3 - "$work/ready" <<'PY' &
import socket, sys, time
ls = []
for port in (7101, 7102, 7103):
    s = socket.socket(); s.bind(("127.0.0.1", port)); s.listen(8); ls.append(s)
keep = []
for i in range(4):
    keep.append(socket.create_connection(("127.0.0.1", 7101)))
    keep.append(ls[0].accept()[0])
open(sys.argv[1], "w").close()
time.sleep(30)
PY
for i in $(seq 1200); do [ -e "$work/ready" ] && break; sleep 0.1; done
"$bin" --format=prometheus --group-by=state -tan --output="$work/netstat.prom"
echo $? >"$work/rc"
kill %1
INSIDE

scrape() {
	$py -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode())' \
		"http://127.0.0.1:$port/metrics" 2>/dev/null
}
for i in $(seq 600); do scrape >"$work/metrics" && break; sleep 0.1; done
[ "$(cat "$work/rc")" = 0 ] && [ -s "$work/metrics" ] &&
	echo "ok 1 - netstat wrote the file, the exporter answered" ||
	echo "not ok 1 - netstat rc $(cat "$work/rc"), scrape $(wc -c <"$work/metrics") bytes: $(tail -3 "$work/exporter.log")"
grep -qx 'netstat_connections{state="ESTABLISHED"} 8' "$work/metrics" &&
	grep -qx 'netstat_connections{state="LISTEN"} 3' "$work/metrics" &&
	echo "ok 2 - netstat_connections per state: 8 ESTABLISHED, 3 LISTEN" ||
	echo "not ok 2 - got: $(grep '^netstat_' "$work/metrics" | tr '\n' ' ')"
grep -qx 'node_textfile_scrape_error 0' "$work/metrics" &&
	echo "ok 3 - node_textfile_scrape_error 0" ||
	echo "not ok 3 - $(grep node_textfile_scrape_error "$work/metrics")"
