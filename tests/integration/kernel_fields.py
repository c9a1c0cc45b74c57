#!/usr/bin/env python3
"""Every field the kernel gives is in the structured output (issue 15).

FIELDS lists, per section, each field of the kernel's source (a /proc
column by its header name or position, a netlink attribute, an ioctl) and
the JSON key that carries it. Every case below runs netstat --format=json
on a fixture /proc tree (tests/fixtures) or, where a section comes only
from the live kernel (interfaces, the netlink backend), in a private
network namespace. A test fails when a listed key is missing from a
section's declared columns or from one of its rows, when a section appears
that FIELDS does not know (a new section must be listed here), or when a
listed section is met by no case. TAP on stdout.

usage: kernel_fields.py NETSTAT FIXTURES
"""
import json
import os
import subprocess
import sys

# section -> {kernel field: JSON key}. Keys listed twice carry a field
# the kernel writes in two places (/proc and netlink) the same way.
FIELDS = {
    "internet": {
        # /proc/net/{tcp,udp,udplite,raw}{,6}; inet_diag on netlink.
        "local_address": "local_address", "rem_address": "foreign_address",
        "st": "state", "tx_queue": "send_q", "rx_queue": "recv_q",
        "tr/tm->when/retrnsmt/timeout": "timer", "uid": "user",
        "inode": "inode", "ref": "refcount", "qack (quick)": "quick_acks",
        "qack (pingpong)": "pingpong", "rto": "rto_us", "ato": "ato_us",
        "cwnd": "snd_cwnd", "ssthresh": "snd_ssthresh",
        "drops (udp, raw)": "drops",
    },
    "groups": {
        # /proc/net/igmp: device lines, then their group lines.
        "Idx": "ifindex", "Device": "interface", "Count": "device_groups",
        "Querier": "querier", "Group": "group", "Users": "refcnt",
        "Timer (running)": "timer_running", "Timer (expires)":
        "timer_jiffies", "Reporter": "reporter",
        # /proc/net/igmp6, by position: ifindex, device, group, users,
        # then these.
        "mca_flags": "flags_raw", "mca_flags (bits)": "flag_names",
        "timer": "timer_seconds",
    },
    "unix": {
        # /proc/net/unix.
        "RefCount": "refcount", "Protocol": "proto", "Flags": "flags",
        "Flags (bits)": "flag_names", "Type": "type", "St": "state",
        "Inode": "inode", "Path": "path",
        # unix_diag (netlink, live kernel).
        "UNIX_DIAG_PEER": "peer_inode", "UNIX_DIAG_ICONS": "pending_inodes",
        "UNIX_DIAG_RQLEN.rqueue": "recv_queue",
        "UNIX_DIAG_RQLEN.wqueue": "send_queue",
        "UNIX_DIAG_VFS.dev": "vfs_device", "UNIX_DIAG_VFS.ino": "vfs_inode",
        "UNIX_DIAG_UID": "uid",
    },
    "ipx": {
        "Local_Address": "local_address", "Remote_Address": "foreign_address",
        "Tx_Queue": "send_queue", "Rx_Queue": "recv_queue",
        "State": "state", "Uid": "user",
    },
    "ax25": {
        "dev": "device", "src": "source", "dest": "destination",
        "digi": "digipeaters", "st": "state", "vs": "vs", "vr": "vr",
        "va": "va", "t1": "t1_seconds", "t1max": "t1_max_seconds",
        "t2": "t2_seconds", "t2max": "t2_max_seconds", "t3": "t3_seconds",
        "t3max": "t3_max_seconds", "idle": "idle_seconds",
        "idlemax": "idle_max_seconds", "n2count": "n2_count", "n2": "n2",
        "rtt": "rtt_seconds", "window": "window", "paclen": "paclen_bytes",
        "sndq": "send_queue", "rcvq": "recv_queue", "inode": "inode",
    },
    "netrom": {
        "user_addr": "user", "dest_node": "destination",
        "src_node": "source", "dev": "device", "my (index)": "my_index",
        "my (id)": "my_id", "your (index)": "your_index",
        "your (id)": "your_id", "st": "state", "vs": "vs", "vr": "vr",
        "va": "va", "t1": "t1_seconds", "t1 (max)": "t1_max_seconds",
        "t2": "t2_seconds", "t2 (max)": "t2_max_seconds", "t4": "t4_seconds",
        "t4 (max)": "t4_max_seconds", "idle": "idle_seconds",
        "idle (max)": "idle_max_seconds", "n2": "n2_count",
        "n2 (max)": "n2", "wnd": "window", "Snd-Q": "send_queue",
        "Rcv-Q": "recv_queue", "inode": "inode",
    },
    "rose": {
        "dest_addr": "destination_address", "dest_call": "destination_callsign",
        "src_addr": "source_address", "src_call": "source_callsign",
        "dev": "device", "lci": "lci", "neigh": "neighbour", "st": "state",
        "vs": "vs", "vr": "vr", "va": "va", "t": "timer_seconds",
        "t1": "t1_seconds", "t2": "t2_seconds", "t3": "t3_seconds",
        "hb": "hb_seconds", "idle": "idle_seconds",
        "idle (max)": "idle_max_seconds", "Snd-Q": "send_queue",
        "Rcv-Q": "recv_queue", "inode": "inode",
    },
    "x25": {
        "dest_addr": "destination", "src_addr": "source", "dev": "device",
        "lci": "lci", "st": "state", "vs": "vs", "vr": "vr", "va": "va",
        "t": "timer_seconds", "t2": "t2_seconds", "t21": "t21_seconds",
        "t22": "t22_seconds", "t23": "t23_seconds", "Snd-Q": "send_queue",
        "Rcv-Q": "recv_queue", "inode": "inode",
    },
    "inet_routes": {
        # /proc/net/route; RTA_* of RTM_NEWROUTE on netlink.
        "Iface / RTA_OIF": "iface", "Destination / RTA_DST": "destination",
        "Gateway / RTA_GATEWAY": "gateway", "Flags": "flags_raw",
        "Flags (bits)": "flag_names", "RefCnt": "refcnt", "Use": "use",
        "Metric / RTA_PRIORITY": "metric", "Mask / rtm_dst_len": "genmask",
        "MTU / RTAX_ADVMSS": "mss", "Window / RTAX_WINDOW": "window",
        "IRTT / RTAX_RTT": "irtt",
        # rtnetlink only (null from /proc).
        "RTA_TABLE": "table", "RTA_OIF": "ifindex",
        "rtm_protocol": "protocol", "rtm_scope": "scope", "rtm_type": "type",
        "RTA_PREFSRC": "preferred_source",
    },
    "inet6_routes": {
        # /proc/net/ipv6_route, by position.
        "dest": "destination", "dest_plen": "prefix_length",
        "src": "source", "src_plen": "source_prefix_length",
        "next_hop": "next_hop", "metric": "metric", "refcnt": "refcnt",
        "use": "use", "flags": "flags_raw", "flags (bits)": "flag_names",
        "device": "iface",
        # rtnetlink only (null from /proc).
        "RTA_TABLE": "table", "RTA_OIF": "ifindex",
        "rtm_protocol": "protocol", "rtm_scope": "scope", "rtm_type": "type",
        "RTA_PREFSRC": "preferred_source", "rta_expires": "expires",
        "RTA_PREF": "preference", "RTA_NH_ID": "nexthop_id",
    },
    "ax25_routes": {
        "callsign": "destination", "dev": "iface", "mode": "mode",
        "digipeaters": "digipeaters",
    },
    "netrom_routes": {
        # /proc/net/nr_nodes.
        "callsign": "destination", "mnemonic": "mnemonic", "w": "best_route",
        "n": "route_count", "qual (best)": "quality",
        "neigh (best)": "neighbour_id", "qual (each)": "route_qualities",
        "obs (each)": "route_obsolescence",
        "neigh (each)": "route_neighbour_ids",
        # /proc/net/nr_neigh, the best route's neighbour.
        "nr_neigh callsign": "neighbour", "nr_neigh dev": "iface",
        "nr_neigh qual": "neighbour_quality", "nr_neigh lock":
        "neighbour_locked", "nr_neigh count": "neighbour_routes",
        "nr_neigh failed": "neighbour_failed",
        "nr_neigh digipeaters": "neighbour_digipeaters",
    },
    "rose_routes": {
        # /proc/net/rose_nodes.
        "address": "destination", "mask": "mask", "n": "neighbour_count",
        # /proc/net/rose_neigh of each of the three neighbours (below).
    },
    "x25_routes": {
        "Address": "destination", "Digits": "digits", "Device": "iface",
    },
    "ipx_routes": {
        "Network": "destination", "Router_Net": "router_network",
        "Router_Node": "router_node",
    },
    "ddp_routes": {
        "Target": "destination", "Router": "gateway", "Flags": "flags_raw",
        "Flags (bits)": "flag_names", "Dev": "iface",
    },
    "masquerade": {
        # /proc/net/ip_masquerade, or nf_conntrack's original and reply
        # tuples.
        "Prc": "proto", "FromIP": "source", "FPrt": "source_port",
        "ToIP": "destination", "TPrt": "destination_port",
        "Masq": "masquerade_port", "Init-seq": "initseq", "Delta": "delta",
        "PDelta": "prevd", "Expires": "expires",
        # nf_conntrack only (null from ip_masquerade).
        "l4 protocol number": "protocol", "state": "state",
        "reply src": "reply_source", "reply sport": "reply_source_port",
        "reply dst": "reply_destination", "reply dport": "masquerade_port",
        "[status]": "flag_names", "mark": "mark", "zone": "zone",
        "use": "use",
    },
    "interfaces": {
        # /proc/net/dev.
        "face": "iface", "Receive bytes": "rx_bytes",
        "Receive packets": "rx_ok", "Receive errs": "rx_err",
        "Receive drop": "rx_drp", "Receive fifo": "rx_ovr",
        "Receive frame": "rx_frame", "Receive compressed": "rx_compressed",
        "Receive multicast": "rx_multicast", "Transmit bytes": "tx_bytes",
        "Transmit packets": "tx_ok", "Transmit errs": "tx_err",
        "Transmit drop": "tx_drp", "Transmit fifo": "tx_ovr",
        "Transmit colls": "collisions", "Transmit carrier": "tx_carrier",
        "Transmit compressed": "tx_compressed",
        # SIOCGIF* ioctls and /proc/net/if_inet6.
        "SIOCGIFFLAGS": "flags", "SIOCGIFFLAGS (bits)": "flag_names",
        "SIOCGIFMTU": "mtu", "SIOCGIFADDR": "inet",
        "SIOCGIFNETMASK": "netmask", "SIOCGIFBRDADDR": "broadcast",
        "SIOCGIFDSTADDR": "destination", "SIOCGIFHWADDR": "hw_address",
        "SIOCGIFHWADDR (family)": "hw_type_code",
        "SIOCGIFTXQLEN": "txqueuelen", "SIOCGIFMAP irq": "irq",
        "SIOCGIFMAP base_addr": "base_address",
        "SIOCGIFMAP mem_start": "mem_start", "SIOCGIFMAP mem_end": "mem_end",
        "SIOCGIFMAP dma": "dma", "if_inet6 address/plen": "inet6",
        "if_inet6 scope": "inet6_scopes",
    },
    # Name-value records: every "Group: Name" of /proc/net/snmp, netstat
    # and snmp6 is a row (checked below), with these keys.
    "statistics": {
        "header group": "group", "header name": "counter", "value": "value",
    },
}
for i in (1, 2, 3):
    FIELDS["rose_routes"].update({
        f"neigh {i}": f"neigh{i}", f"rose_neigh {i} callsign":
        f"neigh{i}_callsign", f"rose_neigh {i} dev": f"neigh{i}_device",
        f"rose_neigh {i} count": f"neigh{i}_routes",
        f"rose_neigh {i} use": f"neigh{i}_use",
        f"rose_neigh {i} mode": f"neigh{i}_mode",
        f"rose_neigh {i} restart": f"neigh{i}_restarted",
        f"rose_neigh {i} t0": f"neigh{i}_t0_seconds",
        f"rose_neigh {i} tf": f"neigh{i}_tf_seconds",
        f"rose_neigh {i} digipeaters": f"neigh{i}_digipeaters",
    })
