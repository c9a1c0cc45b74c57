#!/usr/bin/env python3
"""Checks, in the private network namespace socket-owners.sh made, what
structured output says about who holds a socket and what is on its other
end, against ss(8) and /proc. Prints TAP.

1. A connected unix socket pair and a listener with a pending client: the
   rows of both ends of the pair name each other's inode (peer_inode), as
   `ss -xp` does; the listener's pending_connections is ss's Recv-Q.
2. The pair is held by two processes (a fork): `processes` lists both,
   with pid, name, uid and cgroup, as ss's users:(...) does.
3. A process moved into a cgroup named like a docker scope (under the
   cgroup v2 mount, found in /proc/self/mountinfo) is reported with that
   container id and runtime, for its unix and TCP sockets.
4. Every document validates against docs/netstat.schema.json, each field
   against its column's type (tests/formats/check_output.py).
"""
import argparse
import json
import os
import re
import socket
import subprocess
import sys
import time

results = []
outputs = []  # (args, raw JSON text) of every run, for the schema check


def check(ok, what, detail=""):
    results.append((bool(ok), what, detail))


def netstat(binary, *args):
    out = subprocess.run([binary, *args], capture_output=True, text=True,
                         check=False)
    if out.returncode != 0:
        raise RuntimeError(f"netstat {' '.join(args)}: {out.stderr}")
    outputs.append((args, out.stdout))
    return json.loads(out.stdout)


def rows(doc, key):
    return [r for s in doc["sections"] if s["key"] == key for r in s["rows"]]


def ss_unix():
    """inode -> (peer inode, recv-q, [pids]) from `ss -xap`."""
    out = subprocess.run(["ss", "-xapn"], capture_output=True, text=True,
                         check=True).stdout
    table = {}
    for line in out.splitlines()[1:]:
        f = line.split()
        # Netid State Recv-Q Send-Q Local Port Peer Port [Process]
        if len(f) < 8:
            continue
        try:
            inode, peer = int(f[5]), int(f[7])
        except ValueError:
            continue
        pids = sorted(int(p) for p in re.findall(r"pid=(\d+)", line))
        table[inode] = (peer, int(f[2]), pids)
    return table


def cgroup2_mount():
    with open("/proc/self/mountinfo") as f:
        for line in f:
            left, _, right = line.partition(" - ")
            if right.split()[0] == "cgroup2":
                return left.split()[4]
    return None


