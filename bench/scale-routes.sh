#!/usr/bin/env bash
# bench/scale-routes.sh — route listings at scale: IPv4 and IPv6 routes
# (default 200k and 1M of each) in one private network namespace per size,
# timing ours (-rn, -rne, -rn -6, -rne -6) against `ip -4/-6 route`,
# net-tools, busybox (IPv4 only: its netstat has no -6) and an rtnetlink
# floor (bench/route-floor.c, built here, never installed) in one
# hyperfine run per table. Writes the "Routes at scale" section of the
# results file (replacing that section only). See bench/README.md.
#
#   bench/scale-routes.sh [--sizes LIST] [--max-runs N] [--probe-timeout S]
#       [--nettools PATH] [--env VAR=VALUE]... [--out FILE] [--keep DIR]
#       CANDIDATE
#
# Called by `bench/run.sh --scale-routes LIST`, or on its own (as root).

set -u -o pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SELF="$BENCH_DIR/scale-routes.sh"
die() { echo "scale-routes: $*" >&2; exit 2; }

# ---------------------------------------------------------------- inner side
# `scale-routes.sh --inner SIZE WORKDIR`, inside `unshare -n`.
probe() { # name timeout cmd... -> one JSON line; a probe past the timeout
	# drops the command from the hyperfine table (reported as "> S s")
	local name=$1 limit=$2
	shift 2
	timeout -k 5 "$limit" python3 "$BENCH_DIR/probe.py" "$name" -- "$@" \
		>>"$PROBE_FILE" || echo "{\"name\": \"$name\", \"timeout\": $limit}" >>"$PROBE_FILE"
}

table() { # tag names... ; commands in cmds[name]
	local tag=$1
	shift
	local json="$WORK/$tag.hyperfine.json" name slow=0
	PROBE_FILE="$WORK/$tag.probe.jsonl"
	: >"$PROBE_FILE"
	local -a hf=(hyperfine -N -i --style basic --export-json "$json")
	local -a kept=()
	for name in "$@"; do
		local -a argv
		read -r -a argv <<<"${cmds[$name]}"
		probe "$name" "$SCALE_PROBE_TIMEOUT" "${argv[@]}"
		if tail -n 1 "$PROBE_FILE" | grep -q '"timeout"'; then
			echo "scale-routes: [$tag] $name: over ${SCALE_PROBE_TIMEOUT}s, not timed" >&2
			continue
		fi
		kept+=("$name")
	done
	slow=$(python3 -c 'import json,sys
print(max([json.loads(l).get("wall", 0) for l in open(sys.argv[1])] + [0]))' "$PROBE_FILE")
	local runs=3
	awk -v s="$slow" 'BEGIN { exit !(s < 1) }' && runs=10
	awk -v s="$slow" 'BEGIN { exit !(s > 20) }' && runs=2
	[ "$runs" -le "$SCALE_MAX_RUNS" ] || runs=$SCALE_MAX_RUNS
	hf+=(--warmup 1 --runs "$runs")
	for name in "${kept[@]}"; do hf+=(-n "$name" "${cmds[$name]}"); done
	echo "scale-routes: [$tag] slowest probe ${slow}s; $runs runs of ${kept[*]}" >&2
	[ ${#kept[@]} -gt 0 ] && { "${hf[@]}" >"$WORK/$tag.hyperfine.txt" 2>&1 ||
		echo "scale-routes: [$tag] hyperfine failed (see raw output)" >&2; }
	echo "$tag" >>"$WORK/tables"
}

inner() {
	local size=$1
	WORK=$2
	ip link set lo up || die "cannot bring lo up"
	ip link add scale0 type veth peer name scale1 || die "cannot create a veth pair"
	ip link set scale0 up && ip link set scale1 up
	local t0=$SECONDS
	# IPv4 /32s in 127.64.0.0/10 and IPv6 /128s in fd20::/16 on a veth
	# that exists only here; nothing is ever sent to them
	python3 - "$size" "$WORK/batch4" "$WORK/batch6" <<'PY'
import sys
n = int(sys.argv[1])
base = (127 << 24) | (64 << 16)
with open(sys.argv[2], "w") as f:
    for i in range(n):
        a = base + i
        f.write("route add %d.%d.%d.%d/32 dev scale0\n" % (a >> 24, (a >> 16) & 255, (a >> 8) & 255, a & 255))
with open(sys.argv[3], "w") as f:
    for i in range(n):
        f.write("route add fd20::%x:%x/128 dev scale0\n" % (i >> 16, i & 0xffff))
PY
	ip -batch "$WORK/batch4" || die "ip -batch (IPv4) failed"
	ip -6 -batch "$WORK/batch6" || die "ip -batch (IPv6) failed"
	rm -f "$WORK/batch4" "$WORK/batch6"
	local have4 have6
	have4=$("$SCALE_FLOOR" -4)
	have6=$("$SCALE_FLOOR" -6)
	echo "scale-routes: [$size] $have4 IPv4 routes (main), $have6 IPv6 routes (all tables) in $((SECONDS - t0)) s" >&2
	echo "{\"size\": $size, \"routes4\": $have4, \"routes6\": $have6, \"setup_s\": $((SECONDS - t0))}" \
		>"$WORK/load-$size.json"
	local C=$SCALE_CANDIDATE N=$SCALE_NETTOOLS
	declare -gA cmds=(
		[ours-rn]="$C -rn" [ours-rne]="$C -rne" [floor]="$SCALE_FLOOR -4"
		[ip]="$SCALE_IP -4 route" [net-tools]="$N -rn"
		[busybox]="$SCALE_BUSYBOX netstat -rn")
	table "v4-$size" ours-rn ours-rne floor ip net-tools busybox
	cmds=(
		[ours-rn]="$C -rn -6" [ours-rne]="$C -rne -6" [floor]="$SCALE_FLOOR -6"
		[ip]="$SCALE_IP -6 route" [net-tools]="$N -rn -6")
	table "v6-$size" ours-rn ours-rne floor ip net-tools
	ip link del scale0 2>/dev/null
}

if [ "${1:-}" = "--inner" ]; then
	shift
	inner "$@"
	exit 0
fi

# ---------------------------------------------------------------- outer side
SIZES=200000,1000000
MAX_RUNS=10
PROBE_TIMEOUT=60
NETTOOLS=
OUT="$BENCH_DIR/RESULTS.md"
KEEP=
CANDIDATE=
ENVS=()
while [ $# -gt 0 ]; do
	case $1 in
	--sizes) SIZES=${2-}; shift 2 ;;
	--max-runs) MAX_RUNS=${2-}; shift 2 ;;
	--probe-timeout) PROBE_TIMEOUT=${2-}; shift 2 ;;
	--nettools) NETTOOLS=${2-}; shift 2 ;;
	--env) ENVS+=("${2-}"); shift 2 ;;
	--out) OUT=${2-}; shift 2 ;;
	--keep) KEEP=${2-}; shift 2 ;;
	-h | --help) sed -n '2,14p' "$SELF"; exit 0 ;;
	-*) die "unknown option $1" ;;
	*) [ -z "$CANDIDATE" ] || die "one candidate only"; CANDIDATE=$1; shift ;;
	esac
