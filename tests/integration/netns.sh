#!/bin/bash
# --netns and --all-netns (netstat(8), NETWORK NAMESPACES). In private
# mount, network and pid namespaces (nothing of the host's is touched):
# two named namespaces (ip netns add, /run/netns on a tmpfs), one named
# as Docker names them (/run/docker/netns) and one held only by its
# process, each with its own listeners, connections, unix socket and
# route. Every report under --netns (each form: name, path, pid:N, N) and
# each namespace's block of --all-netns must be byte for byte what the
# same report prints inside that namespace (nsenter); json, yaml and csv
# rows must carry their namespace and otherwise equal the inside rows.
# Also -p across namespaces, -c, name lookups in the caller's namespace,
# the queries' netns fields, and the errors. TAP.
set -u

here=$(cd "$(dirname "$0")" && pwd)
skip() {
	echo "1..0 # SKIP $*"
	exit 0
}

if [ -z "${NETNS_TEST_INSIDE:-}" ]; then
	[ "$(id -u)" = 0 ] || skip "needs root for network namespaces"
	for tool in unshare nsenter ip python3 timeout; do
		command -v $tool >/dev/null || skip "needs $tool"
	done
	[ -x "${NETSTAT_BIN:-}" ] || skip "NETSTAT_BIN is not set (run through make check)"
	unshare -m -n -p -f --mount-proc true 2>/dev/null ||
		skip "cannot create mount, network and pid namespaces here"
	NETNS_TEST_INSIDE=1 exec unshare -m -n -p -f --mount-proc \
		--propagation private bash "$0" "$@"
fi

bin=$NETSTAT_BIN
export PYTHONDONTWRITEBYTECODE=1
work=$(mktemp -d)
# /run of our own: no host namespace names, and ours go away with us.
mount -t tmpfs tmpfs /run || { echo "1..0 # SKIP cannot mount a tmpfs on /run"; exit 0; }
mkdir -p /run/netns /run/docker/netns
ip link set lo up

n=0
fails=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() {
	n=$((n + 1))
	fails=$((fails + 1))
	echo "not ok $n - $1"
	[ -z "${2:-}" ] || sed 's/^/# /' "$2" | head -40
}
wait_ready() {
	for _ in $(seq 1200); do
		grep -q ready "$1" 2>/dev/null && return 0
		sleep 0.1
	done
	echo "# holder $1 never got ready" >&2
	return 1
}

# Namespace i: lo up, 10.9.i.1/24 on it (a route of its own), sockets
# on ports 5000+10i held by netns_hold.py.
declare -a ns_path ns_pid ns_form_name
setup_ns() { # index, how to run a command in it...
	local i=$1
	shift
	"$@" sh -c "ip link set lo up && ip addr add 10.9.$i.1/24 dev lo &&
		exec python3 '$here/netns_hold.py' 10.9.$i.1 $((5000 + 10 * i))" \
		>"$work/hold$i" 2>&1 &
	ns_pid[$i]=$!
	wait_ready "$work/hold$i" || exit 1
}
ip netns add blue && ip netns add red || {
	echo "1..0 # SKIP ip netns add fails here"
	exit 0
}
setup_ns 1 ip netns exec blue
setup_ns 2 ip netns exec red
setup_ns 3 unshare -n
setup_ns 4 unshare -n
# Namespace 3 gets a Docker-style name; namespace 4 has none.
docker_id=0123456789abcdef
touch /run/docker/netns/$docker_id
mount --bind /proc/${ns_pid[3]}/ns/net /run/docker/netns/$docker_id
ns_path=("" /run/netns/blue /run/netns/red /run/docker/netns/$docker_id
	/proc/${ns_pid[4]}/ns/net)
inode() { stat -L -c %i "$1"; }
host_ino=$(inode /proc/self/ns/net)

# The --netns forms of namespace i.
forms() {
	local i=$1
	case $i in
	1) echo blue /run/netns/blue pid:${ns_pid[1]} ${ns_pid[1]} ;;
	2) echo red /run/netns/red ;;
	3) echo /run/docker/netns/$docker_id pid:${ns_pid[3]} ;;
	4) echo pid:${ns_pid[4]} ${ns_pid[4]} /proc/${ns_pid[4]}/ns/net ;;
	esac
}

