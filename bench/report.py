#!/usr/bin/env python3
"""Turn the raw output of bench/run.sh (a work directory) into RESULTS.md
on stdout.  Standard library only.  Usage: report.py WORKDIR"""

import json
import os
import sys

# Targets from the issue.  (phase, size or None for any, group, kind, ref,
# limit, text).  kind "time": mean(ours) <= limit * mean(ref) ("<" when
# strict); kind "rss": peak RSS of ours <= limit KiB.
TARGETS = [
    ("sockets", 100000, "tan", "time", "ss", 0.7, "`-tan` 100k sockets ≤ 0.7× `ss -tan`"),
    ("sockets", 100000, "tanp", "time", "net-tools", 0.15, "`-tanp` 100k sockets ≤ 0.15× net-tools `netstat -tanp`"),
    ("sockets", 100000, "tanp", "strict", "ss", 1.0, "`-tanp` 100k sockets faster than `ss -tanp`"),
    ("sockets", 100000, "tan", "rss", None, 4096, "peak RSS `-tan` 100k ≤ 4 MB"),
    ("sockets", 100000, "tanp", "rss", None, 16384, "peak RSS `-tanp` 100k ≤ 16 MB"),
    ("routes", 200000, "rn", "time", "ip", 0.7, "`-rn` 200k routes ≤ 0.7× `ip -4 route`"),
    ("sockets", 100000, "filter", "time", "ss", 0.7, "`-tan --filter 'dport = :P'` 100k sockets ≤ 0.7× `ss -tan dport = :P`"),
    ("sockets", 100000, "filter", "rss", None, 4096, "peak RSS `-tan --filter` 100k ≤ 4 MB (as `-tan`)"),
    ("sockets", 100000, "groupby", "time", "tan", 1.2, "`-tan --group-by=state` 100k sockets ≤ 1.2× `-tan`"),
    ("sockets", 100000, "info", "time", "tan", 1.5, "`-tan --info` 100k sockets ≤ 1.5× `-tan`"),
    ("sockets", 100000, "info", "strict", "ss", 1.0, "`-tan --info` 100k sockets faster than `ss -tani`"),
    ("empty", None, "s", "time", "net-tools", 1.3, "`-s` empty namespace ≤ 1.3× net-tools"),
    ("empty", None, "i", "time", "net-tools", 1.3, "`-i` empty namespace ≤ 1.3× net-tools"),
    ("empty", None, "rn", "time", "net-tools", 1.3, "`-rn` empty namespace ≤ 1.3× net-tools"),
    ("empty", None, "tan", "time", "net-tools", 1.3, "`-tan` empty namespace ≤ 1.3× net-tools"),
]

GROUP_TITLE = {"tan": "-tan", "tanp": "-tanp", "rn": "-rn", "i": "-i", "s": "-s",
               "filter": "-tan --filter=dport=:P",
               "groupby": "-tan --group-by=state",
               "info": "-tan --info"}


def load_json(path, default=None):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return default


def load_jsonl(path):
    out = {}
    try:
        with open(path) as f:
            for line in f:
                line = line.strip()
                if line:
                    d = json.loads(line)
                    out[d["name"]] = d
    except (OSError, ValueError):
        pass
    return out


def fmt_time(sec):
    if sec is None:
        return "n/a"
    if sec >= 1:
        return "%.2f s" % sec
    return "%.1f ms" % (sec * 1000) if sec >= 0.01 else "%.2f ms" % (sec * 1000)


def fmt_mean(r):
    if not r:
        return "n/a (not measured / timed out)"
    m, s = r["mean"], r.get("stddev") or 0.0
    if m >= 1:
        return "%.3f s ± %.3f" % (m, s)
    return "%.2f ms ± %.2f" % (m * 1000, s * 1000)


def fmt_kib(k):
    if k is None:
        return "n/a"
    return "%.1f MB" % (k / 1024.0) if k >= 1024 else "%d kB" % k


