#!/bin/bash
# Cases where net-tools 2.10 prints undefined bytes (uninitialised memory,
# reads past a table or buffer, a crash): tests/conformance/own/. They run
# in the conformance harness's scenarios like every other case, but are
# never compared with net-tools: the oracle is true(1), and our stdout,
# stderr and exit status are checked against expected/CASE.{out,err,rc},
# the sane output docs/compat.md describes. One TAP line per case.
set -u

harness_dir=${NETSTAT_CONFORMANCE_DIR:-${top_srcdir:-.}/../shared/conformance}
own=${top_srcdir:-.}/tests/conformance/own

skip() {
	echo "1..0 # SKIP $*"
	exit 0
}

[ -x "$harness_dir/run" ] || skip "no conformance harness at $harness_dir (set NETSTAT_CONFORMANCE_DIR)"
[ "$(id -u)" = 0 ] || skip "needs root for network namespaces"
command -v unshare >/dev/null || skip "needs unshare (util-linux)"
command -v python3 >/dev/null || skip "needs python3"
unshare -n true 2>/dev/null || skip "cannot create network namespaces here"

. "$(dirname "$0")/candidate.sh"

"$harness_dir/run" --candidate "$work/netstat" --oracle true \
	--cases "$own" --keep "$work/keep" >"$work/out" 2>&1
echo "# harness: $(tail -n 1 "$work/out")"

n=0
for expected in "$own"/expected/*.out; do
	name=$(basename "$expected" .out)
	n=$((n + 1))
	got=$work/keep/$name
	if [ ! -f "$got/candidate.out" ]; then
		echo "not ok $n - $name: the harness did not run it"
		sed 's/^/# /' "$got/error.txt" 2>/dev/null
		continue
	fi
	bad=
	for part in out err rc; do
		cmp -s "$own/expected/$name.$part" "$got/candidate.$part" ||
			bad="$bad $part"
	done
	if [ -z "$bad" ]; then
		echo "ok $n - $name"
	else
		echo "not ok $n - $name [differs:$bad]"
		for part in $bad; do
			diff -u "$own/expected/$name.$part" "$got/candidate.$part" |
				sed 's/^/# /'
		done
	fi
done
# A case file line without an expected output is a mistake, not a pass.
for name in $(grep -hv '^#' "$own"/*.cases | cut -d'|' -f1); do
	[ -f "$own/expected/$name.out" ] && continue
	n=$((n + 1))
	echo "not ok $n - $name: no expected/$name.out"
done
[ "$n" -gt 0 ] || {
	echo "not ok 1 - no case ran"
	n=1
}
echo "1..$n"
