"""--info and --memory against ss, for the same sockets, inside a private
network namespace (socket-info.sh makes it). Moves a few MB over loopback
TCP pairs (v4 and v6), keeps them open, then compares:

- `--format=json -tn --info` with `ss -tin`: congestion control, snd_mss
  (ss "mss"), rcv_mss ("rcvmss"), wscale, the option flags; rtt, cwnd and
  the sender's bytes_acked positive;
- `--format=json -tn --memory` with `ss -tmn` (skmem) for idle sockets;
- the classic detail line, --filter on the new fields, the identity
  fields (uid, cookie, cgroup path) and the proc backend's subset.

Prints TAP.
"""
import argparse
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time

results = []


def check(ok, what, detail=""):
    results.append((bool(ok), what, detail))


def run(argv, env=None):
    p = subprocess.run(argv, capture_output=True, text=True, env=env)
    return p.returncode, p.stdout, p.stderr


def traffic_pair(family, host, port, megabytes):
    """A listener, a connected pair, `megabytes` sent each way; all kept."""
    srv = socket.socket(family, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((host, port))
    srv.listen()
    cli = socket.create_connection((host, port))
    acc, _ = srv.accept()
    total = megabytes << 20

    def drain(s, n):
        while n > 0:
            n -= len(s.recv(1 << 20))

    for sender, receiver in ((cli, acc), (acc, cli)):
        t = threading.Thread(target=drain, args=(receiver, total))
        t.start()
        block = b"x" * (1 << 20)
        for _ in range(megabytes):
            sender.sendall(block)
        t.join()
    return [srv, cli, acc]


def endpoint_text(ep):
    a = ep["address"]
    return ("[%s]" % a if ep["family"] == "inet6" else a) + ":%d" % ep["port"]


def rows_of(doc):
    out = {}
    for sec in doc["sections"]:
        for r in sec["rows"]:
            if r.get("local_address"):
                key = (endpoint_text(r["local_address"]),
                       endpoint_text(r["foreign_address"]))
                out[key] = r
    return out


SS_FLAGS = {"ts": "timestamps", "sack": "sack", "ecn": "ecn",
            "ecnseen": "ecn_seen"}


def ss_sockets(args):
    """ss's established sockets: {(local, peer): detail text}."""
    rc, out, _ = run(["ss", "-Hn", "state", "established"] + args)
    found, key = {}, None
    for line in out.splitlines():
        if line.startswith(("\t", " ")) and key:
            found[key] = found.get(key, "") + " " + line.strip()
            continue
        f = line.split()
        if len(f) >= 4:
            key = (f[2], f[3])
            found[key] = ""
    return found


def ours(netstat, args, env=None):
    rc, out, err = run([netstat, "--format=json"] + args, env)
    return rc, (json.loads(out) if rc == 0 and out else None), err


def fmt_addr(a):
    return ("[%s]:%d" % (a[0], a[1])) if ":" in a[0] else "%s:%d" % a[:2]


def own_infos(sockets):
    """getsockopt(TCP_INFO) of our connected sockets, by endpoints."""
    out = {}
    for s in sockets:
        try:
            key = (fmt_addr(s.getsockname()), fmt_addr(s.getpeername()))
        except OSError:
            continue
        out[key] = s.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 256)
    return out


