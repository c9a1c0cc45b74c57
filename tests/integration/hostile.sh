#!/bin/bash
# Hostile input through the real binary (docs/security.md): broken, huge
# and garbled /proc files, bad configs, bad modules. Each case checks the
# exit status, that stderr says one clear line (or a warning and the rest
# of the output follows), and that nothing crashed. TAP.
set -u

bin=${NETSTAT_BIN:-netstat}
modules=${NETSTAT_PLUGIN_PATH:-}
testmods=${top_builddir:-.}/tests/modules
conf=${NETSTAT_CONFIG:-}
fixtures=${FIXTURES:-${top_srcdir:-.}/tests/fixtures}

if [ ! -x "$bin" ] || [ -z "$modules" ] || [ ! -f "$conf" ]; then
	echo "1..0 # SKIP needs NETSTAT_BIN, NETSTAT_PLUGIN_PATH and NETSTAT_CONFIG (run by make check)"
	exit 0
fi
command -v python3 >/dev/null || {
	echo "1..0 # SKIP needs python3"
	exit 0
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
n=0

ok() {
	n=$((n + 1))
	echo "ok $n - $1"
}
not_ok() {
	n=$((n + 1))
	echo "not ok $n - $1"
	sed 's/^/# stderr: /' "$work/err" | head -n 5
	sed 's/^/# stdout: /' "$work/out" | head -n 5
}

# run CONFIG ARGS...: runs netstat; status in $rc, output in out/err.
run() {
	local cfg=$1
	shift
	NETSTAT_CONFIG=$cfg timeout 120 "$bin" "$@" >"$work/out" 2>"$work/err"
	rc=$?
}

# crashed: a signal, a timeout or a sanitizer report.
crashed() {
	[ "$rc" -ge 124 ] || grep -qE 'Sanitizer|runtime error' "$work/err"
}

# expect NAME STATUS ERR_LINES [STDOUT_REGEX]: checks the last run.
expect() {
	local name=$1 status=$2 lines=$3 pattern=${4:-}
	local got
	got=$(wc -l <"$work/err")
	if crashed; then
		not_ok "$name: crashed (status $rc)"
	elif [ "$rc" != "$status" ]; then
		not_ok "$name: status $rc, wanted $status"
	elif [ "$got" != "$lines" ]; then
		not_ok "$name: $got lines on stderr, wanted $lines"
	elif [ -n "$pattern" ] && ! grep -qE "$pattern" "$work/out"; then
		not_ok "$name: stdout lacks /$pattern/"
	else
		ok "$name"
	fi
}

# A config: the shipped one plus extra module entries (YAML lines).
config_with() {
	local out=$1
	shift
	{
		cat "$conf"
		printf '%s\n' "$@"
	} >"$out"
}

# --- modules ---

config_with "$work/initfail.yaml" "  - name: init_fails" "    kind: family"
NETSTAT_PLUGIN_PATH=$modules:$testmods run "$work/initfail.yaml" \
	-tn --proc-root "$fixtures/inet/basic"
expect "module whose init fails: a warning, then the output" 0 1 '^tcp '
grep -q "warning: module \`init_fails'.*failed to start" "$work/err" ||
	not_ok "init failure names the module"

config_with "$work/notmod.yaml" "  - name: not_module" "    kind: family"
NETSTAT_PLUGIN_PATH=$modules:$testmods run "$work/notmod.yaml" \
	-tn --proc-root "$fixtures/inet/basic"
expect "file that is not a module: a warning, then the output" 0 1 '^tcp '

config_with "$work/notmodreq.yaml" "  - name: not_module" "    kind: family" \
	"    required: true"
NETSTAT_PLUGIN_PATH=$modules:$testmods run "$work/notmodreq.yaml" \
	-tn --proc-root "$fixtures/inet/basic"
expect "required module that is not a module: one line, status 1" 1 1

config_with "$work/abi.yaml" "  - name: abi_major" "    kind: format"
NETSTAT_PLUGIN_PATH=$modules:$testmods run "$work/abi.yaml" \
	--format=abi_major -tn --proc-root "$fixtures/inet/basic"
expect "format with the wrong ABI: one line, status 1" 1 1
grep -q 'ABI' "$work/err" || not_ok "wrong ABI message names the ABI"

NETSTAT_PLUGIN_PATH=$work/no/such/dir:$modules run "$conf" -tn \
	--proc-root "$fixtures/inet/basic"
expect "missing plugin directory in the path: the others serve" 0 0 '^tcp '

config_with "$work/nosuch.yaml" "  - name: nosuch" "    kind: format"
NETSTAT_PLUGIN_PATH=$work/no/such/dir run "$work/nosuch.yaml" \
	--format=nosuch -tn --proc-root "$fixtures/inet/basic"
expect "module in no plugin directory: one line, status 1" 1 1
grep -q "nosuch' not found in $work/no/such/dir" "$work/err" ||
	not_ok "missing module message names the directories"

# A file posing as a module in the current directory is never loaded.
mkdir -p "$work/cwd"
cp "$testmods/.libs/not_module.so" "$work/cwd/classic.so" 2>/dev/null
(cd "$work/cwd" && NETSTAT_PLUGIN_PATH=.:$modules run "$conf" -tn \
	--proc-root "$fixtures/inet/basic" && [ "$rc" = 0 ]) &&
	ok "relative plugin path entries are ignored" ||
	not_ok "relative plugin path entries are ignored"

# --- configs ---

: >"$work/empty.yaml"
run "$work/empty.yaml" -tn --proc-root "$fixtures/inet/basic"
expect "empty config: one line, status 1" 1 1

printf 'version: 1\nmodules: [\n  - name: x\n' >"$work/invalid.yaml"
run "$work/invalid.yaml" -tn
expect "invalid YAML: one line, status 1" 1 1
grep -qE 'invalid\.yaml:[0-9]+:[0-9]+: ' "$work/err" ||
	not_ok "invalid YAML names file, line and column"

python3 - "$work/bomb.yaml" <<'EOF'
import sys
with open(sys.argv[1], "w") as f:
    f.write('version: 1\na: &a ["x","x","x","x","x","x","x","x","x"]\n')
    for i in range(1, 10):
        prev = "a" if i == 1 else "a%d" % (i - 1)
        f.write('a%d: &a%d [%s]\n' % (i, i, ",".join(["*" + prev] * 9)))
EOF
run "$work/bomb.yaml" -tn
expect "alias bomb: one line, status 1" 1 1
grep -q 'aliases are not allowed' "$work/err" || not_ok "alias bomb refused"

python3 - "$work/huge.yaml" <<'EOF'
import sys
with open(sys.argv[1], "w") as f:
    f.write("version: 1\nplugin_dirs:\n")
    for i in range(300000):
        f.write("  - /usr/lib/netstat/modules/%d\n" % i)
EOF
run "$work/huge.yaml" -tn
expect "enormous config: one line, status 1" 1 1

python3 -c 'print("format: " + "x" * (8 << 20))' >"$work/long.yaml"
run "$work/long.yaml" -tn
expect "config with an 8 MiB value: one line, status 1" 1 1

python3 -c 'print("[" * 100000)' >"$work/deep.yaml"
run "$work/deep.yaml" -tn
expect "deeply nested config: one line, status 1" 1 1

# --- /proc files ---

hdr='  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode'
row() { # row STATE INODE
	printf '   0: 0100007F:0016 00000000:0000 %s 00000000:00000000 00:00000000 00000000     0        0 %s 1 0000000000000000 100 0 0 10 0\n' "$1" "$2"
}

mkdir -p "$work/huge/net"
python3 - "$work/huge/net/tcp" "$hdr" <<'EOF'
import sys
with open(sys.argv[1], "w") as f:
    f.write(sys.argv[2] + "\n")
    for i in range(200000):
        f.write("%6d: 0100007F:%04X 0200007F:%04X 01 00000000:00000000 "
                "00:00000000 00000000     0        0 %d 1 "
                "0000000000000000 20 4 30 10 -1\n"
                % (i, 1024 + i % 60000, 80, 100000 + i))
EOF
run "$conf" -tn --proc-root "$work/huge"
lines=$(grep -c '^tcp ' "$work/out")
expect "200000-line tcp table: every row, nothing on stderr" 0 0
[ "$lines" = 200000 ] && ok "200000-line tcp table: $lines rows" ||
	not_ok "200000-line tcp table: $lines rows"

mkdir -p "$work/long/net"
{
	echo "$hdr"
	row 0A 111
	printf '   1: 0100007F:0017 '
	head -c $((1 << 20)) /dev/zero | tr '\0' 'A'
	echo
	row 0A 222
} >"$work/long/net/tcp"
run "$conf" -tan --proc-root "$work/long"
expect "1 MiB line: a warning, then the other rows" 0 1 '127\.0\.0\.1:22 '
[ "$(grep -c '^tcp ' "$work/out")" = 2 ] && ok "1 MiB line: both good rows" ||
	not_ok "1 MiB line: both good rows"

mkdir -p "$work/nul/net"
{
	echo "$hdr"
	row 0A 111 | tr ' ' '\0'
	row 0A 222
} >"$work/nul/net/tcp"
run "$conf" -tan --proc-root "$work/nul"
expect "NUL bytes in a line: no crash, rows shown" 0 0 '^tcp '

mkdir -p "$work/trunc/net"
{
	echo "$hdr"
	row 0A 111
	row 01 222 | head -c 40
} >"$work/trunc/net/tcp"
run "$conf" -tan --proc-root "$work/trunc"
expect "truncated last line: a warning, then the rest" 0 1 '^tcp '

mkdir -p "$work/garbled/net"
{
	echo "$hdr"
	head -c 65536 /dev/urandom
	echo
	row 0A 333
} >"$work/garbled/net/tcp"
cp "$work/garbled/net/tcp" "$work/garbled/net/unix"
run "$conf" -an --proc-root "$work/garbled"
if crashed || [ "$rc" != 0 ]; then
	not_ok "garbled tcp and unix tables: status $rc"
elif LC_ALL=C grep -q '[[:cntrl:]]' <(tr -d '\n' <"$work/out"); then
	not_ok "garbled tables: a control byte reached stdout"
else
	ok "garbled tcp and unix tables: no crash, no control bytes out"
fi

mkdir -p "$work/state/net"
{
	echo "$hdr"
	row 2A 444
	row FF 555
} >"$work/state/net/tcp"
run "$conf" -tan --proc-root "$work/state"
expect "unknown tcp states: rows kept, nothing on stderr" 0 0 \
	'^tcp .*127\.0\.0\.1:22 '
[ "$(grep -c '^tcp ' "$work/out")" = 2 ] && ok "unknown tcp states: both rows" ||
	not_ok "unknown tcp states: both rows"

run "$conf" -A nosuchfamily
expect "unknown address family: one line, status 1" 1 1
run "$conf" -M --proc-root "$work/state"
if crashed; then not_ok "no masquerade table: crashed"; else
	ok "no masquerade table: status $rc, no crash"; fi

# Control bytes in unix socket paths and process names stay escaped.
mkdir -p "$work/unix/net"
printf 'Num       RefCount Protocol Flags    Type St Inode Path\n0000000000000000: 00000002 00000000 00010000 0001 01 4242 /tmp/a\033]0;owned\007\033[2Jb\n' \
	>"$work/unix/net/unix"
run "$conf" -xan --proc-root "$work/unix"
if grep -q $'\033' "$work/out"; then
	not_ok "escape sequences in a unix path reach the terminal"
else
	expect "escape sequences in a unix path are escaped" 0 0 \
		'/tmp/a\\033\]0;owned\\007\\033\[2Jb'
fi
run "$conf" -xan --format=json --proc-root "$work/unix"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/out" \
	2>/dev/null && grep -q '\\u001b' "$work/out" &&
	ok "escape sequences in JSON are \\u escapes" ||
	not_ok "escape sequences in JSON are \\u escapes"

# Control bytes in a route's interface name stay escaped at every -e level
# (the row is checked in blocks: the byte sits in the last block for -rn
# and -rne, in the middle of the row for -rnee).
mkdir -p "$work/route/net"
printf 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n' \
	>"$work/route/net/route"
printf 'e\033x\t00000000\t0100000A\t0003\t0\t0\t0\t00000000\t0\t0\t0\n' \
	>>"$work/route/net/route"
for e in -rn -rne -rnee; do
	run "$conf" $e --proc-root "$work/route"
	if grep -q $'\033' "$work/out"; then
		not_ok "escape sequences in a route's interface ($e) reach the terminal"
	else
		expect "escape sequences in a route's interface ($e) are escaped" \
			0 0 '^0\.0\.0\.0 +10\.0\.0\.1 .*e\\033x'
	fi
done

echo "1..$n"
