#!/usr/bin/env python3
"""Run one command once and report, as one JSON line: exit code, wall time,
peak RSS (KiB), stdout lines and the count of lines containing ESTAB (a
sanity check that a candidate really printed the load).

Peak RSS comes from GNU time (`/usr/bin/time -f %M`, Debian package `time`):
it forks a small process and execs the command, so the figure is the
command's own high-water mark (about 1 MB for `true`).  getrusage() of a
child forked from Python would carry Python's ~10 MB into the child's
high-water mark, so it is not used.

Usage: probe.py NAME -- COMMAND [ARGS...]
"""
import json
import os
import subprocess
import sys
import tempfile
import time

GNU_TIME = "/usr/bin/time"


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        sys.exit(__doc__)
    name, cmd = sys.argv[1], sys.argv[3:]
    lines = estab = 0
    tf = tempfile.NamedTemporaryFile(prefix="bench-rss.", delete=False)
    tf.close()
    t0 = time.monotonic()
    try:
        p = subprocess.Popen([GNU_TIME, "-f", "%M", "-o", tf.name] + cmd, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, bufsize=1 << 16)
    except OSError as e:
        print(json.dumps({"name": name, "cmd": cmd, "rc": 127,
                          "error": str(e)}))
        return
    # stderr is small; read stdout fully first, then stderr
    for line in p.stdout:
        lines += 1
        if b"ESTAB" in line:
            estab += 1
    err = p.stderr.read()
    rc = p.wait()
    wall = time.monotonic() - t0
    try:
        with open(tf.name) as f:
            rss = int(f.read().strip().splitlines()[-1])
    except (OSError, ValueError, IndexError):
        rss = None
    os.unlink(tf.name)
    first_err = err.decode("utf-8", "replace").strip().splitlines()[:1]
    print(json.dumps({"name": name, "cmd": cmd, "rc": rc, "wall": wall,
                      "maxrss_kb": rss, "lines": lines,
                      "estab": estab,
                      "stderr": first_err[0][:200] if first_err else ""}))


if __name__ == "__main__":
    main()