# Fields a section carries only with an option: -e for the interfaces'
# addresses (the structured formats resolve them to names: asked for
# without -e they would cost a resolver query per row), --info and
# --memory for the sockets' internals.
WITH_OPTION = {
    "interfaces": {"inet": "-e", "netmask": "-e", "broadcast": "-e",
                   "destination": "-e"},
    "internet": {"rto_us": "--info", "ato_us": "--info",
                 "snd_cwnd": "--info", "snd_ssthresh": "--info",
                 "drops": "--memory"},
}

FIELDS["inet6_route_cache"] = FIELDS["inet6_routes"]
FIELDS["inet_route_cache"] = {
    # /proc/net/rt_cache.
    "Iface": "iface", "Destination": "destination", "Gateway": "gateway",
    "Flags": "flags_raw", "RefCnt": "refcnt", "Use": "use",
    "Metric": "metric", "Source": "source", "MTU": "mss", "Window": "window",
    "IRTT": "irtt", "TOS": "tos", "HHRef": "hhref", "HHUptod": "hhuptod",
    "SpecDst": "specdst", "Flags (bits)": "flag_names",
}
FIELDS["inet6_neighbours"] = {
    # /proc/net/ndisc (2.1 kernels).
    "address": "neighbour", "plen": "prefix_length", "hw_address":
    "hw_address", "device": "iface", "flags": "flags_raw", "refcnt":
    "refcnt", "state": "state", "stale": "stale_seconds",
    "delete": "delete_seconds",
}
FIELDS["socket_events"] = {
    # inet_diag multicast groups (SKNLGRP_INET*_DESTROY).
    "sdiag_protocol": "proto", "idiag_rqueue": "recv_q",
    "idiag_wqueue": "send_q", "id.idiag_src/sport": "local_address",
    "id.idiag_dst/dport": "foreign_address", "idiag_state": "state",
    "id.idiag_cookie": "cookie", "id.idiag_if": "interface",
}
# Debian's net-tools has no Bluetooth support, so neither does the module
# (reference 3.19): the section declares the upstream layout, and no
# kernel field reaches it.
FIELDS["bluetooth"] = {}

