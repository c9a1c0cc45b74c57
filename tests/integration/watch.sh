#!/bin/bash
# Watching (docs/netstat.8, "Watching"): --interval's checks; --rate over
# a fixture /proc whose net/dev changes between passes (a FIFO the test
# writes one version of per pass: a counter that wraps, an interface that
# appears, one that vanishes); --rate -i over a veth pair moving a known
# number of bytes; --delta -s against two reads of /proc/net/snmp and
# netstat; --events --count-events=N against N closed connections, in
# every format, and with --info their tcp_info (JSON, classic's detail
# line); SIGTERM ends --events with 0. TAP. The namespace parts
# need root and unshare -n (skipped with the reason otherwise).
set -u

bin=${NETSTAT_BIN:-}
if [ ! -x "$bin" ]; then
	echo "1..0 # SKIP needs NETSTAT_BIN (run by make check)"
	exit 0
fi
command -v python3 >/dev/null || {
	echo "1..0 # SKIP needs python3"
	exit 0
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NETSTAT_BIN XDG_RUNTIME_DIR="$work"

# Readiness, not a fixed sleep (a sanitizer build on a loaded machine can
# take seconds to start): a background netstat is waited for until it
# sleeps between passes, or until --events has joined its netlink groups.
cat >"$work/ready.sh" <<'EOF'
sleeping() { # PID: blocked in nanosleep, so its first pass is done
	case $(cat "/proc/$1/wchan" 2>/dev/null) in *nanosleep*) return 0 ;; esac
	return 1
}
subscribed() { # PID: holds a sock_diag socket that joined a group
	local inodes
	inodes=$(find "/proc/$1/fd" -lname 'socket:*' -printf '%l\n' \
		2>/dev/null | tr -dc '0-9\n')
	awk -v list="$inodes" 'BEGIN { n = split(list, a, "\n")
			for (i = 1; i <= n; i++) want[a[i]] = 1 }
		NR > 1 && $2 == 4 && $4 != "00000000" && ($10 in want) { ok = 1 }
		END { exit !ok }' /proc/net/netlink
}
wait_for() { # condition, PID: up to 120 s, while PID lives
	for _ in $(seq 1200); do
		"$1" "$2" && return 0
		kill -0 "$2" 2>/dev/null || break
		sleep 0.1
	done
	echo "netstat (pid $2) never became ready ($1)" >&2
	return 1
}
EOF

n=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
not_ok() { n=$((n + 1)); echo "not ok $n - $*"; }
skip() { n=$((n + 1)); echo "ok $n # SKIP $*"; }
check() { # description, then a command that must succeed
	local what=$1
	shift
	if "$@" >"$work/log" 2>&1; then ok "$what"; else
		not_ok "$what"
		sed 's/^/# /' "$work/log"
	fi
}

# --- option checks: one line, exit 3 ---
refused() { # expected text, then arguments
	local want=$1
	shift
	"$bin" "$@" >"$work/o" 2>"$work/e"
	local rc=$?
	[ "$rc" = 3 ] && [ "$(wc -l <"$work/e")" = 1 ] &&
		grep -q -- "^netstat: .*$want" "$work/e" && [ ! -s "$work/o" ]
}
for v in 0 -1 abc 1x inf nan ""; do
	check "--interval=$v is refused" refused "--interval" -c "--interval=$v"
done
check "--interval without -c or --rate is refused" refused "--interval" \
	-i --interval=1
check "--rate needs -i or -s" refused "--rate" -t --rate
check "--delta needs -s" refused "--delta" -i --delta
check "--reset needs --delta" refused "--reset" -s --reset
check "--count-events needs --events" refused "--count-events" \
	--count-events=3
check "--count-events=0 is refused" refused "--count-events" --events \
	--count-events=0
check "--events with -s is refused" refused "--events" --events -s
check "--events with --sort is refused" refused "--events" --events \
	--sort=state

# --- --rate over a fixture /proc that changes between passes ---
cat >"$work/fifo.py" <<'EOF'
# Writes each net/dev version to the FIFO once: one per pass of netstat.
# The pause after each lets netstat read to the end before the next
# version's writer opens (it would otherwise read on into it).
import os, signal, sys, time
fifo = sys.argv[1]
head = ("Inter-|   Receive                                                |"
        "  Transmit\n face |bytes    packets errs drop fifo frame compressed"
        " multicast|bytes    packets errs drop fifo colls carrier compressed\n")
