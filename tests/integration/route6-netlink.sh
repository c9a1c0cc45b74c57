#!/bin/bash
# The IPv6 routes over rtnetlink (plugins/inet6/route6_netlink.c) against
# /proc/net/ipv6_route, in a private network namespace with a rich route
# set: addresses (with and without lifetimes), gateways, link-local next
# hops, the reject types, an expiring route, router preferences,
# multipath, nexthop objects, local and anycast routes, another table,
# and what a router advertisement adds (an autoconfigured prefix, a route
# information option, a default router). `-rn -6` and `-rne -6` over
# rtnetlink (route_proc_limit 0) must equal the file's output byte for
# byte but for the Ref column ("-"); backends auto and netlink must take
# rtnetlink above route_proc_limit only, saying so once on stderr. TAP; needs root, unshare -n, ip and
# python3.
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
[ -r /proc/net/ipv6_route ] || skip "the kernel has no IPv6"

if [ -z "${ROUTE6_INSIDE:-}" ]; then
	export ROUTE6_INSIDE=1 NETSTAT_BIN="$bin"
	exec unshare -n -- bash "$0"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
	echo "1..0 # SKIP could not build the route set: $*"
	exit 0
}

sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.forwarding=0 ||
	fail "sysctl"
ip link set lo up || fail "lo"
for d in r0 r1; do
	ip link add $d type veth peer name ${d}p || fail "veth"
done
sysctl -qw net.ipv6.conf.r0.accept_ra=2 || fail "accept_ra"
sysctl -qw net.ipv6.conf.r0.accept_ra_rt_info_max_plen=64 2>/dev/null
for d in r0 r0p r1 r1p; do ip link set $d up; done
ip -6 -batch - <<'ROUTES' || fail "ip -6 -batch"
addr add 2001:db8:1::1/64 dev r0
addr add 2001:db8:2::1/64 dev r1 valid_lft 300 preferred_lft 200
route add 2001:db8:10::/48 via 2001:db8:1::2
route add 2001:db8:11::/48 via fe80::1 dev r0 metric 5
route add 2001:db8:12::1/128 dev r1
route add unreachable 2001:db8:20::/48
route add prohibit 2001:db8:21::/48
route add blackhole 2001:db8:22::/48
route add throw 2001:db8:23::/48
route add 2001:db8:30::/48 dev r0 expires 600
route add 2001:db8:31::/48 nexthop via 2001:db8:1::2 dev r0 nexthop via 2001:db8:2::2 dev r1
route add default via 2001:db8:1::fe metric 2048
route add local 2001:db8:40::1 dev r0
route add anycast 2001:db8:41::/64 dev r0
route add 2001:db8:50::/48 dev r0 table 100
route add 2001:db8:51::/48 dev r1 proto static pref high
route add 2001:db8:52::/48 dev r1 pref low
route add multicast ff15::/16 dev r0
ROUTES
ip -batch - <<'NEXTHOPS' || fail "ip -batch (nexthop objects)"
nexthop add id 1 via fe80::1 dev r0
nexthop add id 2 via fe80::2 dev r1
nexthop add id 10 group 1/2
route add 2001:db8:70::/48 nhid 10
route add 2001:db8:71::/48 nhid 1
NEXTHOPS
# A router advertisement on r0: an autoconfigured prefix, a route
# information option and a default router (kernel-made RA routes).
python3 - <<'PY' || fail "sending a router advertisement"
import socket, struct, time
s = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6)
s.setsockopt(socket.SOL_SOCKET, 25, b"r0p\0")  # SO_BINDTODEVICE
s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 255)
ra = struct.pack("!BBHBBHII", 134, 0, 0, 64, 0, 1800, 0, 0)
prefix = struct.pack("!BBBBIII16s", 3, 4, 64, 0xc0, 86400, 14400, 0,
                     socket.inet_pton(socket.AF_INET6, "2001:db8:aa::"))
info = struct.pack("!BBBBI8s", 24, 2, 48, 0x08, 3600,
                   socket.inet_pton(socket.AF_INET6, "2001:db8:bb::")[:8])
s.sendto(ra + prefix + info, ("ff02::1", 0, 0, socket.if_nametoindex("r0p")))
for _ in range(50):  # until the kernel has taken it
    if "20010db800aa" in open("/proc/net/ipv6_route").read():
        break
    time.sleep(0.1)
PY

run() { # backend args... -> $work/out, $work/err; rtnetlink whatever the
	# number of routes (route_proc_limit 0) unless the caller sets it
	local backend=$1
	shift
	NETSTAT_ROUTE_PROC_LIMIT=${NETSTAT_ROUTE_PROC_LIMIT:-0} \
		NETSTAT_BACKEND=$backend "$bin" "$@" >"$work/out" 2>"$work/err"
}

n=0
ok() {
	n=$((n + 1))
	echo "ok $n - $1"
}
not_ok() {
	n=$((n + 1))
	echo "not ok $n - $1"
	[ -z "${2:-}" ] || sed 's/^/# /' "$2"
}

