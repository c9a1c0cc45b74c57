#!/bin/bash
# Sockets that come and go while netstat lists them (docs/security.md): in
# a private network namespace a bounded load opens and closes loopback TCP
# connections (thousands a second, for a few seconds) while netstat -tan,
# -tanp and --format=json run over and over, from netlink and from the
# /proc files (NETSTAT_BACKEND=proc). Then the same again with 200,000
# idle sockets present (CHURN_SOCKETS; 100,000 connected pairs). Every run
# must exit 0 without a sanitizer report, every classic line must be
# well-formed and every JSON document must parse. TAP; needs root and
# unshare -n.
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
unshare -n true 2>/dev/null || skip "cannot create network namespaces here"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds=${CHURN_SECONDS:-4}
sockets=${CHURN_SOCKETS:-200000}

cat >"$work/load.py" <<'EOF'
# Opens and closes loopback connections for at most argv[1] seconds and
# at most 200000 connections; prints how many it made.
import socket
import sys
import time

deadline = time.monotonic() + float(sys.argv[1])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(512)
addr = srv.getsockname()
made = 0
while made < 200000 and time.monotonic() < deadline:
    batch = []
    for _ in range(50):
        c = socket.socket()
        c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\1\0\0\0\0\0\0\0")
        c.connect(addr)
        s, _ = srv.accept()
        batch.append((c, s))
    for c, s in batch:
        c.close()
        s.close()
    made += len(batch)
print(made)
EOF

cat >"$work/hold.py" <<'EOF'
# Opens argv[1] idle sockets (connected loopback pairs to a listener of
# its own), writes how many to argv[2] and holds them until killed. One
# process holds what its descriptor limit allows; several hold the rest.
import os
import signal
import socket
import sys

want = int(sys.argv[1]) // 2
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(4096)
held = [srv]
for i in range(want):
    c = socket.socket()
    c.connect(srv.getsockname())
    held.append(c)
    held.append(srv.accept()[0])
with open(sys.argv[2] + ".tmp", "w") as f:
    f.write("%d\n" % len(held))
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
while True:
    signal.pause()
EOF

# One churn phase (argument: its name): the load runs for $seconds while
# netstat runs in every variant; outputs go to $work/run.PHASE.N.*.
cat >"$work/phase.sh" <<EOF
set -u
phase=\$1
python3 "$work/load.py" "$seconds" >"$work/made.\$phase" &
load=\$!
runs=0
end=\$((SECONDS + $seconds))
while [ \$SECONDS -lt \$end ] && [ \$runs -lt 500 ]; do
	for variant in "netlink -tan" "netlink -tanp" \\
		"netlink -tan --format=json" "proc -tan" "proc -tanp" \\
		"proc -tan --format=json"; do
		runs=\$((runs + 1))
		f="$work/run.\$phase.\$runs"
		NETSTAT_BACKEND=\${variant%% *} "$bin" \${variant#* } \\
			>"\$f.out" 2>"\$f.err"
		echo \$? >"\$f.rc"
		echo "\$variant" >"\$f.args"
	done
done
wait \$load
EOF

cat >"$work/inside.sh" <<EOF
set -u
ip link set lo up
# Room for the idle pairs: ephemeral ports.
echo "1024 65535" >/proc/sys/net/ipv4/ip_local_port_range
bash "$work/phase.sh" quiet
if [ "$sockets" -gt 0 ]; then
	# Each holder stays below the descriptor limit.
	per=\$(( (\$(ulimit -n) - 64) / 2 * 2 ))
	holders=()
	left=$sockets
	k=0
	while [ \$left -gt 0 ]; do
		n=\$(( left < per ? left : per ))
		python3 "$work/hold.py" \$n "$work/held.\$k" &
		holders+=(\$!)
		left=\$((left - n))
		k=\$((k + 1))
	done
	for _ in \$(seq 1200); do
		ready=\$(find "$work" -maxdepth 1 -name 'held.[0-9]*' ! -name '*.tmp' | wc -l)
		[ \$ready -ge \$k ] && break
		sleep 0.25
	done
	cat "$work"/held.[0-9]* 2>/dev/null | awk '{ n += \$1 } END { print n + 0 }' >"$work/held"
	bash "$work/phase.sh" loaded
	kill \${holders[@]}
	wait 2>/dev/null
fi
EOF
unshare -n bash "$work/inside.sh"

python3 - "$work" <<'EOF'
import glob
import json
import os
import re
import sys

work = sys.argv[1]
# A socket row: proto, queues, two endpoints, state, and with -p the owner.
row = re.compile(r"^tcp6? +\d+ +\d+ +\S+:\S+ +\S+:\S+ +[A-Z_0-9]+"
                 r"( +(-|\d+/\S.*))? *$")
heads = ("Active Internet connections", "Proto Recv-Q Send-Q")
phases = {}
first = []
for rc_file in sorted(glob.glob(os.path.join(work, "run.*.rc"))):
    base = rc_file[:-3]
    phase = os.path.basename(base).split(".")[1]
    p = phases.setdefault(phase, dict(runs=0, bad_status=0, bad_lines=0,
                                      bad_json=0, rows=0, variants=set(),
                                      min_rows=None))
    p["runs"] += 1
    variant = open(base + ".args").read().strip()
    p["variants"].add(variant)
    args = variant.split()
    status = open(rc_file).read().strip()
    err = open(base + ".err", errors="replace").read()
    out = open(base + ".out", "rb").read().decode("utf-8", "replace")
    if status != "0" or "Sanitizer" in err or "runtime error" in err:
        p["bad_status"] += 1
        first.append("%s: status %s %s" % (" ".join(args), status,
                                          err.strip()[:200]))
        continue
    if "--format=json" in args:
        try:
            json.loads(out)
        except ValueError as e:
            p["bad_json"] += 1
            first.append("json: %s" % e)
        continue
    n = 0
    for line in out.splitlines():
        if line.startswith(heads):
            continue
        if row.match(line):
            n += 1
        else:
            p["bad_lines"] += 1
            first.append("%s: malformed line %r" % (" ".join(args), line))
    p["rows"] += n
    p["min_rows"] = n if p["min_rows"] is None else min(p["min_rows"], n)
checks = []
held_file = os.path.join(work, "held")
held = int(open(held_file).read()) if os.path.exists(held_file) else 0
for phase in sorted(phases):
    p = phases[phase]
    made_file = os.path.join(work, "made." + phase)
    made = open(made_file).read().strip() or "0"
    checks += [
        ("%s: the load made connections (%s)" % (phase, made),
         int(made) > 0),
        ("%s: every variant ran (%d)" % (phase, len(p["variants"])),
         len(p["variants"]) == 6),
        ("%s: %d netstat runs, all exit 0 with no sanitizer report"
         % (phase, p["runs"]), p["runs"] > 0 and p["bad_status"] == 0),
        ("%s: %d classic rows, every line well-formed" % (phase, p["rows"]),
         p["bad_lines"] == 0),
        ("%s: every JSON document parses" % phase, p["bad_json"] == 0),
    ]
if "loaded" in phases:
    least = phases["loaded"]["min_rows"] or 0
    checks.append(("loaded: every classic run lists the %d held sockets "
                   "(fewest rows %d)" % (held, least),
                   held > 0 and least >= held))
if not phases:
    checks.append(("netstat ran", False))
print("1..%d" % len(checks))
for i, (name, good) in enumerate(checks, 1):
    print("%s %d - churn: %s" % ("ok" if good else "not ok", i, name))
for f in first[:10]:
    print("# " + f)
EOF