def line(name, rxb, rxp, txb, txp):
    return "%6s: %d %d 0 0 0 0 0 0 %d %d 0 0 0 0 0 0\n" % (name, rxb, rxp, txb, txp)
versions = [
    [("eth0", 1000, 10, 2000, 20), ("old0", 5, 5, 5, 5), ("wrap0", 900, 9, 900, 9)],
    [("eth0", 1400, 14, 2000, 20), ("wrap0", 100, 1, 950, 10), ("new0", 7, 7, 7, 7)],
    [("eth0", 1500, 15, 2000, 20), ("wrap0", 200, 2, 960, 11), ("new0", 17, 8, 7, 7)],
]
signal.alarm(20)
for v in versions:
    with open(fifo, "w") as f:
        f.write(head + "".join(line(*i) for i in v))
    time.sleep(0.3)
EOF
cat >"$work/rates.py" <<'EOF'
# Checks the rate documents of the fixture run.
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
assert len(docs) == 2, "want 2 rate documents, got %d" % len(docs)
def rows(d):
    (s,) = d["sections"]
    return {r["iface"]: r for r in s["rows"]}
def near(rate, interval, change):
    return rate is not None and abs(rate * interval - change) < 1e-6 * max(1, change)
a, b = rows(docs[0]), rows(docs[1])
assert set(a) == {"eth0", "wrap0", "new0"}, a.keys()   # old0 vanished
ia = a["eth0"]["interval"]
assert ia > 0
assert near(a["eth0"]["rx_bytes"], ia, 400), a["eth0"]
assert near(a["eth0"]["rx_ok"], ia, 4)
assert a["eth0"]["tx_bytes"] == 0.0
assert a["wrap0"]["rx_bytes"] is None, "a counter that went down has no rate"
assert a["wrap0"]["rx_ok"] is None
assert near(a["wrap0"]["tx_bytes"], ia, 50)
assert all(a["new0"][k] is None for k in ("rx_bytes", "tx_bytes", "rx_ok")), \
    "a new interface has no rate yet"
ib = b["eth0"]["interval"]
assert set(b) == {"eth0", "wrap0", "new0"}
assert near(b["wrap0"]["rx_bytes"], ib, 100), "rates again after a wrap"
assert near(b["new0"]["rx_bytes"], ib, 10), "the new interface is rated"
for d in docs:
    (s,) = d["sections"]
    units = {c["key"]: c["type"] for c in s["columns"]}
    assert units["rx_bytes"] == "double" and units["interval"] == "double"
EOF
# --- the namespace parts ---
ns_reason=""
[ "$(id -u)" = 0 ] || ns_reason="needs root for a private network namespace"
[ -z "$ns_reason" ] && ! command -v unshare >/dev/null &&
	ns_reason="needs unshare (util-linux)"
[ -z "$ns_reason" ] && ! command -v ip >/dev/null &&
	ns_reason="needs ip (iproute2)"
[ -z "$ns_reason" ] && ! unshare -n true 2>/dev/null &&
	ns_reason="cannot create network namespaces here"

cat >"$work/fixture.sh" <<'EOF'
# In a private namespace, where the fixture's interfaces exist (-i asks
# the live kernel for their flags): netstat reads one version per pass.
set -e
ip link add eth0 type veth peer name old0
ip link add wrap0 type veth peer name new0
mkdir -p "$1/proc/net"
mkfifo "$1/proc/net/dev"
python3 "$1/fifo.py" "$1/proc/net/dev" &
writer=$!
timeout 20 "$NETSTAT_BIN" -ia --rate -c --interval=0.6 --proc-root="$1/proc" \
	--format=json >"$1/rates.json" 2>"$1/rates.err" &
reader=$!
wait "$writer"
# The fourth pass waits on the FIFO for a version that never comes.
sleep 1
kill "$reader" 2>/dev/null || true
wait "$reader" 2>/dev/null || true
cat "$1/rates.err" >&2
EOF
if [ -n "$ns_reason" ]; then
	skip "--rate over a changing fixture /proc: $ns_reason"