reports=("-tan" "-uan" "-xa" "-rn" "-i" "-gn" "-s" "-Mn" "-tuxan")
inside() { # index, args...: what netstat prints inside namespace i
	local i=$1
	shift
	nsenter --net="${ns_path[$i]}" "$bin" "$@"
}

# 1. --netns, each form, every report: stdout, stderr and status as inside.
for i in 1 2 3 4; do
	for r in "${reports[@]}"; do
		inside $i $r >"$work/want" 2>"$work/want.err"
		rc=$?
		# Only -M may fail inside (no conntrack table): the others must
		# print something, or equal failures would pass.
		if [ "$r" != -Mn ] && { [ $rc != 0 ] || [ ! -s "$work/want" ]; }; then
			not_ok "netstat $r inside namespace $i works (status $rc)" "$work/want.err"
			continue
		fi
		echo "status $rc" >>"$work/want"
		for f in $(forms $i); do
			"$bin" --netns="$f" $r >"$work/got" 2>"$work/got.err"
			echo "status $?" >>"$work/got"
			if cmp -s "$work/want" "$work/got" &&
				cmp -s "$work/want.err" "$work/got.err"; then
				ok "--netns=$f $r is what netstat $r prints inside"
			else
				diff "$work/want" "$work/got" >"$work/diff"
				diff "$work/want.err" "$work/got.err" >>"$work/diff"
				not_ok "--netns=$f $r is what netstat $r prints inside" "$work/diff"
			fi
		done
	done
done
# The sockets really differ between namespaces (the test can fail).
if grep -q "10.9.1.1:5010" <("$bin" --netns=blue -tan) &&
	! grep -q "10.9.1.1:5010" <("$bin" --netns=red -tan); then
	ok "each namespace shows its own sockets"
else
	not_ok "each namespace shows its own sockets"
fi

# 2. --all-netns: the blocks, in order, each as inside.
block() { # inode, file: the lines under that namespace's header
	awk -v h="Network namespace net:[$1]" \
		'/^Network namespace net:\[/ {on = index($0, h) == 1; next} on' "$2"
}
for r in "${reports[@]}"; do
	"$bin" --all-netns $r >"$work/all" 2>"$work/all.err"
	echo "status $?" >"$work/all.status"
	for i in 0 1 2 3 4; do
		if [ $i = 0 ]; then
			"$bin" $r >"$work/want" 2>/dev/null
			ino=$host_ino
		else
			inside $i $r >"$work/want" 2>/dev/null
			ino=$(inode "${ns_path[$i]}")
		fi
		block "$ino" "$work/all" >"$work/got"
		if grep -q "^Network namespace net:\[$ino\]" "$work/all" &&
			cmp -s "$work/want" "$work/got"; then
			ok "--all-netns $r: block of namespace $i as inside"
		else
			diff "$work/want" "$work/got" >"$work/diff"
			not_ok "--all-netns $r: block of namespace $i as inside" "$work/diff"
		fi
	done
done
# Order and labels: host first, then by inode; names and a process.
grep '^Network namespace' "$work/all" >"$work/headers"
sed 's/^Network namespace net:\[\([0-9]*\)\].*/\1/' "$work/headers" >"$work/order"
{ echo "$host_ino"; sed 1d "$work/order" | sort -n; } >"$work/order.want"
if cmp -s "$work/order" "$work/order.want" && [ "$(wc -l <"$work/order")" = 5 ]; then
	ok "--all-netns: five namespaces, the caller's first, then by inode"
else
	not_ok "--all-netns: five namespaces, the caller's first, then by inode" "$work/headers"
fi
if head -1 "$work/headers" | grep -q ' (host) pid 1 (' &&
	grep -q "names: blue pid ${ns_pid[1]} (python3)" "$work/headers" &&
	grep -q "names: $docker_id pid ${ns_pid[3]} (python3)" "$work/headers" &&
	grep -q "^Network namespace net:\[$(inode "${ns_path[4]}")\] pid ${ns_pid[4]} (python3)" "$work/headers"; then
	ok "--all-netns headers name each namespace and one process in it"
else
	not_ok "--all-netns headers name each namespace and one process in it" "$work/headers"
