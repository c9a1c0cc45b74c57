"""Checks netstat's structured output under --netns/--all-netns for
netns.sh: every row carries the netns fields of its namespace, and the
rows of each namespace, without those fields, are exactly the rows the
same format gives when netstat runs inside that namespace.

usage: netns_check.py FORMAT OURS INODE=INSIDE_FILE [INODE=INSIDE_FILE...]
Exit 0 when it holds, else 1 with the reason on stdout."""
import csv
import io
import json
import sys

import yaml

NETNS = ("netns", "netns.name", "netns.names", "netns.pid",
         "netns.command", "netns.cgroup", "netns.container_runtime",
         "netns.container_id", "netns.pod_uid", "netns.unit")


def rows_of(fmt, text, ours=False):
    """[(section key, row dict)] of a whole output; of ours, also checks
    that each section has the netns object of its rows' namespace."""
    out = []
    if fmt == "csv":
        reader = csv.reader(io.StringIO(text))
        header = None
        for rec in reader:
            if not rec:
                continue
            if rec[0] == "section":
                header = rec
                continue
            out.append((rec[0], dict(zip(header[1:], rec[1:]))))
        return out
    docs = ([json.loads(line) for line in text.splitlines() if line.strip()]
            if fmt == "json" else list(yaml.safe_load_all(text)))
    for doc in docs:
        for sec in doc["sections"]:
            keys = [c["key"] for c in sec["columns"]]
            if ours:
                if not all(k in keys for k in NETNS):
                    raise SystemExit("section %s lacks netns columns" %
                                     sec["key"])
                ns = sec.get("netns")
                if not ns or set(ns) != {"inode", "host", "name", "names",
                                         "pid", "command", "cgroup",
                                         "container_runtime", "container_id",
                                         "pod_uid", "unit"}:
                    raise SystemExit("section %s: netns object %r" %
                                     (sec["key"], ns))
                for row in sec["rows"]:
                    if row["netns"] != ns["inode"] or \
                            row["netns.name"] != ns["name"] or \
                            row["netns.pid"] != ns["pid"] or \
                            row["netns.container_id"] != ns["container_id"]:
                        raise SystemExit("section %s: row %r under %r" %
                                         (sec["key"], row, ns))
            elif "netns" in sec:
                raise SystemExit("netns object inside the namespace")
            for row in sec["rows"]:
                out.append((sec["key"], row))
    return out


def main():
    fmt, ours = sys.argv[1], open(sys.argv[2]).read()
    got = {}
    for key, row in rows_of(fmt, ours, ours=True):
        if "netns" not in row:
            print("a row without netns: %r" % (row,))
            return 1
        ino = str(row["netns"])
        got.setdefault(ino, []).append(
            (key, {k: v for k, v in row.items() if k not in NETNS}))
    for arg in sys.argv[3:]:
        ino, path = arg.split("=", 1)
        want = rows_of(fmt, open(path).read())
        have = got.get(ino, [])
        if sorted(map(repr, have)) != sorted(map(repr, want)):
            print("namespace %s: %d rows, inside %d; first differences:"
                  % (ino, len(have), len(want)))
            print(" ours:  ", [r for r in have if r not in want][:2])
            print(" inside:", [r for r in want if r not in have][:2])
            return 1
        if not want:
            print("namespace %s: no rows inside (test set-up?)" % ino)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