else
	check "--rate: wraps, new and vanished interfaces (fixture /proc)" \
		sh -c 'unshare -n bash "$1/fixture.sh" "$1" &&
			python3 "$1/rates.py" "$1/rates.json"' sh "$work"
fi

cat >"$work/veth.sh" <<'EOF'
# In a private namespace: a veth pair, IPv6 off so nothing else moves;
# frames of a fixed size sent on va while netstat measures over 3 s.
set -e
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add va type veth peer name vb
ip link set va up
ip link set vb up
sleep 0.5
. "$(dirname "$0")/ready.sh"
"$NETSTAT_BIN" -i --rate --interval=3 --format=json >"$1" &
pid=$!
wait_for sleeping $pid
python3 - <<'PY'
import socket
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
s.bind(("va", 0))
frame = b"\x02\0\0\0\0\x02" + b"\x02\0\0\0\0\x01" + b"\x88\xb5" + bytes(986)
for _ in range(1000):
    s.send(frame)   # 1000 frames of 1000 bytes
PY
wait $pid
EOF
cat >"$work/veth.py" <<'EOF'
import json, sys
(d,) = [json.loads(l) for l in open(sys.argv[1])]
(s,) = d["sections"]
rows = {r["iface"]: r for r in s["rows"]}
sent = 1000 * 1000
for name, key in (("va", "tx_bytes"), ("vb", "rx_bytes")):
    r = rows[name]
    moved = r[key] * r["interval"]
    # Tolerance 1%: the rate is measured over the run's own interval.
    assert abs(moved - sent) <= 0.01 * sent, (name, key, moved, r)
    packets = r[key.replace("bytes", "ok")] * r["interval"]
    assert abs(packets - 1000) <= 10, (name, packets)
EOF
if [ -n "$ns_reason" ]; then
	skip "--rate -i over a veth pair: $ns_reason"
else
	check "--rate -i: 1000000 bytes over a veth pair, within 1%" \
		sh -c 'unshare -n bash "$1/veth.sh" "$1/veth.json" &&
			python3 "$1/veth.py" "$1/veth.json"' sh "$work"
fi

cat >"$work/delta.sh" <<'EOF'
# In a private namespace: a baseline, two reads of the kernel's files
# around some TCP traffic, then --delta (which must show exactly what
# moved between the reads).
set -e
ip link set lo up
"$NETSTAT_BIN" -s --delta --reset --format=json >/dev/null
cat /proc/net/snmp /proc/net/netstat >"$1/a"
python3 - <<'PY'
import socket
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
for _ in range(5):
    c = socket.create_connection(srv.getsockname()); a, _ = srv.accept()
    c.sendall(b"x" * 10000); a.recv(65536); c.close(); a.close()
srv.close()
PY
cat /proc/net/snmp /proc/net/netstat >"$1/b"
"$NETSTAT_BIN" -s --delta --format=json >"$1/delta.json"
"$NETSTAT_BIN" -s --delta --format=json >"$1/delta2.json"
EOF
cat >"$work/delta.py" <<'EOF'
import json, sys
def read(path):
    lines = open(path).read().split("\n")
    out = {}
    for names, values in zip(lines[0::2], lines[1::2]):
        group, keys = names.split(":")
        _, vals = values.split(":")
        for k, v in zip(keys.split(), vals.split()):
            out[(group, k)] = int(v)
    return out
a, b = read(sys.argv[1] + "/a"), read(sys.argv[1] + "/b")
moved = {k: b[k] - a.get(k, 0) for k in b if b[k] != a.get(k, 0)}
groups = {g for g, _ in b}
(d,) = [json.loads(l) for l in open(sys.argv[1] + "/delta.json")]
got = {}
for s in d["sections"]:
    for r in s["rows"]:
        if r["group"] in groups:
            got[(r["group"], r["counter"])] = r["value"]
assert moved, "the traffic moved no counter"
# Levels (Tcp CurrEstab...) show their new value; counters the change.
gauges = {("Tcp", "CurrEstab"), ("Tcp", "MaxConn"), ("Tcp", "RtoMin"),
          ("Tcp", "RtoMax"), ("Tcp", "RtoAlgorithm"), ("Ip", "Forwarding"),
          ("Ip", "DefaultTTL")}