fi
# A namespace whose process sits in a container's cgroup (named as
# Docker names its scopes, under the cgroup v2 mount) is labelled with
# that container: in the classic header and in the netns object.
cg2=$(awk '$9 == "cgroup2" { print $5; exit }' /proc/self/mountinfo)
cid=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
scope=${cg2:+$cg2/docker-$cid.scope}
old_cg=$(sed -n 's/^0:://p' "/proc/${ns_pid[4]}/cgroup")
if [ -n "$scope" ] && mkdir -p "$scope" 2>/dev/null &&
	echo "${ns_pid[4]}" >"$scope/cgroup.procs" 2>/dev/null; then
	"$bin" --all-netns -tan >"$work/cg" 2>&1
	"$bin" --all-netns -tan --format=json >"$work/cg.json" 2>&1
	if grep -q "^Network namespace net:\[$(inode "${ns_path[4]}")\] pid ${ns_pid[4]} (python3) container docker $cid$" "$work/cg" &&
		python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
ns = [s["netns"] for s in d["sections"] if s["netns"]["pid"] == int(sys.argv[2])]
sys.exit(not ns or any(n["container_runtime"] != "docker" or
                       n["container_id"] != sys.argv[3] for n in ns))' \
			"$work/cg.json" "${ns_pid[4]}" "$cid"; then
		ok "--all-netns labels a namespace with its process's container"
	else
		not_ok "--all-netns labels a namespace with its process's container" \
			"$(grep "pid ${ns_pid[4]} " "$work/cg")"
	fi
	echo "${ns_pid[4]}" >"$cg2$old_cg/cgroup.procs" 2>/dev/null
	rmdir "$scope" 2>/dev/null
else
	echo "ok $((n += 1)) - --all-netns container label # SKIP cgroup v2 not writable here"
fi

# A name and the namespace's processes are one namespace, not two.
ip netns attach extra "${ns_pid[4]}" 2>/dev/null ||
	{ touch /run/netns/extra && mount --bind "${ns_path[4]}" /run/netns/extra; }
if [ "$("$bin" --all-netns -tan | grep -c '^Network namespace')" = 5 ] &&
	"$bin" --all-netns -tan | grep -q "names: extra pid ${ns_pid[4]} "; then
	ok "--all-netns deduplicates by inode"
else
	not_ok "--all-netns deduplicates by inode"
fi
umount /run/netns/extra && rm -f /run/netns/extra

# 3. Structured formats: every row labelled, rows as inside.
for fmt in json yaml csv; do
	for r in -tan -uan -xa; do
		args=()
		for i in 1 2 3 4; do
			inside $i $r --format=$fmt >"$work/in$i.$fmt"
			args+=("$(inode "${ns_path[$i]}")=$work/in$i.$fmt")
		done
		"$bin" --all-netns $r --format=$fmt >"$work/all.$fmt"
		if python3 "$here/netns_check.py" $fmt "$work/all.$fmt" "${args[@]}" >"$work/why"; then
			ok "--all-netns $r --format=$fmt: rows labelled, as inside"
		else
			not_ok "--all-netns $r --format=$fmt: rows labelled, as inside" "$work/why"
		fi
		"$bin" --netns=blue $r --format=$fmt >"$work/one.$fmt"
		if python3 "$here/netns_check.py" $fmt "$work/one.$fmt" "${args[0]}" >"$work/why"; then
			ok "--netns=blue $r --format=$fmt: rows labelled, as inside"
		else
			not_ok "--netns=blue $r --format=$fmt: rows labelled, as inside" "$work/why"
		fi
	done
done
# The documents validate against the schema.
if python3 -c 'import jsonschema' 2>/dev/null; then
	"$bin" --all-netns -tuxan --format=json >"$work/all.json"
	if python3 -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
for line in open(sys.argv[2]):
    jsonschema.validate(json.loads(line), schema)
' "$here/../../docs/netstat.schema.json" "$work/all.json" 2>"$work/why"; then
		ok "--all-netns json validates against docs/netstat.schema.json"
	else
		not_ok "--all-netns json validates against docs/netstat.schema.json" "$work/why"
	fi
else
	n=$((n + 1))
	echo "ok $n # SKIP needs python3-jsonschema"
