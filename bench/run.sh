#!/usr/bin/env bash
# bench/run.sh — benchmark a candidate netstat against ss / ip, net-tools
# netstat and busybox netstat on generated loads inside private network
# namespaces.  See bench/README.md.  Not part of `make check`.
#
#   bench/run.sh [options] CANDIDATE
#
# Every load runs in its own `unshare -n` namespace (loopback only; routes on
# a veth pair that exists only inside it), so nothing outside is touched and
# everything it made disappears with the namespace.  It installs nothing.

set -u -o pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SELF="$BENCH_DIR/run.sh"

usage() {
    cat <<'EOF'
Usage: bench/run.sh [options] CANDIDATE

  CANDIDATE            the netstat binary to measure (ours)
  --env VAR=VALUE      environment for the candidate (repeatable), e.g.
                       --env NETSTAT_PLUGIN_PATH=/tmp/build-bench/modules
                       --env NETSTAT_CONFIG=/work/main/conf/netstat.yaml
                       (exported for every command; the others ignore it)
  --sizes LIST         established TCP sockets per socket load, comma
                       separated (default 10000,100000,200000); 0 or '' = none
  --routes LIST        IPv4 routes per route load (default 200000); 0 = none
  --phases LIST        any of empty,sockets,routes (default all three)
  --quick              sizes 10000, routes 20000, fewer runs (a smoke run)
  --max-runs N         cap on hyperfine runs per command (default 50)
  --group-timeout S    wall-clock limit for one hyperfine group (default 900)
  --per-worker N       socket pairs per load-generator process (default 8000);
                       the filter table's port matches 1/workers of the load
  --socket-groups LIST tables of the socket loads (default
                       tan,tanp,filter,groupby,info)
  --nettools PATH      net-tools netstat (default: netstat in PATH)
  --out FILE           results file (default bench/RESULTS.md)
  --scale-sockets LIST after the report, bench/scale-sockets.sh at these
                       socket counts (e.g. 10000,100000,300000,1000000)
  --keep DIR           keep raw hyperfine/probe JSON in DIR
  --scale-routes LIST  then bench/scale-routes.sh at these sizes (IPv4 and
                       IPv6 routes, e.g. 200000,1000000): its own section
  -h, --help           this text

Needs: root (or unprivileged user namespaces) for unshare, hyperfine, busybox,
python3, iproute2 (ss, ip), net-tools (netstat), util-linux (unshare).
EOF
}

die() { echo "bench: $*" >&2; exit 2; }

# ---------------------------------------------------------------- inner side
# Runs inside the namespace: `run.sh --inner PHASE SIZE WORKDIR`.  All other
# settings come through the environment (BENCH_*), exported by the outer side.

probe() { # name cmd... -> appends one JSON line
    python3 "$BENCH_DIR/probe.py" "$1" -- "${@:2}" >>"$PROBE_FILE"
}

lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
min() { if [ "$1" -lt "$2" ]; then echo "$1"; else echo "$2"; fi; }