want = {k: (b[k] if k in gauges else v) for k, v in moved.items()}
assert got == want, ("missing", sorted(set(want) - set(got)),
                     "extra", sorted(set(got) - set(want)),
                     "differ", sorted(k for k in want if k in got and got[k] != want[k]))
(d2,) = [json.loads(l) for l in open(sys.argv[1] + "/delta2.json")]
assert all(not s["rows"] for s in d2["sections"]), "nothing moved since"
EOF
if [ -n "$ns_reason" ]; then
	skip "--delta -s: $ns_reason"
else
	check "--delta -s shows exactly the counters that moved" \
		sh -c 'unshare -n bash "$1/delta.sh" "$1" &&
			python3 "$1/delta.py" "$1"' sh "$work"
fi

cat >"$work/events.sh" <<'EOF'
# In a private namespace: --events for 2N+1 destroyed sockets (N closed
# connections of one listener that moved data both ways, then the
# listener), in format $2. With $4 = info: -t -u --info, and one UDP
# socket closed last (2N+2 events).
set -e
ip link set lo up
count=$((2 * $3 + 1)) opts="-t"
if [ "${4:-}" = info ]; then count=$((count + 1)) opts="-t -u --info"; fi
"$NETSTAT_BIN" --events --count-events=$count -n $opts -4 \
	--format="$2" >"$1" &
pid=$!
. "$(dirname "$0")/ready.sh"
wait_for subscribed $pid
python3 - "$3" "$1.ports" "${4:-}" <<'PY'
import socket, sys
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen()
ports = []
def take(s, n):
    while n > 0:
        n -= len(s.recv(65536))
for _ in range(int(sys.argv[1])):
    c = socket.create_connection(srv.getsockname()); a, _ = srv.accept()
    ports.append(c.getsockname()[1])
    c.sendall(b"q" * 3000); take(a, 3000)
    a.sendall(b"r" * 700); take(c, 700)
    c.close(); a.close()
open(sys.argv[2], "w").write("%d %s\n" % (srv.getsockname()[1], " ".join(map(str, ports))))
srv.close()
if sys.argv[3] == "info":
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.bind(("127.0.0.1", 0)); u.close()
PY
timeout 10 tail --pid=$pid -f /dev/null
wait $pid
EOF
cat >"$work/events.py" <<'EOF'
# Every closed connection exactly once from each end, and the listener;
# without --info, no tcp_info fields.
import csv, json, sys
path, fmt = sys.argv[1], sys.argv[2]
listen, *clients = map(int, open(path + ".ports").read().split())
seen = []
if fmt == "json":
    for l in open(path):
        for s in json.loads(l)["sections"]:
            for r in s["rows"]:
                assert "bytes_acked" not in r, r
                seen.append((r["local_address"]["port"],
                             r["foreign_address"]["port"]))
elif fmt == "yaml":
    import yaml
    for d in yaml.safe_load_all(open(path)):
        for s in d["sections"]:
            seen += [(r["local_address"]["port"], r["foreign_address"]["port"])
                     for r in s["rows"]]
elif fmt == "csv":
    for r in csv.DictReader(open(path)):
        seen.append((int(r["local_address.port"]), int(r["foreign_address.port"])))
else:
    lines = open(path).read().splitlines()
    assert lines[0].startswith("Socket events"), lines[0]
    for l in lines[2:]:
        f = l.split()
        port = lambda ep: 0 if ep.endswith(":*") else int(ep.rsplit(":", 1)[1])
        seen.append((port(f[3]), port(f[4])))
want = [(c, listen) for c in clients] + [(listen, c) for c in clients] + [(listen, 0)]
assert sorted(seen) == sorted(want), (sorted(seen), sorted(want))
EOF
for fmt in classic json csv yaml; do
	if [ -n "$ns_reason" ]; then
		skip "--events --format=$fmt: $ns_reason"
	elif [ "$fmt" = yaml ] && ! python3 -c 'import yaml' 2>/dev/null; then
		skip "--events --format=yaml: needs python3-yaml"
	else
		check "--events --count-events: 5 closed connections exactly once ($fmt)" \
			sh -c 'unshare -n bash "$1/events.sh" "$1/ev.$2" "$2" 5 &&
				python3 "$1/events.py" "$1/ev.$2" "$2"' sh "$work" "$fmt"
	fi