def compare_info(netstat, infos):
    rc, doc, err = ours(netstat, ["-tn", "--info"])
    check(rc == 0 and doc, "--format=json -tn --info runs", err)
    if not doc:
        return
    mine = rows_of(doc)
    theirs = ss_sockets(["-ti"])
    check(len(theirs) >= 4, "ss lists the four connected sockets",
          repr(theirs))
    for key, text in sorted(theirs.items()):
        r = mine.get(key)
        name = "%s -> %s" % key
        check(r is not None, name + ": the row is there")
        if r is None:
            continue
        tokens = text.split()
        kv = dict(t.split(":", 1) for t in tokens if ":" in t and
                  not t.startswith("(") and "(" not in t)
        check(r["congestion_control"] == tokens[0],
              name + ": congestion control as ss",
              "%r vs %r" % (r["congestion_control"], tokens[0]))
        check(str(r["snd_mss"]) == kv.get("mss"), name + ": snd_mss as ss",
              "%r vs %r" % (r["snd_mss"], kv.get("mss")))
        check(str(r["rcv_mss"]) == kv.get("rcvmss"),
              name + ": rcv_mss as ss",
              "%r vs %r" % (r["rcv_mss"], kv.get("rcvmss")))
        ws = "%s,%s" % (r["snd_wscale"], r["rcv_wscale"])
        if "wscale" in kv:
            check(ws == kv["wscale"], name + ": wscale as ss",
                  "%s vs %s" % (ws, kv["wscale"]))
        else:
            check("wscale" not in r["option_names"].split(","),
                  name + ": no wscale option, as ss says")
        # ss 6.1 leaves ts and sack out of its text: what it names must
        # be ours, and the whole byte what getsockopt(TCP_INFO) says.
        flags = {SS_FLAGS[t] for t in tokens if t in SS_FLAGS}
        mine_flags = set(r["option_names"].split(","))
        check(flags <= mine_flags, name + ": option flags ss names",
              "%s vs %s" % (sorted(mine_flags), sorted(flags)))
        own = infos.get(key)
        if own is not None:
            check(r["options"] == own[5] and
                  r["snd_wscale"] == own[6] & 15 and
                  r["rcv_wscale"] == own[6] >> 4,
                  name + ": options and wscale as getsockopt(TCP_INFO)",
                  "%r/%r/%r vs %r/%r" % (r["options"], r["snd_wscale"],
                                         r["rcv_wscale"], own[5], own[6]))
        check(r["rtt_us"] > 0 and r["snd_cwnd"] > 0,
              name + ": rtt and cwnd positive",
              "rtt %r cwnd %r" % (r["rtt_us"], r["snd_cwnd"]))
        check(r["bytes_acked"] > (1 << 20), name + ": bytes_acked > 1 MiB",
              repr(r["bytes_acked"]))
    cols = {c["key"]: c for s in doc["sections"] for c in s["columns"]}
    check(cols.get("rtt_us", {}).get("type") == "uint",
          "rtt_us is a uint column")
    # Without the options the rows carry no internals.
    rc, plain, _ = ours(netstat, ["-tn"])
    keys = {c["key"] for s in plain["sections"] for c in s["columns"]}
    check("rtt_us" not in keys and "rmem_alloc" not in keys and
          "cookie" in keys and "cgroup" in keys,
          "without --info/--memory: identity columns, no internals",
          repr(sorted(keys)))


def compare_memory(netstat):
    # Idle means ss reads the same before and after ours (the kernel may
    # still be reclaiming memory, on a loaded machine for a while).
    for _ in range(40):
        time.sleep(0.3)
        before = ss_sockets(["-tm"])
        rc, doc, err = ours(netstat, ["-tn", "--memory"])
        theirs = ss_sockets(["-tm"])
        if before == theirs:
            break
    check(before == theirs, "the pairs went idle (ss -tm twice the same)",
          "%s vs %s" % (before, theirs))
    check(rc == 0 and doc, "--format=json -tn --memory runs", err)
    if not doc:
        return
    mine = rows_of(doc)
    names = ["rmem_alloc", "rcvbuf", "wmem_alloc", "sndbuf", "fwd_alloc",
             "wmem_queued", "optmem", "backlog", "drops"]
    for key, text in sorted(theirs.items()):
        m = re.search(r"skmem:\(([^)]*)\)", text)
        r = mine.get(key)
        if not m or r is None:
            check(False, "%s -> %s: skmem in both" % key, text)
            continue
        theirs_v = [int(re.sub(r"^[a-z]+", "", f))
                    for f in m.group(1).split(",")]
        mine_v = [r[n] for n in names]
        check(mine_v == theirs_v[:len(names)],
              "%s -> %s: --memory as ss -tm" % key,
              "%s vs %s" % (mine_v, theirs_v))