# Sections no case here can produce, with the reason (reported as SKIP,
# never as passed).
UNREACHED = {
    "bluetooth": "the module lists no rows: Debian's net-tools 2.10 has no "
                 "Bluetooth support (reference 3.19)",
    "socket_events": "a stream of --events, not a table of a /proc file",
}


def fixture_cases(fx):
    """(name, proc root, args, env) of the fixture runs. No -e or -o: the
    structured formats carry what classic shows only with them."""
    proc = {"NETSTAT_BACKEND": "proc"}
    return [
        ("inet sockets", f"{fx}/inet/basic", ["-tuwa"], proc),
        ("inet sockets, internals", f"{fx}/inet/basic",
         ["-tuwa", "--info", "--memory"], proc),
        ("multicast groups", f"{fx}/inet/groups", ["-g"], proc),
        ("unix sockets", f"{fx}/unix/modern", ["-xa"], proc),
        ("ipx sockets", f"{fx}/ipx/current", ["--ipx", "-a"], {}),
        ("ax25 sockets", f"{fx}/ax25/current", ["--ax25", "-a"], {}),
        ("netrom sockets", f"{fx}/netrom/current", ["--netrom", "-a"], {}),
        ("rose sockets", f"{fx}/rose/current", ["--rose", "-a"], {}),
        ("x25 sockets", f"{fx}/x25/current", ["--x25", "-a"], {}),
        ("inet routes", f"{fx}/routes/full", ["-r", "-A", "inet"], proc),
        ("inet6 routes", f"{fx}/routes/full", ["-r", "-A", "inet6"], proc),
        ("inet route cache", f"{fx}/routes/cache", ["-rC", "-A", "inet"],
         proc),
        ("inet6 neighbours", f"{fx}/routes/ndisc", ["-rC", "-A", "inet6"],
         proc),
        ("inet6 route cache", f"{fx}/routes/full", ["-rC", "-A", "inet6"],
         proc),
        ("ax25 routes", f"{fx}/ax25/routes", ["-r", "--ax25"], {}),
        ("netrom routes", f"{fx}/netrom/routes", ["-r", "--netrom"], {}),
        ("rose routes", f"{fx}/rose/routes", ["-r", "--rose"], {}),
        ("x25 routes", f"{fx}/x25/routes", ["-r", "--x25"], {}),
        ("ipx routes", f"{fx}/ipx/routes", ["-r", "--ipx"], {}),
        ("ddp routes", f"{fx}/ddp/routes", ["-r", "--ddp"], {}),
        ("masquerade (ip_masquerade)", f"{fx}/masquerade/table", ["-M"],
         {}),
        ("masquerade (nf_conntrack)", f"{fx}/masquerade/conntrack", ["-M"],
         {}),
        ("statistics", f"{fx}/ip_stats/full", ["-s"], {}),
    ]