fi
if "$bin" --netns=blue -tan --format=json | python3 -c '
import json, sys
d = json.load(sys.stdin)
r = d["sections"][0]["rows"][0]
assert r["netns.name"] == "blue" and r["netns.names"] == "blue", r
assert r["netns.pid"] == int(sys.argv[1]) and r["netns.command"] == "python3", r
assert r["netns.cgroup"] is not None, r
' "${ns_pid[1]}"; then
	ok "json netns fields: name, names, pid, command, cgroup"
else
	not_ok "json netns fields: name, names, pid, command, cgroup"
fi

# 4. Queries over the netns fields.
"$bin" --all-netns -tan --filter 'netns.name == "red"' --format=json >"$work/q.json"
if python3 -c '
import json, sys
rows = [r for s in json.load(sys.stdin)["sections"] for r in s["rows"]]
assert rows and all(r["netns.name"] == "red" for r in rows), rows
' <"$work/q.json"; then
	ok "--filter 'netns.name == \"red\"' keeps only red's rows"
else
	not_ok "--filter 'netns.name == \"red\"' keeps only red's rows" "$work/q.json"
fi
"$bin" --all-netns -tan --group-by=netns,state --format=json >"$work/g.json"
if python3 -c '
import json, sys
want = {str(sys.argv[1]): {"LISTEN": 1, "ESTABLISHED": 2}}
rows = [r for s in json.load(sys.stdin)["sections"] for r in s["rows"]]
got = {}
for r in rows:
    got.setdefault(str(r["netns"]), {})[r["state"]["name"]] = r["count"]
ino = sys.argv[1]
assert got[ino] == want[ino], got
 ' "$(inode /run/netns/blue)" <"$work/g.json" 2>"$work/why"; then
	ok "--all-netns --group-by=netns,state counts each namespace's sockets"
else
	not_ok "--all-netns --group-by=netns,state counts each namespace's sockets" "$work/why"
fi

# 5. -p: the process holding a socket in the queried namespace.
if "$bin" --netns=red -tanp | grep -q "10.9.2.1:5020 .* LISTEN *${ns_pid[2]}/python3"; then
	ok "-p names the process of a socket in the queried namespace"
else
	not_ok "-p names the process of a socket in the queried namespace"
fi

# 6. -c: every pass visits every namespace again. Each run stops once its
# output holds two passes (or after 30 s), not after a fixed time: a loaded
# machine starts it slowly.
continuous() { # pattern, out file, netstat arguments...
	local pattern=$1 out=$2
	shift 2
	"$bin" "$@" >"$out" 2>&1 &
	local pid=$!
	for _ in $(seq 300); do
		[ "$(grep -c -- "$pattern" "$out")" -ge 2 ] && break
		sleep 0.1
	done
	kill "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
}
blue_pass="^Network namespace net:\[$(inode /run/netns/blue)\]"
continuous "$blue_pass" "$work/c" --all-netns -c -tan
passes=$(grep -c -- "$blue_pass" "$work/c")
if [ "$passes" -ge 2 ]; then
	ok "--all-netns -c: each pass lists every namespace ($passes passes)"
else
	not_ok "--all-netns -c: each pass lists every namespace" "$work/c"
fi
continuous '10.9.1.1:5010 .*LISTEN' "$work/c" --netns=blue -c -tan
if [ "$(grep -c '10.9.1.1:5010 .*LISTEN' "$work/c")" -ge 2 ] &&
	! grep -q 10.9.2.1 "$work/c"; then
	ok "--netns -c: each pass in that namespace"
else
	not_ok "--netns -c: each pass in that namespace" "$work/c"
fi

# 7. Name lookups run in the caller's namespace: a DNS server only the
# caller's namespace has answers for every address.
echo "nameserver 127.0.0.1" >"$work/resolv.conf"
echo "options timeout:1 attempts:1" >>"$work/resolv.conf"
if mount --bind "$work/resolv.conf" /etc/resolv.conf 2>/dev/null; then
	python3 "$here/netns_dns.py" resolved-in-caller.example >"$work/dns" 2>&1 &
	dns=$!
	wait_ready "$work/dns"
	start=$(date +%s)
	out=$(timeout 20 "$bin" --netns=blue -t)
	took=$(($(date +%s) - start))
		# (classic truncates the name to its column)
	if grep -q "resolved-in-calle" <<<"$out" && [ $took -lt 10 ]; then
		ok "host names are looked up in the caller's namespace (${took}s)"
	else
		echo "$out" >"$work/out"
		not_ok "host names are looked up in the caller's namespace (${took}s)" "$work/out"
	fi
	kill $dns
	umount /etc/resolv.conf