def classic_and_filters(netstat, port):
    rc, out, err = run([netstat, "-tn", "--info", "--memory"])
    lines = out.splitlines()
    rows = [i for i, l in enumerate(lines) if l.startswith("tcp")]
    ok = rows and all(i + 1 < len(lines) and
                      lines[i + 1].startswith("\trcvbuf:") and
                      " congestion_control:" in lines[i + 1] and
                      " rtt_us:" in lines[i + 1] and
                      " snd_mss:" in lines[i + 1] for i in rows)
    check(rc == 0 and ok, "classic: a detail line after each row", out)
    rc, plain, _ = run([netstat, "-tn"])
    check(rc == 0 and "\t" not in plain and
          plain.splitlines()[:2] == lines[:2],
          "classic without the options: no detail lines")
    rc, out, err = run([netstat, "-tn", "--info", "--count", "--filter",
                        "rtt_us > 0 and bytes_acked > 1000000"])
    check(rc == 0 and out.split()[-1] == "4",
          "--filter on rtt_us and bytes_acked", out + err)
    rc, out, err = run([netstat, "-tn", "--info", "--count", "--filter",
                        "rtt_us > 100ms"])
    check(rc == 0 and out.split()[-1] == "0",
          "--filter 'rtt_us > 100ms': a duration in the column's unit",
          out + err)
    rc, out, err = run([netstat, "-tn", "--info", "--count", "--filter",
                        "rtt_us < 10s"])
    check(rc == 0 and out.split()[-1] == "4",
          "--filter 'rtt_us < 10s'", out + err)
    rc, out, err = run([netstat, "-tn", "--info", "--filter",
                        "rtt_us > 5 parsecs"])
    check(rc != 0 and err.startswith("netstat: "),
          "a bad literal is a clear error", err)
    rc, out, err = run([netstat, "-tn", "--info", "--sort=-bytes_acked",
                        "--columns=local_address,bytes_acked"])
    nums = [int(l.split()[-1]) for l in out.splitlines()[2:] if l.strip()]
    check(rc == 0 and nums == sorted(nums, reverse=True) and nums,
          "--sort on bytes_acked", out + err)


def identity(netstat, sockets):
    rc, doc, err = ours(netstat, ["-tn"])
    mine = rows_of(doc)
    with open("/proc/self/cgroup") as f:
        v2 = [l.split("::", 1)[1].strip() for l in f if l.startswith("0::")]
    cookies = set()
    for s in sockets:
        try:
            peer = s.getpeername()
        except OSError:
            continue
        local = s.getsockname()
        fmt = fmt_addr
        r = mine.get((fmt(local), fmt(peer)))
        if r is None:
            check(False, "identity: row of %s" % fmt(local))
            continue
        cookies.add(r["cookie"])
        check(r["uid"] == os.getuid(), "identity: uid of %s" % fmt(local))
        if v2:
            check(r["cgroup"] == v2[0] and r["cgroup_id"] > 0,
                  "identity: cgroup path of %s" % fmt(local),
                  "%r vs %r" % (r["cgroup"], v2[0]))
        check(r["bound_ifindex"] is None and r["mark"] == 0,
              "identity: not bound, mark 0 (root sees it)",
              "%r %r" % (r["bound_ifindex"], r["mark"]))
    check(len(cookies) == 4 and None not in cookies,
          "identity: four distinct cookies", repr(cookies))


def proc_backend(netstat):
    env = dict(os.environ, NETSTAT_BACKEND="proc")
    rc, doc, err = ours(netstat, ["-tn", "--info"], env)
    rows = list(rows_of(doc).values()) if doc else []
    check(rc == 0 and rows and
          all(r["retransmits"] is not None and r["rtt_us"] is None and
              r["cookie"] is None and r["uid"] is not None for r in rows),
          "proc backend: retransmits and uid, the rest null", err)
    check("netlink backend" in err, "proc backend: a note says why", err)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netstat", required=True)
    a = ap.parse_args()
    keep = traffic_pair(socket.AF_INET, "127.0.0.1", 5601, 4)
    try:
        keep += traffic_pair(socket.AF_INET6, "::1", 5602, 4)
    except OSError as e:
        print("1..0 # SKIP no IPv6 loopback: %s" % e)
        return
    compare_info(a.netstat, own_infos(keep))
    compare_memory(a.netstat)
    classic_and_filters(a.netstat, 5601)
    identity(a.netstat, keep)
    proc_backend(a.netstat)
    print("1..%d" % len(results))
    for i, (ok, what, detail) in enumerate(results, 1):
        print("%s %d - %s" % ("ok" if ok else "not ok", i, what))
        if not ok and detail:
            for l in str(detail).splitlines()[:20]:
                print("#   " + l)


if __name__ == "__main__":
    main()