# The live cases, in a private network namespace set up by the driver
# (kernel-fields.sh): an address and routes on a dummy link, a TCP
# listener and a connected unix pair.
LIVE_CASES = [
    ("interfaces (live)", None, ["-i"], {}),
    ("interfaces -e (live)", None, ["-ie"], {}),
    ("inet sockets (inet_diag)", None, ["-tuwa"],
     {"NETSTAT_BACKEND": "netlink"}),
    ("unix sockets (unix_diag)", None, ["-xa"], {}),
    ("inet routes (rtnetlink)", None, ["-r", "-A", "inet"],
     {"NETSTAT_BACKEND": "netlink"}),
    ("inet6 routes (live)", None, ["-r", "-A", "inet6"], {}),
    ("inet6 routes (rtnetlink)", None, ["-r", "-A", "inet6"],
     {"NETSTAT_BACKEND": "netlink"}),
]

results = []


def check(ok, what, detail=""):
    results.append(("ok" if ok else "not ok", what, detail))


def skip(what, reason):
    results.append(("ok", what, None, reason))


def run(netstat, root, args, env):
    cmd = [netstat, "--format=json"]
    if root:
        cmd.append(f"--proc-root={root}")
    p = subprocess.run(cmd + args, capture_output=True, text=True,
                       env=dict(os.environ, **env), timeout=60)
    return p.returncode, p.stdout, p.stderr