def human(n):
    n = int(n)
    if n >= 1000 and n % 1000 == 0:
        return "%dk" % (n // 1000)
    return str(n)


class Group:
    def __init__(self, work, tag, group):
        self.tag, self.group = tag, group
        self.phase, size = tag.split("-", 1)
        self.size = int(size)
        hf = load_json(os.path.join(work, "%s.%s.hyperfine.json" % (tag, group)), {})
        self.results = {r["command"]: r for r in hf.get("results", [])}
        self.probe = load_jsonl(os.path.join(work, "%s.%s.probe.jsonl" % (tag, group)))
        self.names = list(self.probe.keys()) or list(self.results.keys())

    def mean(self, name):
        r = self.results.get(name)
        return r["mean"] if r else None

    def rss(self, name):
        p = self.probe.get(name)
        return p.get("maxrss_kb") if p else None

    def ratio(self, name, ref):
        a, b = self.mean(name), self.mean(ref)
        if a is None or b is None or b <= 0:
            return None
        return a / b


def check(t, g):
    """Evaluate target t on group g: (met: bool|None, measured text)."""
    _, _, _, kind, ref, limit, _ = t
    if kind == "rss":
        k = g.rss("ours")
        if k is None:
            return None, "n/a"
        return k <= limit, fmt_kib(k)
    r = g.ratio("ours", ref)
    if r is None:
        return None, "n/a"
    if not same_output(g):
        return "cmp", "%.2f×" % r
    met = r < limit if kind == "strict" else r <= limit
    return met, "%.2f×" % r


def same_output(g):
    """True unless ours printed a clearly different number of lines than
    net-tools (then a timing says nothing)."""
    po, pn = g.probe.get("ours"), g.probe.get("net-tools")
    if not po or not pn:
        return True
    a, b = po.get("lines", 0), pn.get("lines", 0)
    return abs(a - b) <= max(1, b // 100)


def floor_note(g):
    """For the info table: the kernel's own ratio of the two dumps, which
    bounds what any user-space --info can reach against -tan."""
    kernel = g.ratio("floor-info", "floor")
    if g.group != "info" or kernel is None:
        return None
    ours = g.ratio("ours", "tan")
    over_tan, over_info = g.ratio("tan", "floor"), g.ratio("ours", "floor-info")
    return ("kernel floor: `floor tcp4 --info` / `floor tcp4` = %.2f× (the dump "
            "with tcp_info and the congestion control against the bare dump), "
            "ours `--info` / `-tan` = %s; ours over its floor: `-tan` %s, "
            "`--info` %s" % (kernel, fmt_ratio(ours), fmt_ratio(over_tan),
                             fmt_ratio(over_info)))


def fmt_ratio(r):
    return "%.2f×" % r if r is not None else "n/a"


def without_command(text):
    """A target's text without the command it starts with (the row
    names it): "`-tan --info` 100k ..." -> "100k ..."."""
    if text.startswith("`") and "` " in text[1:]:
        return text[text.index("` ", 1) + 2:]
    return text


def word(met):
    return {True: "met", False: "**not met**", None: "n/a",
            "cmp": "**not comparable** (output differs from net-tools)"}[met]


def targets_for(g):
    return [t for t in TARGETS
            if t[0] == g.phase and (t[1] is None or t[1] == g.size) and t[2] == g.group]


def main():
    work = sys.argv[1]
    meta = load_json(os.path.join(work, "meta.json"), {})
    groups = []
    try:
        with open(os.path.join(work, "groups")) as f:
            for line in f:
                if line.strip():
                    tag, grp = line.split()
                    groups.append(Group(work, tag, grp))
    except OSError:
        pass

    o = []
    w = o.append
    w("# Benchmark results")
    w("")
    w("Generated by `bench/run.sh` (see `bench/README.md`). One run; every load in its own")
    w("network namespace (`unshare -n`); all commands of a table measured in the same")
    w("hyperfine invocation, output to /dev/null. Peak RSS from one separate run")
    w("(GNU time `%M`). Ratios are mean(row) / mean(reference); \"lines\" is the line")
    w("count of that probe run (a check that each tool printed the whole load).")
    w("")
    w("- Date: %s" % meta.get("date", "?"))
    w("- Machine: %s CPUs (nproc), %s, %s RAM; kernel %s"
      % (meta.get("nproc", "?"), meta.get("cpu", "?"), meta.get("mem", "?"), meta.get("kernel", "?")))
    v = meta.get("versions", {})
    w("- Tools: %s; %s; %s; %s; Python %s"
      % (v.get("net-tools", "?"), v.get("busybox", "?").split(" multi-call")[0],
         v.get("ss", "?"), v.get("hyperfine", "?"), v.get("python", "?")))
    if meta.get("git"):
        w("- Source tree: `%s`" % meta["git"])
    w("- Candidate: `%s`%s" % (meta.get("candidate", "?"),
                               (" with " + ", ".join("`%s`" % e for e in meta["env"])) if meta.get("env") else ""))
    w("- Reproduce (as root):")
    w("")
    w("  ```sh")
    w("  %s" % meta.get("command", "?"))
    w("  ```")
    w("")

    # --- summary of targets
    w("## Targets")
    w("")
    w("| target | measured | result |")
    w("|---|---|---|")
    seen = False
    for t in TARGETS:
        for g in groups:
            if g.phase == t[0] and (t[1] is None or g.size == t[1]) and g.group == t[2]:
                met, meas = check(t, g)
                w("| %s | %s | %s |" % (t[6], meas, word(met)))
                seen = True
    if not seen:
        w("| (no load of a size that has a target was run) | | |")
    w("")

    # --- per load
    loads = []
    for g in groups:
        if g.tag not in loads:
            loads.append(g.tag)
    for tag in loads:
        phase, size = tag.split("-", 1)
        ld = load_json(os.path.join(work, tag + ".load.json"), {})
        if phase == "empty":
            w("## Empty namespace (loopback only)")
        elif phase == "sockets":
            w("## %s TCP sockets (%s established loopback pairs)" % (human(size), human(int(size) // 2)))
            if ld:
                w("")
                w("Load: %s sockets made, %s established per `ss` (plus one listener per worker), "
                  "set up in %s s." % (ld.get("made"), ld.get("established"), ld.get("setup_s")))
        else:
            w("## %s IPv4 routes (`ip -batch`, /32s on a veth)" % human(size))
            if ld:
                w("")
                w("Load: %s routes in the main table, set up in %s s." % (ld.get("made"), ld.get("setup_s")))
        w("")
        for g in [x for x in groups if x.tag == tag]:
            w("### `%s`" % GROUP_TITLE.get(g.group, g.group))
            w("")
            w("| command | mean ± σ | median | vs ss/ip | vs net-tools | vs busybox | peak RSS | lines | target |")
            w("|---|---|---|---|---|---|---|---|---|")
            ref_ssip = "ss" if "ss" in g.names else ("ip" if "ip" in g.names else None)
            notes = []
            for name in g.names:
                p = g.probe.get(name, {})
                cmd = " ".join(os.path.basename(c) if i == 0 else c
                               for i, c in enumerate(p.get("cmd", [name])))
                res = g.results.get(name)
                cells = ["%s `%s`" % (name, cmd), fmt_mean(res),
                         fmt_time(res.get("median")) if res else "n/a"]
                for ref in (ref_ssip, "net-tools", "busybox"):
                    r = g.ratio(name, ref) if ref and ref != name else None
                    cells.append("%.2f×" % r if r is not None else "—")
                cells.append(fmt_kib(g.rss(name)))
                cells.append(str(p.get("lines", "n/a")))
                tcell = []
                if name == "ours":
                    for t in targets_for(g):
                        met, meas = check(t, g)
                        tcell.append("%s (%s): %s" % (without_command(t[6]), meas, word(met)))
                cells.append("; ".join(tcell) if tcell else "")
                w("| " + " | ".join(cells) + " |")
                if p.get("rc", 0) != 0:
                    notes.append("%s exited %s: %s" % (name, p.get("rc"), p.get("stderr", "")))
            # sanity: the candidate printed about as many lines as net-tools
            po, pn = g.probe.get("ours"), g.probe.get("net-tools")
            if po and pn:
                if not same_output(g):
                    notes.append("ours printed %s lines, net-tools %s: timings not comparable"
                                 % (po.get("lines"), pn["lines"]))
            kernel = floor_note(g)
            if kernel:
                notes.append(kernel)
            for n in notes:
                w("")
                w("> note: %s" % n)
            w("")
    sys.stdout.write("\n".join(o) + "\n")


if __name__ == "__main__":
    main()
