#!/bin/bash
# netstat --list-modules (netstat(8), MODULE LIST): every configured
# module with its state, file, ABI and reason, in classic and the
# structured formats; this netstat's version in its first line; -V and
# the net-tools abbreviation --list (--listening) untouched. TAP.
set -u

bin=${NETSTAT_BIN:?}
top_builddir=${top_builddir:?}
top_srcdir=${top_srcdir:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/netstat-listmod.XXXXXX")
trap 'rm -rf "$work"' EXIT

version=$(sed -n 's/^#define PACKAGE_VERSION "\(.*\)"$/\1/p' \
	"$top_builddir/config.h")
url=$(sed -n 's/^#define PACKAGE_URL "\(.*\)"$/\1/p' "$top_builddir/config.h")
abi=$(awk '/#define NETSTAT_ABI_MAJOR/ {M=$3} /#define NETSTAT_ABI_MINOR/ {m=$3}
	END {print M "." m}' "$top_srcdir/include/netstat/abi.h")

mkdir "$work/conf"
cat >"$work/conf/netstat.yaml" <<'EOF'
version: 1
modules:
  - {name: classic, kind: format, required: true}
  - {name: json, kind: format}
  - {name: csv, kind: format}
  - {name: yaml, kind: format}
  - name: good_family
  - name: init_fails
  - name: abi_older
  - name: nowhere
  - {name: gone, missing_ok: true}
  - name: unix
    options: {colour: blue}
  - {name: inet, enabled: false}
EOF
export NETSTAT_CONFIG=$work/conf/netstat.yaml
export NETSTAT_PLUGIN_PATH=$top_builddir/modules:$top_builddir/tests/modules

n=0
ok() {
	n=$((n + 1))
	echo "ok $n - $1"
}
not_ok() {
	n=$((n + 1))
	echo "not ok $n - $1"
	[ -n "${2:-}" ] && sed 's/^/# /' "$2"
}
check() { # NAME FILE-TO-SHOW-ON-FAILURE COMMAND...
	local name=$1 show=$2
	shift 2
	if "$@"; then ok "$name"; else not_ok "$name" "$show"; fi
}

"$bin" --list-modules >"$work/out" 2>"$work/err"
rc=$?
check "classic: exit 0, nothing on stderr" "$work/err" \
	test "$rc" = 0 -a ! -s "$work/err"
check "classic: first line names this netstat, its version, ABI, home" \
	"$work/out" test "$(head -n 1 "$work/out")" = \
	"netstat $version (module ABI $abi), $url"
check "classic: the configuration file" "$work/out" \
	grep -qx "Configuration: $NETSTAT_CONFIG" "$work/out"
row() { # NAME: the module's classic row, blanks squeezed
	awk -v n="$1" '$2 == n' "$work/out" | tr -s ' '
}
check "classic: table header" "$work/out" \
	grep -qE '^Kind +Name +State +ABI +File +Description +Reason$' "$work/out"
check "loaded family: state, ABI, file" "$work/out" \
	test "$(row good_family | cut -d' ' -f1-5)" = \
	"family good_family loaded $abi $top_builddir/tests/modules/good_family.la"
check "init() failing: failed, with the reason" "$work/out" \
	grep -q ' failed .*failed to start: ' <(row init_fails)
check "ABI refused: failed, its own ABI shown, both versions in the reason" \
	"$work/out" grep -q \
	"^family abi_older failed 1.1 .*built for ABI 1.1; this netstat supports ABI $abi$" \
	<(row abi_older)
check "not found: failed, the directories named" "$work/out" \
	grep -q "^family nowhere failed - - - module \`nowhere' not found in $top_builddir/modules, " \
	<(row nowhere)
check "missing_ok: missing" "$work/out" \
	test "$(row gone)" = "family gone missing - - - not installed (missing_ok)"
check "bad option: failed, file:line:column" "$work/out" \
	grep -q "^family unix failed $abi .*netstat.yaml:13:15: module \`unix' has no option \`colour'" \
	<(row unix)
check "disabled: not opened" "$work/out" \
	grep -q "^family inet disabled - $top_builddir/modules/inet.la - -$" <(row inet)
check "every configured module, in config order" "$work/out" test \
	"$(awk 'f {print $2} /^Kind/ {f=1}' "$work/out" | tr '\n' ' ')" = \
	"classic json csv yaml good_family init_fails abi_older nowhere gone unix inet "

"$bin" --list-modules --format=json >"$work/json" 2>"$work/err"
check "json: exit 0" "$work/err" test $? = 0 -a ! -s "$work/err"
if python3 -c 'import jsonschema' 2>/dev/null; then
	check "json: valid against docs/netstat.schema.json, report modules" \
		"$work/json" python3 - "$work/json" \
		"$top_srcdir/docs/netstat.schema.json" "$version" <<'EOF'
import json, sys, jsonschema
doc = json.load(open(sys.argv[1]))
jsonschema.validate(doc, json.load(open(sys.argv[2])))
assert doc["report"] == "modules"
prog, mods = doc["sections"]
assert prog["key"] == "program" and prog["rows"][0]["version"] == sys.argv[3]
rows = {r["name"]: r for r in mods["rows"]}
assert rows["good_family"]["reports"] == "connections"
assert rows["gone"]["state"] == "missing" and rows["gone"]["file"] is None
assert rows["abi_older"]["abi"] == "1.1"
assert rows["inet"]["description"] is None
assert rows["unix"]["declared"].endswith("netstat.yaml:12")
EOF
else
	n=$((n + 1))
	echo "ok $n - json schema check # SKIP python3-jsonschema not installed"
fi
"$bin" --list-modules --format=csv >"$work/csv" 2>"$work/err"
check "csv: a header record and a row per module" "$work/csv" test \
	"$(grep -c '^modules,' "$work/csv")" = 11
"$bin" --list-modules --format=yaml >"$work/yaml" 2>"$work/err"
check "yaml: report modules" "$work/yaml" grep -qx 'report: modules' "$work/yaml"

"$bin" --list-modules --filter 'state != loaded' --columns name,state \
	>"$work/q" 2>"$work/err"
check "queries apply to the modules" "$work/q" test \
	"$(awk 'f {print $1 ":" $2} /^Name/ {f=1}' "$work/q" | tr '\n' ' ')" = \
	"init_fails:failed abi_older:failed nowhere:failed gone:missing unix:failed inet:disabled "
"$bin" --list-modules --filter 'bogus = 1' >"$work/q" 2>"$work/err"
check "an unknown field is a usage error (3)" "$work/err" test $? = 3

# netstat(8) says which project this is, its version and home.
check "netstat(8) names this version and home" "$top_srcdir/docs/netstat.8" \
	bash -c 'grep -q "^\.TH NETSTAT 8 .* \"netstat $1\"" "$3" &&
		grep -q "^netstat $1, module ABI $2:" "$3" && grep -qF "$4" "$3"' \
	_ "$version" "$abi" "$top_srcdir/docs/netstat.8" "$url"

"$bin" -V >"$work/v"
check "-V keeps net-tools' text" "$work/v" test "$(head -n 1 "$work/v")" = \
	"net-tools 2.10"
# --list is net-tools' abbreviation of --listening, never ours.
"$bin" --list-module >"$work/ab" 2>&1
check "--list-modules only in full (--list-module is an error)" "$work/ab" \
	test $? = 3
"$bin" --list --proc-root="$FIXTURES/inet/basic" -t >"$work/l1" 2>&1
"$bin" --listening --proc-root="$FIXTURES/inet/basic" -t >"$work/l2" 2>&1
check "--list still means --listening" "$work/l1" cmp -s "$work/l1" "$work/l2"

# A run says nothing of a missing_ok module, and warns about the others.
"$bin" -x --proc-root="$FIXTURES/unix/modern" >/dev/null 2>"$work/err"
check "a run: silent about missing_ok, warns about a missing module" \
	"$work/err" test "$(grep -c gone "$work/err")" = 0 -a \
	"$(grep -c "warning: module \`nowhere' not found" "$work/err")" = 1
echo "1..$n"
