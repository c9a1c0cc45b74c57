#!/usr/bin/env python3
"""Seeds tests/fuzz/corpus/<harness>/ from tests/fixtures.

Each family harness reads the files named in its fuzz_<name>.c
(`.files = {...}`); every fixture tree holding any of them gives one seed:
the files joined with the harness separator, in the harness's order, an
absent file as an empty part. The config and CLI harnesses get the shipped
configs and a few command lines. Run once, then minimise with
`make fuzz FUZZ_MERGE=1` in a fuzzing build (tests/fuzz/README.md).
"""
import hashlib
import os
import re
import sys

SPLIT = b"\n%%FILE\n"
HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(TOP, "tests", "fixtures")


def harness_files():
    out = {}
    for name in sorted(os.listdir(HERE)):
        m = re.match(r"fuzz_(\w+)\.c$", name)
        if not m:
            continue
        text = open(os.path.join(HERE, name)).read()
        files = re.search(r"\.files = \{([^}]*)\}", text)
        if files:
            out[m.group(1)] = re.findall(r'"([^"]+)"', files.group(1))
    return out


def trees():
    """Directories that look like a proc root (they hold net/)."""
    for dirpath, dirnames, _ in os.walk(FIXTURES):
        if "net" in dirnames and os.path.isdir(os.path.join(dirpath, "net")):
            yield dirpath


def save(name, data):
    d = os.path.join(HERE, "corpus", name)
    os.makedirs(d, exist_ok=True)
    digest = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, digest), "wb") as f:
        f.write(data)


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except (IsADirectoryError, FileNotFoundError, NotADirectoryError):
        return None


def main():
    for name, files in harness_files().items():
        for root in trees():
            parts = [read(os.path.join(root, f)) for f in files]
            if any(p is not None for p in parts):
                save(name, SPLIT.join(p or b"" for p in parts))
    dev = read(os.path.join(FIXTURES, "netdev", "dev"))
    if dev:
        save("netdev", dev)
    for conf in ("conf/netstat.yaml",
                 "conf/conf.d/example-vendor.yaml.sample"):
        data = read(os.path.join(TOP, conf))
        if data:
            save("config", data)
    for line in ("-tulpn", "-r\0-n\0-e\0-e", "-A\0inet,unix,vendor\0-a",
                 "--format=json\0-s\0--tcp", "-i\0-e\0-W",
                 "--proc-root\0/x\0-M\0--numeric-hosts", "-gv\0-Z",
                 "-rC\0-F\0-6", "--protocol=ax25,ipx\0--inet\0-c", "-h",
                 "-V", "--\0-x"):
        save("cli", line.encode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