def hold(child_work):
    """Forks a child that runs child_work() then sleeps; returns its pid."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            child_work()
            os.write(w, b"k")
        except Exception as e:  # reported by the parent as a failure
            os.write(w, str(e).encode()[:200] or b"?")
        time.sleep(60)
        os._exit(0)
    os.close(w)
    msg = os.read(r, 256)
    os.close(r)
    if msg != b"k":
        raise RuntimeError(f"child setup: {msg.decode(errors='replace')}")
    return pid


def unix_pair(binary, work):
    a, b = socket.socketpair()
    path = os.path.join(work, "listener.sock")
    lst = socket.socket(socket.AF_UNIX)
    lst.bind(path)
    lst.listen(4)
    client = socket.socket(socket.AF_UNIX)
    client.connect(path)
    # A second holder of every socket above.
    child = hold(lambda: None)
    try:
        doc = netstat(binary, "--format=json", "-xap")
        ss = ss_unix()
    finally:
        os.kill(child, 9)
        os.waitpid(child, 0)
    by_inode = {r["inode"]: r for r in rows(doc, "unix") if r["inode"]}
    ia, ib = os.fstat(a.fileno()).st_ino, os.fstat(b.fileno()).st_ino
    ra, rb = by_inode.get(ia), by_inode.get(ib)
    check(ra and rb, "both ends of the pair are listed",
          f"{ia} {ib} not in {sorted(by_inode)[:20]}")
    if not (ra and rb):
        return
    check(ra["peer_inode"] == ib and rb["peer_inode"] == ia,
          "the pair's rows name each other's inode",
          f"{ra['peer_inode']} {rb['peer_inode']}")
    check(ss.get(ia, (None,))[0] == ra["peer_inode"] and
          ss.get(ib, (None,))[0] == rb["peer_inode"],
          "peer inodes agree with ss -xp", f"ss: {ss.get(ia)} {ss.get(ib)}")
    il = os.fstat(lst.fileno()).st_ino
    rl = by_inode.get(il, {})
    check(rl.get("pending_connections") == 1 and
          ss.get(il, (None, None))[1] == 1,
          "the listener has one pending connection, as ss's Recv-Q says",
          f"{rl.get('pending_connections')} ss {ss.get(il)}")
    ic = os.fstat(client.fileno()).st_ino
    check(rl.get("pending_inodes") == [ic],
          "the listener's pending_inodes names the waiting client",
          f"{rl.get('pending_inodes')} != [{ic}]")
    st = os.stat(path)
    check(rl.get("vfs_inode") == st.st_ino,
          "the listener's vfs_inode is the bound file's inode",
          f"{rl.get('vfs_inode')} != {st.st_ino}")
    check(rl.get("uid", {}).get("uid") == os.getuid(),
          "the listener's uid is ours", str(rl.get("uid")))
    procs = ra.get("processes") or []
    pids = sorted(p["pid"] for p in procs)
    check(pids == sorted([os.getpid(), child]),
          "processes lists both holders of the pair",
          f"{pids} vs {[os.getpid(), child]}")
    check(pids == ss.get(ia, (0, 0, []))[2],
          "the holders agree with ss -xp's users", f"ss {ss.get(ia)}")
    me = [p for p in procs if p["pid"] == os.getpid()]
    with open("/proc/self/cgroup") as f:
        v2 = [l.strip()[3:] for l in f if l.startswith("0::")]
    check(me and me[0]["uid"] == os.getuid() and me[0]["name"] and
          me[0]["cgroup"] == (v2[0] if v2 else None),
          "a holder carries its uid, name and cgroup v2 path", str(me))
    check(ra["program"] and ra["program"]["pid"] in pids,
          "the classic program column is one of the holders",
          str(ra["program"]))
    for s in (a, b, lst, client):
        s.close()


def container(binary, work, skip):
    mount = cgroup2_mount()
    if not mount:
        skip.append("container id: no cgroup v2 mount in /proc/self/mountinfo")
        return
    cid = os.urandom(32).hex()
    group = os.path.join(mount, f"docker-{cid}.scope")
    try:
        os.mkdir(group)
    except OSError as e:
        skip.append(f"container id: cgroup v2 at {mount} is not writable: {e}")
        return
    child = None
    try:
        path = os.path.join(work, "container.sock")

        def inside():
            with open(os.path.join(group, "cgroup.procs"), "w") as f:
                f.write(str(os.getpid()))
            global kept
            u = socket.socket(socket.AF_UNIX)
            u.bind(path)
            u.listen(1)
            t = socket.socket()
            t.bind(("127.0.0.1", 47211))
            t.listen(1)
            kept = (u, t)

        child = hold(inside)
        for args, key, match in (
                (["-xlp"], "unix", lambda r: r["path"] == path),
                (["-tlnp"], "internet",
                 lambda r: r["local_address"]["port"] == 47211)):
            doc = netstat(binary, "--format=json", *args)
            found = [r for r in rows(doc, key) if match(r)]
            procs = found[0]["processes"] if found else None
            p = procs[0] if procs else {}
            check(p.get("pid") == child and
                  p.get("container_id") == cid and
                  p.get("container_runtime") == "docker" and
                  p.get("cgroup", "").endswith(f"/docker-{cid}.scope"),
                  f"{' '.join(args)}: the holder is in docker container "
                  f"{cid[:12]}", json.dumps(found))
    finally:
        if child:
            os.kill(child, 9)
            os.waitpid(child, 0)
        for _ in range(50):
            try:
                os.rmdir(group)
                break
            except OSError:
                time.sleep(0.1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netstat", required=True)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--checker", required=True)
    ap.add_argument("--schema", required=True)
    a = ap.parse_args()
    skip = []
    try:
        unix_pair(a.netstat, a.dir)
    except Exception as e:
        check(False, "unix pair checks ran", repr(e))
    try:
        container(a.netstat, a.dir, skip)
    except Exception as e:
        check(False, "container checks ran", repr(e))
    for i, (args, text) in enumerate(outputs):
        path = os.path.join(a.dir, f"out{i}.json")
        with open(path, "w") as f:
            f.write(text)
        r = subprocess.run([sys.executable, a.checker, "schema", path,
                            a.schema], capture_output=True, text=True)
        if r.returncode == 77:
            skip.append(f"schema check: {r.stderr.strip()}")
            break
        check(r.returncode == 0,
              f"{' '.join(args)}: the output validates against the schema",
              r.stderr.strip())
    n = len(results) + len(skip)
    print(f"1..{n}")
    i = 0
    for ok, what, detail in results:
        i += 1
        print(f"{'ok' if ok else 'not ok'} {i} - {what}")
        if not ok and detail:
            print(f"# {detail}")
    for why in skip:
        i += 1
        print(f"ok {i} # SKIP {why}")


if __name__ == "__main__":
    sys.exit(main())
