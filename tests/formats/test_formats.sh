#!/bin/sh
# End-to-end check of the structured formats: runs the built netstat on the
# tests/fixtures/formats /proc tree and reads its output back with python3
# (json, csv, jsonschema, yaml). TAP on stdout.
#
# Environment (tests/local.mk exports it): NETSTAT_BIN, NETSTAT_PLUGIN_PATH,
# NETSTAT_CONFIG, top_srcdir.

: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${NETSTAT_BIN:=./netstat}"
fixture="$top_srcdir/tests/fixtures/formats"
schema="$top_srcdir/docs/netstat.schema.json"
checker="$top_srcdir/tests/formats/check_output.py"

tests="json parses back
json validates against docs/netstat.schema.json
json keeps typed and untruncated values
-c writes one JSON document per line per pass
stdout stays JSON when a source is missing
csv parses back (RFC 4180, a header per section)
yaml holds the same data as json
json pretty: true indents the same document"
n_tests=$(printf '%s\n' "$tests" | wc -l)
echo "1..$n_tests"

name() { printf '%s\n' "$tests" | sed -n "${1}p"; }

if ! command -v python3 >/dev/null 2>&1; then
	i=1
	while [ "$i" -le "$n_tests" ]; do
		echo "ok $i # SKIP python3 not found: cannot parse the output"
		i=$((i + 1))
	done
	exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test_formats.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# report N STATUS: 0 ok, 77 skip (reason from $tmp/err), else not ok.
report() {
	if [ "$2" -eq 0 ]; then
		echo "ok $1 - $(name "$1")"
	elif [ "$2" -eq 77 ]; then
		echo "ok $1 # SKIP $(head -n 1 "$tmp/err")"
	else
		echo "not ok $1 - $(name "$1")"
		sed 's/^/# /' "$tmp/err"
	fi
}

run() { # run FORMAT OUTFILE ARGS...
	fmt=$1 out=$2
	shift 2
	"$NETSTAT_BIN" --format="$fmt" --proc-root="$fixture" "$@" \
		>"$out" 2>"$tmp/stderr"
}

run json "$tmp/out.json" -an
rc=$?
if [ "$rc" -ne 0 ]; then
	echo "netstat exited $rc" >"$tmp/err"
	cat "$tmp/stderr" >>"$tmp/err"
	report 1 1
else
	python3 "$checker" json "$tmp/out.json" 2>"$tmp/err"
	report 1 $?
fi

python3 "$checker" schema "$tmp/out.json" "$schema" 2>"$tmp/err"
report 2 $?

python3 "$checker" fixture "$tmp/out.json" 2>"$tmp/err"
report 3 $?

# Three passes take two seconds: stop it after the third has started.
if command -v timeout >/dev/null 2>&1; then
	timeout 2.5 "$NETSTAT_BIN" --format=json --proc-root="$fixture" -anc \
		>"$tmp/cont.json" 2>/dev/null
	# Keep whole lines only: the last one may have been cut by the kill.
	sed '$!b; /}$/!d' "$tmp/cont.json" >"$tmp/cont-lines.json"
	python3 "$checker" json "$tmp/cont-lines.json" 2 2>"$tmp/err"
	report 4 $?
else
	echo "timeout(1) not found" >"$tmp/err"
	report 4 77
fi

# An explicitly selected table that is missing: net-tools' message on
# stderr, a failing exit status, and still one complete document.
mkdir -p "$tmp/none/net"
"$NETSTAT_BIN" --format=json --proc-root="$tmp/none" -tn \
	>"$tmp/missing.json" 2>"$tmp/missing.err"
rc=$?
if [ "$rc" -eq 0 ] || ! grep -q 'no support for' "$tmp/missing.err"; then
	echo "exit status $rc; stderr:" >"$tmp/err"
	cat "$tmp/missing.err" >>"$tmp/err"
	report 5 1
else
	python3 "$checker" json "$tmp/missing.json" 2>"$tmp/err"
	report 5 $?
fi

run csv "$tmp/out.csv" -an
python3 "$checker" csv "$tmp/out.csv" 2>"$tmp/err"
report 6 $?

run yaml "$tmp/out.yaml" -an
python3 "$checker" yaml "$tmp/out.yaml" "$tmp/out.json" 2>"$tmp/err"
report 7 $?

# The json module's option, set the way a user would for one run.
NETSTAT_PRETTY=true "$NETSTAT_BIN" --format=json --proc-root="$fixture" -an \
	>"$tmp/pretty.json" 2>"$tmp/stderr"
rc=$?
if [ "$rc" -ne 0 ]; then
	echo "netstat exited $rc" >"$tmp/err"
	cat "$tmp/stderr" >>"$tmp/err"
	report 8 1
else
	python3 "$checker" pretty "$tmp/pretty.json" "$tmp/out.json" \
		2>"$tmp/err"
	report 8 $?
fi