else
	n=$((n + 1))
	echo "ok $n # SKIP cannot bind-mount /etc/resolv.conf"
fi

# 8. Errors: one line, non-zero status; a namespace gone during
# --all-netns is a warning and the rest prints.
bad() { # description, expected message, args...
	local desc=$1 want=$2
	shift 2
	"$bin" "$@" >"$work/out" 2>"$work/err"
	local rc=$?
	if [ $rc != 0 ] && [ ! -s "$work/out" ] && [ "$(wc -l <"$work/err")" = 1 ] &&
		grep -qF "$want" "$work/err"; then
		ok "$desc (status $rc)"
	else
		not_ok "$desc (status $rc)" "$work/err"
	fi
}
bad "--netns with an unknown name" "netstat: --netns: no network namespace named \`nope'" --netns=nope -tan
bad "--netns with a missing path" "netstat: --netns: /nonexistent/ns: No such file or directory" --netns=/nonexistent/ns -tan
bad "--netns with a file that is no namespace" "netstat: --netns: /etc/hostname is not a network namespace" --netns=/etc/hostname -tan
bad "--netns with another kind of namespace" "netstat: --netns: /proc/self/ns/uts is not a network namespace" --netns=/proc/self/ns/uts -tan
sleep 60 &
dead=$!
kill $dead
wait $dead 2>/dev/null
bad "--netns with a dead pid" "netstat: --netns: no process $dead" --netns=pid:$dead -tan
bad "--netns with a bare dead pid" "netstat: --netns: no process $dead" --netns=$dead -tan
bad "--netns=pid: with no number" "netstat: --netns: \`pid:x' is not a process id" --netns=pid:x -tan
bad "--netns and --all-netns together" "netstat: --netns and --all-netns exclude each other" --netns=blue --all-netns -tan
mkdir -p "$work/tree/net"
bad "--netns with --proc-root" "netstat: --netns: needs the running kernel's /proc" --netns=blue --proc-root="$work/tree" -tan

# A namespace that cannot be entered: as nobody, setns() on the named
# ones is refused; each is one warning, the caller's own still prints,
# and the status says something was skipped.
if command -v setpriv >/dev/null; then
	setpriv --reuid=65534 --regid=65534 --clear-groups "$bin" --all-netns -tan \
		>"$work/out" 2>"$work/err"
	rc=$?
	blue_ino=$(inode /run/netns/blue)
	if [ $rc = 1 ] &&
		grep -qx "netstat: warning: network namespace net:\[$blue_ino\] (blue) skipped: Operation not permitted" "$work/err" &&
		[ "$(grep -c "skipped" "$work/err")" = "$(grep -c "" "$work/err")" ] &&
		grep -q "^Network namespace net:\[$host_ino\] (host)" "$work/out" &&
		grep -q "^Active Internet connections" "$work/out"; then
		ok "--all-netns as nobody: one warning per namespace it cannot enter, the rest prints, status 1"
	else
		cat "$work/out" >>"$work/err"
		not_ok "--all-netns as nobody: one warning per namespace it cannot enter, the rest prints, status 1 (status $rc)" "$work/err"
	fi
	setpriv --reuid=65534 --regid=65534 --clear-groups "$bin" --netns=blue -tan \
		>"$work/out" 2>"$work/err"
	rc=$?
	if [ $rc = 1 ] && [ ! -s "$work/out" ] &&
		grep -qx "netstat: --netns: cannot enter /run/netns/blue: Operation not permitted" "$work/err"; then
		ok "--netns as nobody: one error line, status 1"
	else
		not_ok "--netns as nobody: one error line, status 1 (status $rc)" "$work/err"
	fi
else
	n=$((n + 2))
	echo "ok $((n - 1)) # SKIP needs setpriv"
	echo "ok $n # SKIP needs setpriv"
fi

for i in 1 2 3 4; do kill "${ns_pid[$i]}" 2>/dev/null; done
echo "1..$n"
[ $fails = 0 ]