# The file's output with every Ref as "-" equals the rtnetlink one.
same_but_ref() { # proc-output netlink-output -> diff on stdout
	python3 - "$1" "$2" <<'PY'
import re, sys
proc, nl = (open(f).read().splitlines(True) for f in sys.argv[1:3])
row = re.compile(r"^(\S+ +\S+ +\S+ +\S+ +)(\d+)( +\d+ \S*\n)$")
want = [row.sub(lambda m: m.group(1) + "-" + m.group(3), l) for l in proc]
if want != nl:
    import difflib
    sys.stdout.writelines(difflib.unified_diff(want, nl, "proc", "netlink"))
    sys.exit(1)
print(len(nl))
PY
}

echo "1..10"
for opts in -rn -rne; do
	run proc $opts -6 && cp "$work/out" "$work/proc$opts"
	run netlink $opts -6 && cp "$work/out" "$work/nl$opts"
	if same_but_ref "$work/proc$opts" "$work/nl$opts" >"$work/diff"; then
		ok "$opts -6 over rtnetlink is the file's output but Ref ($(cat "$work/diff") lines)"
	else
		not_ok "$opts -6 over rtnetlink is the file's output but Ref" "$work/diff"
	fi
done
lines=$(grep -c . "$work/proc-rn")
if [ "$lines" -gt 40 ] && grep -q ' UAe ' "$work/proc-rn" &&
	grep -q ' UGDAe ' "$work/proc-rn" && grep -q ' Un ' "$work/proc-rn" &&
	grep -q ' !n ' "$work/proc-rn" && grep -q ' Ue ' "$work/proc-rn"; then
	ok "the route set has the flag kinds compared ($lines lines)"
else
	not_ok "the route set has the flag kinds compared ($lines lines)" "$work/proc-rn"
fi
if grep -q -- ' - ' "$work/nl-rn" && ! grep -qv -- '^Kernel\|^Destination\| - ' "$work/nl-rn"; then
	ok "rtnetlink rows show Ref as -"
else
	not_ok "rtnetlink rows show Ref as -" "$work/nl-rn"
fi
# Both backends: the file up to the limit (the classic table is then
# net-tools' bytes), rtnetlink above it (one line said).
for backend in auto netlink; do
	NETSTAT_ROUTE_PROC_LIMIT=5000 run $backend -rn -6
	if cmp -s "$work/out" "$work/proc-rn" && [ ! -s "$work/err" ]; then
		ok "backend $backend reads the file at the default limit"
	else
		not_ok "backend $backend reads the file at the default limit" "$work/err"
	fi
done
for backend in auto netlink; do
	NETSTAT_ROUTE_PROC_LIMIT=10 run $backend -rn -6
	if cmp -s "$work/out" "$work/nl-rn" && [ "$(grep -c . "$work/err")" = 1 ] &&
		grep -q 'IPv6 routes: read over rtnetlink.*Ref is shown as -' "$work/err"; then
		ok "backend $backend above route_proc_limit takes rtnetlink and says so once"
	else
		not_ok "backend $backend above route_proc_limit takes rtnetlink and says so once" "$work/err"
	fi
done
NETSTAT_ROUTE_PROC_LIMIT=-1 run auto -rn -6
if [ $? != 0 ] && grep -q NETSTAT_ROUTE_PROC_LIMIT "$work/err"; then
	ok "a negative route_proc_limit is refused"
else
	not_ok "a negative route_proc_limit is refused" "$work/err"
fi

# Structured output: ref null and the rtnetlink fields set over rtnetlink,
# the reverse from the file.
run netlink --format=json -rn -6 && cp "$work/out" "$work/nl.json"
run proc --format=json -rn -6 && cp "$work/out" "$work/proc.json"
if python3 - "$work/proc.json" "$work/nl.json" >"$work/diff" <<'PY'; then
import json, sys
proc, nl = (json.load(open(f))["sections"][0]["rows"] for f in sys.argv[1:])
extra = ["table", "ifindex", "protocol", "scope", "type", "preferred_source",
         "expires", "preference", "nexthop_id", "refcnt"]
bad = []
for p, n in zip(proc, nl):
    if {k: v for k, v in p.items() if k not in extra} != \
            {k: v for k, v in n.items() if k not in extra}:
        bad.append((p, n))
    if n["refcnt"] is not None or n["table"] is None or n["type"] is None:
        bad.append(("netlink", n))
    if p["refcnt"] is None or any(p[k] is not None for k in extra[:-1]):
        bad.append(("proc", p))
if len(proc) != len(nl) or bad:
    print(len(proc), len(nl), bad[:3])
    sys.exit(1)
PY
	ok "JSON rows agree; refcnt null and the rtnetlink fields set over rtnetlink only"
else
	not_ok "JSON rows agree; refcnt null and the rtnetlink fields set over rtnetlink only" "$work/diff"
fi
