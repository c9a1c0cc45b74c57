#!/bin/bash
# The query options with every report and every format, on fixture /proc
# trees (and the live one for -i, whose rows need real interfaces; no
# root needed): --filter on a field of the report keeps exactly
# the rows whose value equals the first row's (checked on the JSON),
# --sort, --group-by, --count and --columns run in each format, and an
# unknown field is a usage error (exit 3, one line). TAP.
set -u
top=${top_srcdir:-.}
bin=${NETSTAT_BIN:-netstat}
fx=$top/tests/fixtures
command -v python3 >/dev/null || {
	echo "1..0 # SKIP needs python3"
	exit 0
}

n=0
ok() {
	n=$((n + 1))
	echo "ok $n - $*"
}
not_ok() {
	n=$((n + 1))
	echo "not ok $n - $*"
}

# report args | proc root
reports=(
	"-tuwan|$fx/inet/basic"
	"-rn|$fx/routes/full"
	"-i|/proc"
	"-s|$fx/ip_stats/full"
	"-gn|$fx/inet/groups"
	"-M|$fx/masquerade/table"
)
out=$(mktemp)
trap 'rm -f "$out"' EXIT

for r in "${reports[@]}"; do
	args=${r%%|*}
	root=${r#*|}
	[ -d "$root" ] || {
		not_ok "$args: fixture $root missing"
		continue
	}
	# The first plain (string or number) column of the first section
	# with rows, and its first value.
	"$bin" $args --proc-root "$root" --format=json >"$out" 2>/dev/null
	read -r key value < <(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
s = [s for s in d["sections"] if s["rows"]][0]
r = s["rows"][0]
c = [c["key"] for c in s["columns"]
     if isinstance(r[c["key"]], (str, int)) and str(r[c["key"]]).strip()][0]
print(c, r[c])' "$out")
	if [ -z "${key:-}" ] || [ -z "${value:-}" ]; then
		not_ok "$args: no plain first column to query"
		continue
	fi
	"$bin" $args --proc-root "$root" --format=json \
		--filter "$key = '$value'" >"$out" 2>/dev/null
	if python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
rows = [r for s in d["sections"] for r in s["rows"] if sys.argv[2] in r]
assert rows and all(str(r[sys.argv[2]]) == sys.argv[3] for r in rows)
' "$out" "$key" "$value" 2>/dev/null; then
		ok "$args --filter \"$key = $value\": only matching rows"
	else
		not_ok "$args --filter \"$key = $value\""
		sed 's/^/# /' "$out" | head -n 5
	fi
	for fmt in classic json csv yaml; do
		bad=
		for q in "--sort=-$key" "--group-by=$key" "--count" \
			"--columns=$key"; do
			"$bin" $args --proc-root "$root" --format=$fmt "$q" \
				>"$out" 2>/dev/null && [ -s "$out" ] ||
				bad="$bad $q"
		done
		if [ -z "$bad" ]; then
			ok "$args --format=$fmt: --sort, --group-by, --count, --columns"
		else
			not_ok "$args --format=$fmt:$bad"
		fi
	done
	"$bin" $args --proc-root "$root" --filter 'no_such_field = 1' \
		>/dev/null 2>"$out"
	rc=$?
	if [ "$rc" = 3 ] && [ "$(wc -l <"$out")" = 1 ] &&
		grep -q "^netstat: --filter: unknown field 'no_such_field'" "$out"; then
		ok "$args: an unknown field is a usage error"
	else
		not_ok "$args: unknown field gave exit $rc"
		sed 's/^/# /' "$out"
	fi
done
echo "1..$n"
