#!/bin/bash
# Runs the shared conformance harness (net-tools 2.10 side by side with the
# built netstat, in private network namespaces) and reports each case as a
# TAP line. Cases listed in known-failures.txt are reported as TODO with the
# reason given there; if one of them passes, that is reported too (XPASS),
# so the list cannot go stale.
set -u

harness_dir=${NETSTAT_CONFORMANCE_DIR:-${top_srcdir:-.}/../shared/conformance}
known=${top_srcdir:-.}/tests/integration/known-failures.txt

skip() {
	echo "1..0 # SKIP $*"
	exit 0
}

[ -x "$harness_dir/run" ] || skip "no conformance harness at $harness_dir (set NETSTAT_CONFORMANCE_DIR)"
[ "$(id -u)" = 0 ] || skip "needs root for network namespaces"
command -v unshare >/dev/null || skip "needs unshare (util-linux)"
command -v python3 >/dev/null || skip "needs python3"
[ -x /usr/bin/netstat ] || skip "needs the oracle /usr/bin/netstat (apt-get install net-tools)"
unshare -n true 2>/dev/null || skip "cannot create network namespaces here"

# Socket tables and routes come from netlink unless NETSTAT_BACKEND says
# otherwise; conformance-proc.sh runs the same cases with the /proc files
# (the inet and inet6 modules' `backend` option, plugins/lib/ip/backend/).
# The harness passes the environment on.
export NETSTAT_BACKEND=${NETSTAT_BACKEND:-netlink}
echo "# backend: NETSTAT_BACKEND=$NETSTAT_BACKEND"

. "$(dirname "$0")/candidate.sh"

# The shared cases, then our own extra ones (tests/conformance/, compared
# with net-tools the same way; fixtures beside them).
"$harness_dir/run" --candidate "$work/netstat" \
	--cases "$harness_dir/cases" --cases "${top_srcdir:-.}/tests/conformance" \
	>"$work/out" 2>&1
echo "# harness: $(tail -n 1 "$work/out")"

reason_for() {
	[ -f "$known" ] || return 1
	awk -v c="$1" '$1 == c { $1 = ""; sub(/^ /, ""); print; found = 1 }
		END { exit !found }' "$known"
}

n=0
while IFS= read -r line; do
	case "$line" in
	"PASS "*)
		name=${line#PASS }
		n=$((n + 1))
		if why=$(reason_for "$name"); then
			echo "ok $n - $name # TODO listed as known failure: $why"
		else
			echo "ok $n - $name"
		fi
		;;
	"FAIL "*)
		rest=${line#FAIL }
		name=${rest%% *}
		n=$((n + 1))
		if why=$(reason_for "$name"); then
			echo "not ok $n - $rest # TODO $why"
		else
			echo "not ok $n - $rest"
		fi
		;;
	"SKIP "*)
		n=$((n + 1))
		echo "ok $n - ${line#SKIP } # SKIP harness could not set up the state"
		;;
	*)
		# diff lines of failing cases, kept in the log
		echo "# $line"
		;;
	esac
done <"$work/out"
[ "$n" -gt 0 ] || {
	echo "not ok 1 - the harness ran no case"
	n=1
}
echo "1..$n"