done
[ -n "$CANDIDATE" ] || die "no candidate netstat given"
[ -x "$CANDIDATE" ] || die "candidate $CANDIDATE is not executable"
for n in ${SIZES//,/ } "$MAX_RUNS" "$PROBE_TIMEOUT"; do
	[[ $n =~ ^[0-9]+$ ]] || die "not a number: $n"
done
for n in ${SIZES//,/ }; do [ "$n" -le 4000000 ] || die "route load $n too large (max 4000000)"; done
for t in hyperfine busybox python3 ip unshare timeout cc pkg-config; do
	command -v "$t" >/dev/null 2>&1 || die "missing $t (see bench/README.md)"
done
pkg-config --exists libmnl || die "missing libmnl headers (Debian package: libmnl-dev)"
[ -n "$NETTOOLS" ] || NETTOOLS=$(command -v netstat 2>/dev/null || true)
"$NETTOOLS" -V 2>&1 | grep -q net-tools || die "no net-tools netstat (pass --nettools PATH)"
unshare -n true 2>/dev/null || die "cannot create a network namespace: run as root"
for e in "${ENVS[@]+"${ENVS[@]}"}"; do
	[[ $e == *=* ]] || die "--env wants VAR=VALUE, got $e"
	export "${e%%=*}=${e#*=}"
done

WORK=$(mktemp -d /tmp/scale-routes.XXXXXX)
cleanup() {
	if [ -n "$KEEP" ]; then mkdir -p "$KEEP" && cp -r "$WORK"/. "$KEEP"/; fi
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# the floor: built here from bench/route-floor.c, never installed
cc -O2 -std=c11 -D_GNU_SOURCE -o "$WORK/route-floor" "$BENCH_DIR/route-floor.c" \
	$(pkg-config --cflags --libs libmnl) || die "cannot build bench/route-floor.c"

export SCALE_CANDIDATE=$(cd "$(dirname "$CANDIDATE")" && pwd)/$(basename "$CANDIDATE")
export SCALE_NETTOOLS=$NETTOOLS SCALE_FLOOR=$WORK/route-floor
export SCALE_IP=$(command -v ip) SCALE_BUSYBOX=$(command -v busybox)
export SCALE_MAX_RUNS=$MAX_RUNS SCALE_PROBE_TIMEOUT=$PROBE_TIMEOUT
: >"$WORK/tables"
python3 - "$WORK/meta.json" "$NETTOOLS" "${ENVS[@]+"${ENVS[@]}"}" <<'PY'
import json, os, subprocess, sys, time
def first(*c):
    try:
        r = subprocess.run(c, capture_output=True, text=True, timeout=10)
        t = (r.stdout + r.stderr).strip()
        return t.splitlines()[0] if t else ""
    except Exception:
        return "?"
src = os.path.dirname(os.path.abspath(os.environ["SCALE_FLOOR"]))
json.dump({"date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "nproc": os.cpu_count(),
           "kernel": os.uname().release, "candidate": os.environ["SCALE_CANDIDATE"],
           "env": sys.argv[3:], "load": os.getloadavg()[0],
           "versions": {"net-tools": first(sys.argv[2], "-V"), "ip": first("ip", "-V"),
                        "busybox": first("busybox"), "hyperfine": first("hyperfine", "--version")}},
          open(sys.argv[1], "w"), indent=1)
PY
for n in ${SIZES//,/ }; do
	[ "$n" -gt 0 ] || continue
	echo "scale-routes: === $n routes ===" >&2
	unshare -n -- bash "$SELF" --inner "$n" "$WORK" || echo "scale-routes: size $n failed (continuing)" >&2
done
python3 "$BENCH_DIR/scale_routes_report.py" "$WORK" "$OUT" || die "report failed"
echo "scale-routes: wrote its section of $OUT" >&2
