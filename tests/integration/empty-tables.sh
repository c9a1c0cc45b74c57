#!/bin/bash
# The netlink backend leaves out the dump of a table that the kernel's
# counters (/proc/net/sockstat, sockstat6) show empty
# (plugins/lib/ip/diag/occupancy.c). In a private network namespace, at
# each step, `-tuwan` over netlink must print what it prints over /proc:
# IPv4 sockets only (the IPv6 tables skipped); an IPv6 TIME_WAIT socket
# with no IPv6 socket in use (counted only in sockstat's "tw"); an IPv6
# listener and UDP socket. TAP; needs root for the namespace (skipped
# with the reason otherwise).
set -u

bin=${NETSTAT_BIN:-}
[ -x "$bin" ] || { echo "1..0 # SKIP needs NETSTAT_BIN (run by make check)"; exit 0; }
command -v python3 >/dev/null || { echo "1..0 # SKIP needs python3"; exit 0; }
if [ "$(id -u)" != 0 ] || ! unshare -n true 2>/dev/null; then
	echo "1..0 # SKIP needs root and unshare -n for a network namespace"
	exit 0
fi

exec unshare -n python3 - "$bin" <<'PY'
import os, socket, subprocess, sys, time

netstat = sys.argv[1]
subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
n = 0


def listing(backend):
    env = dict(os.environ, NETSTAT_BACKEND=backend)
    p = subprocess.run([netstat, "-tuwan"], env=env, capture_output=True,
                       text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def check(what, must=None):
    global n
    n += 1
    nl, pr = listing("netlink"), listing("proc")
    ok = nl == pr and nl[0] == 0 and (must is None or must in nl[1])
    print("%s %d - %s" % ("ok" if ok else "not ok", n, what))
    if not ok:
        for name, r in (("netlink", nl), ("proc", pr)):
            for line in ("%s: rc %d\n%s%s" % ((name,) + r)).splitlines():
                print("# " + line)


def stat(path, label):
    for line in open(path):
        if line.startswith(label + ":"):
            return line.strip()


keep = []
lv4 = socket.socket()
lv4.bind(("127.0.0.1", 0))
lv4.listen()
c = socket.create_connection(lv4.getsockname())
keep += [c, lv4.accept()[0]]
u4 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u4.bind(("127.0.0.1", 0))
keep.append(u4)
check("IPv4 sockets only (%s; %s)" % (stat("/proc/net/sockstat6", "TCP6"),
                                      stat("/proc/net/sockstat", "TCP")))

# An IPv6 connection closed by the client first: its end stays in
# TIME_WAIT, while no IPv6 socket is in use.
l6 = socket.socket(socket.AF_INET6)
l6.bind(("::1", 0))
l6.listen()
c6 = socket.create_connection(l6.getsockname()[:2])
a6, _ = l6.accept()
c6.close()
time.sleep(0.1)
a6.close()
l6.close()
time.sleep(0.1)
check("an IPv6 TIME_WAIT socket, no IPv6 socket in use (%s; %s)"
      % (stat("/proc/net/sockstat6", "TCP6"), stat("/proc/net/sockstat", "TCP")),
      must="TIME_WAIT")

l6 = socket.socket(socket.AF_INET6)
l6.bind(("::1", 0))
l6.listen()
u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u6.bind(("::1", 0))
keep += [l6, u6]
check("an IPv6 listener and UDP socket (%s; %s)"
      % (stat("/proc/net/sockstat6", "TCP6"), stat("/proc/net/sockstat6", "UDP6")),
      must="udp6")
print("1..%d" % n)
PY
