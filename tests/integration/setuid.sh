#!/bin/bash
# Set-uid and set-gid runs (docs/security.md): NETSTAT_CONFIG and
# NETSTAT_PLUGIN_PATH are ignored, --config and --proc-root refused. A copy
# of the binary is made set-uid root (or set-gid root) in a private
# directory and run as nobody, so the kernel sets AT_SECURE. TAP; needs
# root, setpriv and a filesystem that honours set-uid bits.
set -u

skip() {
	echo "1..0 # SKIP $*"
	exit 0
}

bin=${NETSTAT_BIN:-}
[ -x "$bin" ] || skip "needs NETSTAT_BIN (run by make check)"
[ "$(id -u)" = 0 ] || skip "needs root to make a set-uid copy"
command -v setpriv >/dev/null || skip "needs setpriv (util-linux)"
id nobody >/dev/null 2>&1 || skip "needs the user nobody"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
as_nobody() {
	setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups -- "$@"
}

# Does this filesystem honour set-uid? (a set-uid id(1) says 0 if so.)
cp "$(command -v id)" "$work/id"
chmod 4755 "$work/id"
[ "$(as_nobody "$work/id" -u 2>/dev/null)" = 0 ] ||
	skip "set-uid bits are ignored here (nosuid mount or no_new_privs)"

cp "$bin" "$work/netstat"
cp "$work/netstat" "$work/netstat-suid"
cp "$work/netstat" "$work/netstat-sgid"
chmod 755 "$work/netstat"
chmod 4755 "$work/netstat-suid"
chgrp 0 "$work/netstat-sgid"
chmod 2755 "$work/netstat-sgid"

# A config an attacker would like the program to read: its name shows in
# the error if it is read at all.
printf 'version: 1\nmodules: [\n' >"$work/evil.yaml"
chmod 644 "$work/evil.yaml"
mkdir -m 755 "$work/root"
n=0
check() { # check NAME COMMAND...: ok when the command succeeds
	local name=$1
	shift
	n=$((n + 1))
	if "$@"; then echo "ok $n - $name"; else echo "not ok $n - $name"; fi
}

run() { # run BINARY ARGS...: as nobody, with hostile environment
	ASAN_OPTIONS=detect_leaks=0 NETSTAT_CONFIG=$work/evil.yaml \
		NETSTAT_PLUGIN_PATH=$work \
		as_nobody "$@" >"$work/out" 2>"$work/raw"
	rc=$?
	# Sanitizer builds: LeakSanitizer cannot attach to a set-gid process
	# and says so; that is the tool, not netstat.
	grep -vE '^==[0-9]+==(LeakSanitizer has|HINT:|WARNING: reading)' \
		"$work/raw" >"$work/err"
	grep -q 'LeakSanitizer has encountered' "$work/raw" && [ "$rc" = 1 ] &&
		! grep -q 'netstat:' "$work/err" && rc=0
}

run "$work/netstat" -tn
check "plain run honours NETSTAT_CONFIG (control)" \
	grep -q "evil.yaml" "$work/err"

for kind in suid sgid; do
	run "$work/netstat-$kind" -tn
	check "set-${kind#s} run ignores NETSTAT_CONFIG" \
		bash -c "! grep -q evil.yaml '$work/err' && ! grep -q Sanitizer '$work/err'"

	run "$work/netstat-$kind" --config="$work/evil.yaml" -tn
	check "set-${kind#s} run refuses --config" \
		bash -c "[ $rc = 1 ] && [ \$(wc -l <'$work/err') = 1 ] &&
			grep -q 'not allowed' '$work/err'"

	run "$work/netstat-$kind" -tn --proc-root "$work/root"
	check "set-${kind#s} run refuses --proc-root" \
		bash -c "[ $rc = 1 ] && grep -q 'not allowed' '$work/err'"

	run "$work/netstat-$kind" -tn --output="$work/replaced"
	check "set-${kind#s} run refuses --output" \
		bash -c "[ $rc = 1 ] && grep -q 'not allowed' '$work/err' && [ ! -e '$work/replaced' ]"
done

# The plugin path: visible only when the built-in config loads, so only
# where netstat is installed (scripts/setup.sh does).
cp "${top_builddir:-.}/tests/modules/.libs/not_module.so" \
	"$work/classic.so" 2>/dev/null
run "$work/netstat-suid" -tn
if [ "$rc" = 0 ] || grep -q "^tcp\|^Active" "$work/out"; then
	check "set-uid run ignores NETSTAT_PLUGIN_PATH" \
		bash -c "! grep -q '$work' '$work/err'"
else
	n=$((n + 1))
	echo "ok $n - set-uid run ignores NETSTAT_PLUGIN_PATH # SKIP no installed config"
fi
echo "1..$n"
