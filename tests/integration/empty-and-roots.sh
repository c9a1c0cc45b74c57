#!/bin/bash
# "Empty is not nothing": a report whose tables hold no rows still shows
# its sections, with their columns, in every structured format (JSON
# "rows": [], CSV the header row, YAML rows: []), while classic keeps
# net-tools' bytes and a table that is missing gives no section at all.
# And --proc-root must name a proc tree: a missing directory, a file or a
# directory without net/ is a one-line error and exit 1. TAP.
set -u

bin=${NETSTAT_BIN:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/netstat-empty.XXXXXX")
trap 'rm -rf "$work"' EXIT

n=0
ok() {
	n=$((n + 1))
	echo "ok $n - $1"
}
not_ok() {
	n=$((n + 1))
	echo "not ok $n - $1"
	[ -z "${2:-}" ] || sed 's/^/# /' <<<"$2"
}
check() { # check NAME COMMAND...: ok when the command succeeds
	local name=$1
	shift
	local out
	if out=$("$@" 2>&1); then ok "$name"; else not_ok "$name" "$out"; fi
}

# A proc tree whose tables exist but hold only their header lines.
empty=$work/empty
mkdir -p "$empty/net"
tcp_head='  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode'
for f in tcp tcp6 udp udp6 raw raw6; do
	echo "$tcp_head" >"$empty/net/$f"
done
echo 'Num       RefCount Protocol Flags    Type St Inode Path' >"$empty/net/unix"
: >"$empty/net/nf_conntrack"
printf 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n' \
	>"$empty/net/route"
# A tree with no tables at all, but a net/ directory.
bare=$work/bare
mkdir -p "$bare/net"

run() { "$bin" --proc-root "$1" "${@:2}"; }

# JSON: every planned section is there with its columns and no rows.
json_sections() { # json_sections ROOT ARGS...: "key:nrows,..." on stdout
	run "$@" | python3 -c '
import json, sys
doc = json.load(sys.stdin)
print(",".join("%s:%d:%d" % (s["key"], len(s["columns"]), len(s["rows"]))
               for s in doc["sections"]))'
}
expect_json() { # expect_json NAME WANT ROOT ARGS...
	local name=$1 want=$2 got
	shift 2
	got=$(json_sections "$@" 2>&1)
	if [[ "$got" =~ $want ]]; then ok "$name"; else
		not_ok "$name" "want /$want/, got: $got"
	fi
}
# Keys and column counts come from the modules; only the shape is fixed.
expect_json "json -tn: tcp section, columns, no rows" \
	'^[a-z_0-9]+:[1-9][0-9]*:0$' "$empty" --format=json -tn
expect_json "json -tun: every section of the report, no rows" \
	'^[a-z_0-9]+:[1-9][0-9]*:0$' "$empty" --format=json -tun
expect_json "json -x: unix section, no rows" \
	'^[a-z_0-9]+:[1-9][0-9]*:0$' "$empty" --format=json -x
expect_json "json -M: masquerade section over an empty conntrack" \
	'^[a-z_0-9]+:[1-9][0-9]*:0$' "$empty" --format=json -M
# (and not the route cache's: it belongs to -rC only)
expect_json "json -rn: route section, no rows" \
	'^[a-z_0-9]+:[1-9][0-9]*:0$' "$empty" --format=json -rn -4
expect_json "json -tn --group-by=state: grouped section, no rows" \
	'^[a-z_0-9]+:[1-9][0-9]*:0$' "$empty" --format=json -tn --group-by=state

# A table that is missing is not an empty table: no section, the usual
# message, net-tools' exit status.
out=$(run "$bare" --format=json -tn 2>"$work/err")
rc=$?
if [ "$rc" = 1 ] && grep -q "no support for" "$work/err" &&
	python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(len(d["sections"]) != 0)' "$out"; then
	ok "json -tn without the tables: no section, message, exit 1"
else
	not_ok "json -tn without the tables: no section, message, exit 1" \
		"rc=$rc out=$out err=$(cat "$work/err")"
fi

# CSV: the header row alone.
for args in "-tn" "-M" "-x"; do
	# shellcheck disable=SC2086
	out=$(run "$empty" --format=csv $args)
	if [ "$(wc -l <<<"$out")" = 1 ] && [[ "$out" == section,* ]]; then
		ok "csv $args: the header row alone"
	else
		not_ok "csv $args: the header row alone" "$out"
	fi
done

# YAML: an empty list of rows under each section.
out=$(run "$empty" --format=yaml -M)
if grep -q '^- key: ' <<<"$out" && grep -q '^  rows: \[\]$' <<<"$out"; then
	ok "yaml -M: section with rows: []"
else
	not_ok "yaml -M: section with rows: []" "$out"
fi

# Classic is unchanged: -M over an empty conntrack prints nothing, -tn the
# title and column lines only.
out=$(run "$empty" -M)
if [ -z "$out" ]; then ok "classic -M: nothing, as net-tools"; else
	not_ok "classic -M: nothing, as net-tools" "$out"
fi
out=$(run "$empty" -tn)
if [ "$(wc -l <<<"$out")" = 2 ]; then ok "classic -tn: two header lines"; else
	not_ok "classic -tn: two header lines" "$out"
fi

# --proc-root that is not a proc tree.
bad_root() { # bad_root NAME DIR WANT
	local err rc
	err=$("$bin" --proc-root "$2" -tn 2>&1 >/dev/null)
	rc=$?
	if [ "$rc" = 1 ] && [ "$err" = "netstat: --proc-root: $3" ]; then
		ok "$1"
	else
		not_ok "$1" "rc=$rc stderr=$err"
	fi
}
bad_root "--proc-root missing directory" "$work/nowhere" \
	"$work/nowhere: No such file or directory"
: >"$work/file"
bad_root "--proc-root names a file" "$work/file" \
	"$work/file: Not a directory"
mkdir "$work/nonet"
bad_root "--proc-root without net/" "$work/nonet" \
	"$work/nonet: no net/ directory (not a proc tree)"
err=$(run "$bare" -rn 2>&1 >/dev/null)
if [[ "$err" != *--proc-root* ]] && [[ "$err" == */proc/net/route:* ]]; then
	ok "--proc-root with an empty net/ is a proc tree (the table is missing)"
else
	not_ok "--proc-root with an empty net/ is a proc tree (the table is missing)" "$err"
fi
check "--proc-root with a trailing slash" run "$empty/" -tn

echo "1..$n"