done

cat >"$work/events_info.py" <<'EOF'
# --events --info: each end of each connection carries its tcp_info
# (3000 bytes one way, 700 back: acked, received, segments), the UDP
# socket none (every field null); classic puts the numbers on a detail
# line under the event (zeros left out), UDP's event has none.
import json, sys
path, fmt = sys.argv[1], sys.argv[2]
listen, *clients = map(int, open(path + ".ports").read().split())
conns = {(c, listen) for c in clients} | {(listen, c) for c in clients}
info = ("congestion_control", "option_names", "ca_state", "rto_us",
        "bytes_acked", "bytes_received", "segs_out", "segs_in")
seen = {}
if fmt == "json":
    for l in open(path):
        for s in json.loads(l)["sections"]:
            for r in s["rows"]:
                ends = (r["local_address"]["port"], r["foreign_address"]["port"])
                seen[(r["proto"],) + ends] = r
    for key, r in seen.items():
        # Today's kernels put no INET_DIAG_CONG in destroy messages: a
        # name where one comes, else null; never "".
        cc = r["congestion_control"]
        assert cc is None or (isinstance(cc, str) and cc), r
        if key[0] == "udp":
            assert all(r[k] is None for k in info), r
        elif key[1:] in conns:
            assert r["bytes_acked"] > 0 and r["bytes_received"] > 0, r
            assert r["segs_out"] > 0 and r["segs_in"] > 0, r
            assert "sack" in r["option_names"].split(","), r
    # What each end sent is acked (bytes_acked also counts the SYN), what
    # it got received (and the FIN).
    for c in clients:
        out, back = seen[("tcp", c, listen)], seen[("tcp", listen, c)]
        assert out["bytes_acked"] >= 3000 and back["bytes_received"] >= 3000, (out, back)
        assert back["bytes_acked"] >= 700 and out["bytes_received"] >= 700, (out, back)
else:
    lines = open(path).read().splitlines()
    assert lines[0].startswith("Socket events"), lines[0]
    port = lambda ep: 0 if ep.endswith(":*") else int(ep.rsplit(":", 1)[1])
    i = 2
    while i < len(lines):
        f = lines[i].split()
        detail = None
        if i + 1 < len(lines) and lines[i + 1].startswith("\t"):
            detail = dict(kv.split(":", 1) for kv in lines[i + 1][1:].split(" "))
            i += 1
        seen[(f[0], port(f[3]), port(f[4]))] = detail
        i += 1
    for key, d in seen.items():
        if key[0] == "udp":
            assert d is None, (key, d)
        elif key[1:] in conns:
            assert d and int(d["bytes_acked"]) > 0, (key, d)
            assert int(d["bytes_received"]) > 0 and int(d["segs_out"]) > 0, (key, d)
want = {("tcp",) + c for c in conns} | {("tcp", listen, 0)}
assert {k for k in seen if k[0] == "tcp"} == want, (sorted(seen), sorted(want))
assert len([k for k in seen if k[0] == "udp"]) == 1, sorted(seen)
EOF
for fmt in json classic; do
	if [ -n "$ns_reason" ]; then
		skip "--events --info --format=$fmt: $ns_reason"
	else
		check "--events --info: each closed connection's tcp_info ($fmt)" \
			sh -c 'unshare -n bash "$1/events.sh" "$1/evi.$2" "$2" 3 info &&
				python3 "$1/events_info.py" "$1/evi.$2" "$2"' sh "$work" "$fmt"
	fi
done

if [ -n "$ns_reason" ]; then
	skip "--events ends with 0 on SIGTERM: $ns_reason"
else
	check "--events ends with 0 on SIGTERM and on SIGINT" bash -c '
		. "$1/ready.sh"
		for sig in TERM INT; do
			"$NETSTAT_BIN" --events >/dev/null & pid=$!
			wait_for subscribed $pid || exit 1
			kill -$sig $pid; wait $pid || exit 1
		done' bash "$work"
fi

echo "1..$n"