run_group() { # tag group  (commands from group_cmds)
    local tag=$1 group=$2
    local -a names=() cmds=()
    group_cmds "$group"
    local json="$WORK/$tag.$group.hyperfine.json"
    PROBE_FILE="$WORK/$tag.$group.probe.jsonl"
    : >"$PROBE_FILE"
    # one probe run each: sanity (exit code, lines), peak RSS, and a wall
    # time that decides how many hyperfine runs fit
    local i slow=0
    for i in "${!names[@]}"; do
        local -a argv
        read -r -a argv <<<"${cmds[$i]}"
        probe "${names[$i]}" "${argv[@]}"
    done
    slow=$(python3 -c 'import json,sys
print(max([json.loads(l).get("wall", 0) for l in open(sys.argv[1])] + [0]))' "$PROBE_FILE")
    local -a hf=(hyperfine -N -i --style basic --export-json "$json")
    local m=$BENCH_MAX_RUNS
    if   lt "$slow" 0.05; then hf+=(--warmup 5 --min-runs "$(min 20 "$m")" --max-runs "$m")
    elif lt "$slow" 0.5;  then hf+=(--warmup 2 --min-runs "$(min 10 "$m")" --max-runs "$(min 20 "$m")")
    elif lt "$slow" 3;    then hf+=(--warmup 1 --min-runs "$(min 5 "$m")" --max-runs "$(min 10 "$m")")
    elif lt "$slow" 15;   then hf+=(--runs "$(min 3 "$m")")
    else hf+=(--runs "$(min 2 "$m")")
    fi
    for i in "${!names[@]}"; do hf+=(-n "${names[$i]}" "${cmds[$i]}"); done
    echo "bench: [$tag] $group: slowest probe ${slow}s; ${hf[*]:6}" >&2
    timeout -k 10 "$BENCH_GROUP_TIMEOUT" "${hf[@]}" >"$WORK/$tag.$group.hyperfine.txt" 2>&1 \
        || echo "bench: [$tag] $group: hyperfine failed or timed out (see raw output)" >&2
    echo "$tag $group" >>"$WORK/groups"
}

group_cmds() {
    local C=$BENCH_CANDIDATE N=$BENCH_NETTOOLS B=$BENCH_BUSYBOX
    case $1 in
    tan)
        names=(ours net-tools busybox ss)
        cmds=("$C -tan" "$N -tan" "$B netstat -tan" "$BENCH_SS -tan") ;;
    filter) # loadgen's first listener: its clients are 1/workers of the load
        names=(ours ss)
        cmds=("$C -tan --filter=dport=:20000" "$BENCH_SS -tan dport = :20000") ;;
    groupby)
        names=(ours tan)
        cmds=("$C -tan --group-by=state" "$C -tan") ;;
    info) # tcp_info and congestion control of every socket, classic;
        # with the kernel's floors of both (the loads hold no IPv6
        # socket, so ours dumps the IPv4 table only: floor tcp4)
        names=(ours tan ss floor floor-info)
        cmds=("$C -tan --info" "$C -tan" "$BENCH_SS -tani"
              "$BENCH_FLOOR tcp4" "$BENCH_FLOOR tcp4 --info") ;;
    tanp) # busybox may be built without -p (Debian's is)
        if [ "$BENCH_BUSYBOX_P" = 1 ]; then
            names=(ours net-tools busybox ss)
            cmds=("$C -tanp" "$N -tanp" "$B netstat -tanp" "$BENCH_SS -tanp")
        else
            names=(ours net-tools ss)
            cmds=("$C -tanp" "$N -tanp" "$BENCH_SS -tanp")
        fi ;;
    rn)
        names=(ours net-tools busybox ip)
        cmds=("$C -rn" "$N -rn" "$B netstat -rn" "$BENCH_IP -4 route") ;;
    i)
        names=(ours net-tools ip)
        cmds=("$C -i" "$N -i" "$BENCH_IP -s link") ;;
    s)
        names=(ours net-tools)
        cmds=("$C -s" "$N -s") ;;
    *) die "unknown group $1" ;;
    esac
}

inner() {
    local phase=$1 size=$2
    WORK=$3
    local tag="$phase-$size"
    ip link set lo up || die "cannot bring lo up in the namespace"
    case $phase in
    empty)
        run_group "$tag" tan
        run_group "$tag" rn
        run_group "$tag" i
        run_group "$tag" s
        ;;
    sockets)
        local ready="$WORK/$tag.ready" lg
        rm -f "$ready"
        local t0=$SECONDS
        python3 "$BENCH_DIR/loadgen.py" --sockets "$size" \
            --per-worker "$BENCH_PER_WORKER" --ready-file "$ready" \
            --lifetime 7200 --timeout 900 &
        lg=$!
        trap 'kill -TERM $lg 2>/dev/null; wait $lg 2>/dev/null' EXIT
        while [ ! -s "$ready" ]; do
            kill -0 "$lg" 2>/dev/null || die "[$tag] load generator died"
            [ $((SECONDS - t0)) -gt 900 ] && die "[$tag] load not up after 900 s"
            sleep 0.2
        done
        local made est
        read -r made _ <"$ready"
        est=$(ss -Htn state established | wc -l)
        echo "bench: [$tag] load up in $((SECONDS - t0)) s: $made sockets made, $est established (ss)" >&2
        echo "{\"phase\":\"$phase\",\"size\":$size,\"made\":$made,\"established\":$est,\"setup_s\":$((SECONDS - t0))}" \
            >"$WORK/$tag.load.json"
        local g
        for g in $BENCH_SOCKET_GROUPS; do run_group "$tag" "$g"; done
        kill -TERM "$lg" 2>/dev/null; wait "$lg" 2>/dev/null
        trap - EXIT
        ;;
    routes)
        local t0=$SECONDS
        ip link add bench0 type veth peer name bench1 || die "[$tag] cannot create veth pair (veth module?)"
        ip link set bench0 up && ip link set bench1 up
        # destinations are /32s in 127.64.0.0/10 on the veth: loopback space,
        # and the namespace has nothing else; nothing is ever sent to them
        python3 - "$size" >"$WORK/$tag.batch" <<'PY'
