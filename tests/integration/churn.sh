#!/bin/bash
# Sockets that come and go while netstat lists them (docs/security.md): in
# a private network namespace a bounded load opens and closes loopback TCP
# connections (thousands a second, for a few seconds) while netstat -tan,
# -tanp and --format=json run over and over. Every run must exit 0 without
# a sanitizer report, every classic line must be well-formed and every
# JSON document must parse. TAP; needs root and unshare -n.
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

cat >"$work/inside.sh" <<EOF
set -u
ip link set lo up
python3 "$work/load.py" "$seconds" >"$work/made" &
load=\$!
runs=0
end=\$((SECONDS + $seconds))
while [ \$SECONDS -lt \$end ] && [ \$runs -lt 500 ]; do
	for args in "-tan" "-tanp" "-tan --format=json"; do
		runs=\$((runs + 1))
		f="$work/run.\$runs"
		"$bin" \$args >"\$f.out" 2>"\$f.err"
		echo \$? >"\$f.rc"
		echo "\$args" >"\$f.args"
	done
done
wait \$load
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
runs = bad_status = bad_lines = bad_json = rows = 0
first = []
for rc_file in sorted(glob.glob(os.path.join(work, "run.*.rc"))):
    base = rc_file[:-3]
    runs += 1
    args = open(base + ".args").read().split()
    status = open(rc_file).read().strip()
    err = open(base + ".err", errors="replace").read()
    out = open(base + ".out", "rb").read().decode("utf-8", "replace")
    if status != "0" or "Sanitizer" in err or "runtime error" in err:
        bad_status += 1
        first.append("%s: status %s %s" % (" ".join(args), status,
                                          err.strip()[:200]))
        continue
    if "--format=json" in args:
        try:
            json.loads(out)
        except ValueError as e:
            bad_json += 1
            first.append("json: %s" % e)
        continue
    for line in out.splitlines():
        if line.startswith(heads):
            continue
        if row.match(line):
            rows += 1
        else:
            bad_lines += 1
            first.append("%s: malformed line %r" % (" ".join(args), line))
made = open(os.path.join(work, "made")).read().strip() or "0"
checks = [
    ("the load made connections (%s)" % made, int(made) > 0),
    ("%d netstat runs, all exit 0 with no sanitizer report" % runs,
     runs > 0 and bad_status == 0),
    ("%d classic rows, every line well-formed" % rows, bad_lines == 0),
    ("every JSON document parses", bad_json == 0),
]
print("1..%d" % len(checks))
for i, (name, good) in enumerate(checks, 1):
    print("%s %d - churn: %s" % ("ok" if good else "not ok", i, name))
for f in first[:10]:
    print("# " + f)
EOF
