#!/bin/bash
# The ABI 2 rules that a grep can hold (docs/abi.md): no module keeps the
# host table in a global or a setter, no record carries private data for
# classic, no module reads the environment (options do that, through the
# host), and the host reads it in one place (core/privilege.c). TAP.
set -u
top=${top_srcdir:-.}
n=0

check() {
	local what=$1 pattern=$2
	shift 2
	n=$((n + 1))
	local hits
	hits=$(cd "$top" && grep -rnE --include='*.[ch]' "$pattern" "$@" 2>/dev/null)
	if [ -z "$hits" ]; then
		echo "ok $n - $what"
	else
		echo "not ok $n - $what"
		echo "$hits" | sed 's/^/# /'
	fi
}

modules=(plugins formats docs/examples)
check "no module keeps the host table in a global" \
	'static const struct netstat_host_api \*' "${modules[@]}"
check "no *_route_init setters" '[a-z0-9]+_route_init\(' "${modules[@]}"
check "no record carries private data (priv)" \
	'(\.|->)priv\b' "${modules[@]}" include
check "no module reads the environment" '\bgetenv\([^3]' "${modules[@]}"
check "the host reads the environment only in core/privilege.c" \
	'\bgetenv\([^3]' core --exclude=privilege.c
echo "1..$n"