import sys
n = int(sys.argv[1])
base = (127 << 24) | (64 << 16)
for i in range(n):
    a = base + i
    print("route add %d.%d.%d.%d/32 dev bench0" % (a >> 24, (a >> 16) & 255, (a >> 8) & 255, a & 255))
PY
        ip -batch "$WORK/$tag.batch" || die "[$tag] ip -batch failed"
        rm -f "$WORK/$tag.batch"
        local have
        have=$(ip -4 route show table main | wc -l)
        echo "bench: [$tag] $have routes in main table after $((SECONDS - t0)) s" >&2
        echo "{\"phase\":\"$phase\",\"size\":$size,\"made\":$have,\"setup_s\":$((SECONDS - t0))}" \
            >"$WORK/$tag.load.json"
        run_group "$tag" rn
        ip link del bench0 2>/dev/null
        ;;
    *) die "unknown phase $phase" ;;
    esac
}

if [ "${1:-}" = "--inner" ]; then
    shift
    inner "$@"
    exit 0
fi

# ---------------------------------------------------------------- outer side
quote_args() { # shell-quote only what needs it
    local a out=
    for a in "$@"; do
        if [[ $a =~ ^[A-Za-z0-9_./=,:+@%-]+$ ]]; then out+="$a "; else out+="$(printf '%q' "$a") "; fi
    done
    printf '%s' "${out% }"
}
ORIG_CMD=$(quote_args "$0" "$@")
SIZES=10000,100000,200000
ROUTES=200000
PHASES=empty,sockets,routes
QUICK=0
MAX_RUNS=50
GROUP_TIMEOUT=900
PER_WORKER=8000
SOCKET_GROUPS="tan tanp filter groupby info"
NETTOOLS=
OUT="$BENCH_DIR/RESULTS.md"
SCALE_SOCKETS=
KEEP=
SCALE_ROUTES=
CANDIDATE=
ENVS=()
sizes_set=0 routes_set=0