def statistics_pairs(root):
    """("Group", "Name") of every counter of the fixture's snmp files."""
    pairs = []
    for name in ("snmp", "netstat"):
        path = f"{root}/net/{name}"
        if not os.path.exists(path):
            continue
        lines = open(path).read().splitlines()
        for head, vals in zip(lines[::2], lines[1::2]):
            group, _, names = head.partition(":")
            pairs += [(group, n) for n in names.split()]
    return pairs


def check_case(netstat, case, seen):
    name, root, args, env = case
    rc, out, err = run(netstat, root, args, env)
    try:
        doc = json.loads(out)
    except ValueError:
        check(False, f"{name}: the output is one JSON document",
              f"exit {rc}; stderr: {err[:300]}")
        return
    sections = doc.get("sections", [])
    check(bool(sections), f"{name}: netstat {' '.join(args)} writes sections",
          f"exit {rc}; stderr: {err[:300]}")
    for s in sections:
        key = s["key"]
        listed = FIELDS.get(key)
        check(listed is not None,
              f"{name}: section {key} is listed in the test",
              "a new section: list its kernel fields in FIELDS")
        if listed is None:
            continue
        seen.add(key)
        declared = {c["key"] for c in s["columns"]}
        given = set(a for a in args if a.startswith("--"))
        if any(a.startswith("-") and not a.startswith("--") and "e" in a
               for a in args):
            given.add("-e")
        needs = WITH_OPTION.get(key, {})
        listed = {k: v for k, v in listed.items()
                  if needs.get(v, "-e") in given or v not in needs}
        missing = [f"{k} -> {v}" for k, v in listed.items()
                   if v not in declared]
        check(not missing, f"{name}: {key} declares every kernel field "
              f"({len(listed)})", "missing: " + ", ".join(missing))
        bad = [i for i, r in enumerate(s["rows"])
               if not set(listed.values()) <= set(r)]
        check(s["rows"] and not bad,
              f"{name}: {key} has rows, each with every listed key",
              f"{len(s['rows'])} rows; rows lacking keys: {bad[:10]}")
        if key == "statistics" and root:
            have = {(r["group"], r["counter"]) for r in s["rows"]}
            lost = [f"{g}: {n}" for g, n in statistics_pairs(root)
                    if (g, n) not in have]
            check(not lost, f"{name}: every counter of the fixture is a row",
                  "missing: " + ", ".join(lost[:20]))


