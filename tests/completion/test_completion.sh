#!/bin/bash
# The bash completion (completion/netstat): sourced after
# bash-completion's own library, its function is called for a series of
# command lines split as readline splits them, and COMPREPLY is compared
# with what each line should offer. Module-dependent values come from the
# built netstat's --list-modules with a test configuration. TAP; skipped,
# and said so, without bash-completion.
set -u

top_srcdir=${top_srcdir:?}
top_builddir=${top_builddir:?}
bin=${NETSTAT_BIN:?}
script=$top_srcdir/completion/netstat
lib=${BASH_COMPLETION_LIB:-/usr/share/bash-completion/bash_completion}

if [ ! -r "$lib" ]; then
	echo "1..0 # SKIP bash-completion is not installed ($lib; apt-get install bash-completion)"
	exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/netstat-compl.XXXXXX")
trap 'rm -rf "$work"' EXIT
cat >"$work/netstat.yaml" <<'YAML'
version: 1
modules:
  - {name: classic, kind: format, required: true}
  - {name: json, kind: format}
  - {name: csv, kind: format}
  - {name: yaml, kind: format, enabled: false}
  - {name: inet}
  - {name: inet6}
  - {name: unix}
  - {name: ax25}
  - {name: ddp, enabled: false}
  - {name: netdev}
  - {name: init_fails}
  - {name: nowhere, missing_ok: true}
YAML
mkdir "$work/alt" "$work/alt/sub"
cat >"$work/alt/other.yaml" <<'YAML'
version: 1
modules:
  - {name: classic, kind: format}
  - {name: inet}
YAML
export NETSTAT_CONFIG=$work/netstat.yaml
export NETSTAT_PLUGIN_PATH=$top_builddir/modules:$top_builddir/tests/modules

# bash-completion's library expects an interactive-like shell.
# shellcheck disable=SC1090
. "$lib" || {
	echo "1..0 # SKIP cannot source $lib"
	exit 0
}
# shellcheck disable=SC1090
. "$script"

# Sets COMP_* as readline would for LINE (cursor at its end; `=' is a
# word of its own, as COMP_WORDBREAKS has it) and runs the completion.
complete_line() {
	local line=$1 w
	COMP_LINE=$line
	COMP_POINT=${#line}
	COMP_WORDS=()
	local raw=()
	read -r -a raw <<<"$line"
	for w in "${raw[@]}"; do
		while [[ $w == *=* ]]; do
			[ -n "${w%%=*}" ] && COMP_WORDS+=("${w%%=*}")
			COMP_WORDS+=("=")
			w=${w#*=}
		done
		[ -n "$w" ] && COMP_WORDS+=("$w")
	done
	[[ $line == *' ' ]] && COMP_WORDS+=("")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	local cur=${COMP_WORDS[COMP_CWORD]}
	local prev=${COMP_WORDS[COMP_CWORD - 1]:-}
	_netstat "$bin" "$cur" "$prev"
}

n=0
# expect NAME LINE WORD... : COMPREPLY holds exactly these words (any order).
expect() {
	local name=$1 line=$2
	shift 2
	complete_line "${line/#netstat/$bin}"
	local got want
	got=$(printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort | tr '\n' ' ')
	want=$(printf '%s\n' "$@" | sed '/^$/d' | sort | tr '\n' ' ')
	n=$((n + 1))
	if [ "$got" = "$want" ]; then
		echo "ok $n - $name"
	else
		echo "not ok $n - $name"
		echo "#   line: $line"
		echo "#   want: $want"
		echo "#   got:  $got"

	fi
}
# contains NAME LINE WORD...: COMPREPLY holds at least these words.
contains() {
	local name=$1 line=$2 w missing=
	shift 2
	complete_line "${line/#netstat/$bin}"
	for w in "$@"; do
		printf '%s\n' "${COMPREPLY[@]}" | grep -qxF -- "$w" ||
			missing="$missing $w"
	done
	n=$((n + 1))
	if [ -z "$missing" ]; then
		echo "ok $n - $name"
	else
		echo "not ok $n - $name"
		echo "#   line: $line; missing:$missing"
		echo "#   got: ${COMPREPLY[*]}"
	fi
}

expect "--format= offers the formats that load (not a disabled one)" \
	"netstat --format=" classic csv json
expect "--format with a separate value" "netstat --format j" json
expect "-A: families that load and select something, with aliases" \
	"netstat -A " inet ip tcpip inet6 ip6 unix ax25
expect "-A completes the last element of a list" "netstat -A inet,u" inet,unix
expect "--protocol=" "netstat --protocol=ax" ax25
expect "-A glued to its value" "netstat -Aine" -Ainet -Ainet6
expect "--config on the line decides the modules" \
	"netstat --config=$work/alt/other.yaml -A " inet ip tcpip
expect "--config FILE (separate) too" \
	"netstat --config $work/alt/other.yaml --format " classic
expect "--list- is ours, --listening net-tools'" "netstat --list" \
	--list-modules --listening
expect "--co: every option starting so, ours with =" "netstat --co" \
	--config= --context --continuous --count --columns= --count-events=
expect "--fi: ours spelled in full beside net-tools' --fib" "netstat --fi" \
	--fib --fields --filter=
expect "--nu" "netstat --nu" --numeric --numeric-hosts --numeric-ports \
	--numeric-users
expect "-V takes no argument" "netstat -V "
expect "--filter values are free text" "netstat --filter "
expect "--config= completes file names" "netstat --config=$work/alt/o" \
	"$work/alt/other.yaml"
contains "--proc-root completes directories" "netstat --proc-root $work/alt/" \
	"$work/alt/sub"
contains "short options" "netstat -" -A -C -F -M -a -c -e -g -h -i -l -n -N \
	-o -p -r -s -S -t -u -U -v -V -W -w -2 -f -x -4 -6 -Z

# Every option the parser knows is offered (core/cli/options.c): the
# long option table (but --tcpip, which net-tools rejects) and ours.
long=$(sed -n 's/^\t{"\([a-z0-9-]*\)", \(no\|required\)_argument.*/\1 \2/p' \
	"$top_srcdir/core/cli/options.c" | sort -u |
	awk '$1 != "tcpip" { print "--" $1 ($2 == "required" ? "=" : "") }')
own=$(sed -n 's/^\t\t{"\(--[a-z-]*\)", offsetof.*/\1=/p' \
	"$top_srcdir/core/cli/options.c")
flags=$(grep -o 'strcmp(arg, "--[a-z-]*")' "$top_srcdir/core/cli/options.c" |
	grep -o -- '--[a-z-]*' | grep -vx -- '--')
# shellcheck disable=SC2086
contains "every option of core/cli/options.c" "netstat --" $long $own $flags
if [ "$(echo "$long" | wc -w)" -lt 40 ] || [ -z "$own" ] || [ -z "$flags" ]; then
	n=$((n + 1))
	echo "not ok $n - could not read the option tables of core/cli/options.c"
fi

# A netstat that cannot list its modules (net-tools' own): fixed lists.
bin=/bin/false
expect "fallback: net-tools' families" "netstat -A a" ax25 appletalk ash
expect "fallback: classic only" "netstat --format=" classic
echo "1..$n"