while [ $# -gt 0 ]; do
    case $1 in
    --env) [ $# -ge 2 ] || die "--env needs VAR=VALUE"; ENVS+=("$2"); shift 2 ;;
    --env=*) ENVS+=("${1#--env=}"); shift ;;
    --sizes) SIZES=${2-}; sizes_set=1; shift 2 ;;
    --sizes=*) SIZES=${1#*=}; sizes_set=1; shift ;;
    --routes) ROUTES=${2-}; routes_set=1; shift 2 ;;
    --routes=*) ROUTES=${1#*=}; routes_set=1; shift ;;
    --phases) PHASES=${2-}; shift 2 ;;
    --phases=*) PHASES=${1#*=}; shift ;;
    --quick) QUICK=1; shift ;;
    --max-runs) MAX_RUNS=${2-}; shift 2 ;;
    --group-timeout) GROUP_TIMEOUT=${2-}; shift 2 ;;
    --per-worker) PER_WORKER=${2-}; shift 2 ;;
    --socket-groups) SOCKET_GROUPS=${2//,/ }; shift 2 ;;
    --nettools) NETTOOLS=${2-}; shift 2 ;;
    --out) OUT=${2-}; shift 2 ;;
    --scale-sockets) SCALE_SOCKETS=${2-}; shift 2 ;;
    --keep) KEEP=${2-}; shift 2 ;;
    --scale-routes) SCALE_ROUTES=${2-}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; CANDIDATE=${1-}; shift $(( $# > 0 ? 1 : 0 )) ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) [ -z "$CANDIDATE" ] || die "one candidate only (extra: $1)"; CANDIDATE=$1; shift ;;
    esac
done
[ $# -eq 0 ] || die "unexpected arguments: $*"
[ -n "$CANDIDATE" ] || { usage >&2; die "no candidate netstat given"; }
if [ "$QUICK" = 1 ]; then
    [ "$sizes_set" = 1 ] || SIZES=10000
    [ "$routes_set" = 1 ] || ROUTES=20000
    [ "$MAX_RUNS" -le 10 ] || MAX_RUNS=10
fi
for n in ${SIZES//,/ } ${ROUTES//,/ } "$MAX_RUNS" "$GROUP_TIMEOUT" "$PER_WORKER"; do
    [[ $n =~ ^[0-9]+$ ]] || die "not a number: $n"
done
for n in ${SIZES//,/ }; do [ "$n" -le 2000000 ] || die "socket load $n too large (max 2000000)"; done
for n in ${ROUTES//,/ }; do [ "$n" -le 4000000 ] || die "route load $n too large (max 4000000)"; done

# --- tools: check and name what is missing; install nothing
missing=()
need() { # command debian-package
    command -v "$1" >/dev/null 2>&1 || missing+=("$1 (Debian package: $2)")
}
need hyperfine hyperfine
need busybox busybox
need python3 python3
need ss iproute2
need ip iproute2
need unshare util-linux
need timeout coreutils
need awk mawk
[ -x /usr/bin/time ] || missing+=("/usr/bin/time, GNU time, for peak RSS (Debian package: time)")
if [ -z "$NETTOOLS" ]; then
    NETTOOLS=$(command -v netstat 2>/dev/null || true)
fi
if [ -z "$NETTOOLS" ] || ! "$NETTOOLS" -V 2>&1 | grep -q 'net-tools'; then
    missing+=("net-tools netstat (Debian package: net-tools; or pass --nettools PATH)")
fi
if command -v busybox >/dev/null 2>&1 && ! busybox --list 2>/dev/null | grep -qx netstat; then
    missing+=("busybox with the netstat applet (Debian package: busybox)")
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "bench: missing tools:" >&2
    printf '  - %s\n' "${missing[@]}" >&2
    echo "bench: install them (e.g. apt-get install hyperfine busybox) and add them to scripts/setup.sh" >&2
    exit 2
fi
[ -x "$CANDIDATE" ] || die "candidate $CANDIDATE is not an executable file"
CANDIDATE=$(cd "$(dirname "$CANDIDATE")" && pwd)/$(basename "$CANDIDATE")
case $CANDIDATE in *[[:space:]]*) die "candidate path must not contain spaces" ;; esac
if head -c 2 "$CANDIDATE" | grep -q '#!'; then
    echo "bench: warning: $CANDIDATE is a script (libtool wrapper?); its start-up cost is measured too" >&2
fi
unshare -n true 2>/dev/null || die "cannot create a network namespace (unshare -n): run as root"

for e in "${ENVS[@]+"${ENVS[@]}"}"; do
    [[ $e == *=* ]] || die "--env wants VAR=VALUE, got $e"
    export "${e%%=*}=${e#*=}"
done

WORK=$(mktemp -d /tmp/netstat-bench.XXXXXX)
cleanup() {
    if [ -n "$KEEP" ]; then mkdir -p "$KEEP" && cp -r "$WORK"/. "$KEEP"/; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export BENCH_CANDIDATE="$CANDIDATE" BENCH_NETTOOLS="$NETTOOLS"
export BENCH_BUSYBOX=$(command -v busybox) BENCH_SS=$(command -v ss) BENCH_IP=$(command -v ip)
export BENCH_SRCDIR=$(git -C "$BENCH_DIR" rev-parse --show-toplevel 2>/dev/null || true)
export BENCH_MAX_RUNS="$MAX_RUNS" BENCH_GROUP_TIMEOUT="$GROUP_TIMEOUT"
export BENCH_PER_WORKER="$PER_WORKER" BENCH_QUICK="$QUICK"
export BENCH_SOCKET_GROUPS="$SOCKET_GROUPS"
# The info table times the kernel's own cost of tcp_info beside ours.
BENCH_FLOOR=
if [[ ,$PHASES, == *,sockets,* && " $SOCKET_GROUPS " == *" info "* ]]; then
    BENCH_FLOOR=$WORK/floor
    cc -O2 -o "$BENCH_FLOOR" "$BENCH_DIR/floor.c" -lmnl ||
        die "cannot build bench/floor.c for the info table (needs cc and libmnl-dev)"
fi
export BENCH_FLOOR
if busybox netstat -tanp >/dev/null 2>&1; then BENCH_BUSYBOX_P=1; else BENCH_BUSYBOX_P=0; fi
export BENCH_BUSYBOX_P

# --- facts about this run
python3 - "$WORK/meta.json" "$ORIG_CMD" "${ENVS[@]+"${ENVS[@]}"}" <<'PY'
import json, os, platform, subprocess, sys, time
def sh(*c):
    try:
        r = subprocess.run(c, capture_output=True, text=True, timeout=10)
        return (r.stdout + r.stderr).strip().splitlines()[0] if (r.stdout + r.stderr).strip() else ""
    except Exception as e:
        return "?"
cpu = "?"
try:
    for l in open("/proc/cpuinfo"):
        if l.startswith("model name"):
            cpu = l.split(":", 1)[1].strip(); break
except OSError:
    pass
mem = "?"
try:
    for l in open("/proc/meminfo"):
        if l.startswith("MemTotal"):
            mem = "%.1f GiB" % (int(l.split()[1]) / 1048576); break
except OSError:
    pass
meta = {
    "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    "nproc": os.cpu_count(), "kernel": platform.release(), "cpu": cpu, "mem": mem,
    "command": sys.argv[2].strip(), "env": sys.argv[3:],
    "candidate": os.environ["BENCH_CANDIDATE"],
    "versions": {
        "net-tools": sh(os.environ["BENCH_NETTOOLS"], "-V"),
        "busybox": sh(os.environ["BENCH_BUSYBOX"]),
        "ss": sh(os.environ["BENCH_SS"], "-V"),
        "hyperfine": sh("hyperfine", "--version"),
        "python": platform.python_version(),
    },
    "git": sh("git", "-C", os.environ["BENCH_SRCDIR"], "describe", "--always", "--dirty") if os.environ.get("BENCH_SRCDIR") else "",
}
json.dump(meta, open(sys.argv[1], "w"), indent=1)
PY
[ $? -eq 0 ] || die "could not write run facts"
: >"$WORK/groups"

start=$SECONDS
run_phase() { # phase size
    echo "bench: === $1 $2 ===" >&2
    unshare -n -- bash "$SELF" --inner "$1" "$2" "$WORK" \
        || echo "bench: phase $1 $2 failed (continuing)" >&2
}
for ph in ${PHASES//,/ }; do
    case $ph in
    empty) run_phase empty 0 ;;
    sockets) for n in ${SIZES//,/ }; do [ "$n" -gt 0 ] && run_phase sockets "$n"; done ;;
    routes) for n in ${ROUTES//,/ }; do [ "$n" -gt 0 ] && run_phase routes "$n"; done ;;
    *) die "unknown phase $ph (empty, sockets, routes)" ;;
    esac
done
echo "bench: all loads done in $((SECONDS - start)) s" >&2

python3 "$BENCH_DIR/report.py" "$WORK" >"$OUT.tmp" && mv "$OUT.tmp" "$OUT" \
    || die "report generation failed"
echo "bench: wrote $OUT" >&2
[ -z "$SCALE_SOCKETS" ] || "$BENCH_DIR/scale-sockets.sh" --sizes "$SCALE_SOCKETS" \
    --nettools "$NETTOOLS" --out "$OUT" "$CANDIDATE" >/dev/null
if [ -n "$SCALE_ROUTES" ]; then # its own phase, file and section
    scale=(--sizes "$SCALE_ROUTES" --nettools "$NETTOOLS" --out "$OUT")
    [ -z "$KEEP" ] || scale+=(--keep "$KEEP/scale-routes")
    for e in "${ENVS[@]+"${ENVS[@]}"}"; do scale+=(--env "$e"); done
    "$BENCH_DIR/scale-routes.sh" "${scale[@]}" "$CANDIDATE"
fi