def check_declared(netstat):
    """Every section the modules declare (netstat --fields) is listed,
    and declares the keys listed for it."""
    rc, out, err = run(netstat, None, ["--fields"], {})
    rows = json.loads(out)["sections"][0]["rows"] if rc == 0 else []
    check(rc == 0 and rows, "netstat --fields lists the modules' fields",
          f"exit {rc}; stderr: {err[:300]}")
    by = {}
    for r in rows:
        by.setdefault(r["section"], set()).add(r["field"])
    unknown = sorted(set(by) - set(FIELDS))
    check(not unknown, "every section --fields lists is listed in the test",
          "new sections: " + ", ".join(unknown))
    for key in sorted(set(by) & set(FIELDS)):
        missing = [f"{k} -> {v}" for k, v in FIELDS[key].items()
                   if v not in by[key]]
        check(not missing, f"--fields: {key} has every listed key",
              "missing: " + ", ".join(missing))


def main():
    netstat, fixtures = sys.argv[1], sys.argv[2]
    live = os.environ.get("KERNEL_FIELDS_LIVE")
    seen = set()
    check_declared(netstat)
    for case in fixture_cases(fixtures):
        check_case(netstat, case, seen)
    if live == "1":
        for case in LIVE_CASES:
            check_case(netstat, case, seen)
    else:
        skip("live cases (interfaces, netlink backends)",
             live or "no private network namespace")
    for key in sorted(FIELDS):
        if key in seen:
            check(True, f"section {key} was walked")
        elif key in UNREACHED:
            skip(f"section {key} was walked", UNREACHED[key])
        elif key in ("interfaces",) and live != "1":
            skip(f"section {key} was walked", "needs the live cases")
        else:
            check(False, f"section {key} was walked",
                  "no case produced it: add one")
    print(f"1..{len(results)}")
    for i, r in enumerate(results, 1):
        if len(r) == 4:
            print(f"ok {i} - {r[1]} # SKIP {r[3]}")
            continue
        status, what, detail = r
        print(f"{status} {i} - {what}")
        if status != "ok" and detail:
            print("# " + detail.replace("\n", "\n# "))


main()
