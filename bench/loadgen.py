#!/usr/bin/env python3
"""Socket load generator for bench/run.sh (Python 3 standard library only).

Creates N established TCP sockets on loopback, as N/2 connected pairs
(client + accepted server side), spread over worker processes so that no
process holds more than --per-worker pairs (one process may be limited to
fewer than 20000 descriptors).  Worker w listens on 127.0.0.1:(base+w) and
connects from source address 127.0.<1 + w / 250>.<2 + w % 250> (port picked at
connect time with IP_BIND_ADDRESS_NO_PORT) so ephemeral ports never run out.

Only loopback addresses are ever used.  It is meant to run inside a private
network namespace (`unshare -n`), which run.sh arranges.

When every pair is up it writes "<sockets> <workers> <pids...>" to
--ready-file and then waits.  It stops by itself after --lifetime seconds, on
SIGTERM/SIGINT, or when the process that started it goes away; workers die
with it (PR_SET_PDEATHSIG) and are killed explicitly on exit.
"""

import argparse
import ctypes
import os
import resource
import signal
import socket
import sys
import time

IP_BIND_ADDRESS_NO_PORT = 24
PR_SET_PDEATHSIG = 1


def die_with_parent():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def raise_nofile(want):
    """Raise RLIMIT_NOFILE towards `want`; return the soft limit in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    for new in ((want, max(want, hard)), (min(want, hard), hard)):
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, new)
            break
        except (ValueError, OSError):
            continue
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def worker(index, pairs, port, wfd):
    die_with_parent()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    raise_nofile(2 * pairs + 64)
    src = "127.0.%d.%d" % (1 + index // 250, 2 + index % 250)
    lst = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    lst.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lst.bind(("127.0.0.1", port))
    lst.listen(4096)
    keep = []
    made = 0
    err = ""
    try:
        for _ in range(pairs):
            c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            c.setsockopt(socket.IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, 1)
            c.bind((src, 0))
            c.connect(("127.0.0.1", port))
            s, _ = lst.accept()
            keep.append(c)
            keep.append(s)
            made += 1
    except OSError as e:
        err = str(e)
    os.write(wfd, ("%d %d %s\n" % (index, made, err.replace("\n", " "))).encode())
    os.close(wfd)
    while True:
        signal.pause()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sockets", type=int, required=True,
                    help="established TCP sockets to create (2 per pair)")
    ap.add_argument("--per-worker", type=int, default=8000,
                    help="max pairs per worker process (default 8000 = 16000 fds)")
    ap.add_argument("--base-port", type=int, default=20000)
    ap.add_argument("--ready-file", required=True)
    ap.add_argument("--lifetime", type=int, default=3600,
                    help="exit by itself after this many seconds (default 3600)")
    ap.add_argument("--timeout", type=int, default=600,
                    help="give up if the load is not up after this many seconds")
    a = ap.parse_args()

    pairs = max(1, a.sockets // 2)
    per = max(1, a.per_worker)
    nworkers = (pairs + per - 1) // per
    if nworkers > 1000:
        sys.exit("loadgen: too many workers (%d); raise --per-worker" % nworkers)
    # spread evenly
    shares = [pairs // nworkers + (1 if i < pairs % nworkers else 0)
              for i in range(nworkers)]

    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range", "w") as f:
            f.write("1024 65000\n")
    except OSError:
        pass  # not fatal: one source address per worker keeps us well below the range

    die_with_parent()
    rfd, wfd = os.pipe()
    pids = []

    def cleanup(*_):
        for p in pids:
            try:
                os.kill(p, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for p in pids:
            try:
                os.waitpid(p, 0)
            except ChildProcessError:
                pass
        sys.exit(0)

    signal.signal(signal.SIGTERM, cleanup)
    signal.signal(signal.SIGINT, cleanup)
    signal.signal(signal.SIGALRM, cleanup)
    signal.alarm(a.timeout)

    for i, n in enumerate(shares):
        pid = os.fork()
        if pid == 0:
            os.close(rfd)
            try:
                worker(i, n, a.base_port + i, wfd)
            finally:
                os._exit(1)
        pids.append(pid)
    os.close(wfd)

    made = 0
    errors = []
    with os.fdopen(rfd) as r:
        for line in r:
            idx, n, msg = (line.rstrip("\n").split(" ", 2) + [""])[:3]
            made += int(n)
            if msg:
                errors.append("worker %s: %s" % (idx, msg))
    signal.alarm(0)
    for e in errors:
        print("loadgen: " + e, file=sys.stderr)
    tmp = a.ready_file + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d %d %s\n" % (2 * made, nworkers, " ".join(map(str, pids))))
    os.rename(tmp, a.ready_file)

    signal.alarm(max(1, a.lifetime))
    ppid = os.getppid()
    while True:
        time.sleep(1)
        if os.getppid() != ppid:
            cleanup()


if __name__ == "__main__":
    main()
