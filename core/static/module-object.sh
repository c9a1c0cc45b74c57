#!/bin/sh
# Usage: module-object.sh NAME OUT MODULE.la [OBJECT.lo | CONVENIENCE.la]...
#
# Turns one built module into one relocatable object for the static build
# (docs/static.md): its PIC objects and convenience libraries are linked
# with `ld -r`, then every symbol but NAME_LTX_netstat_module is made
# local, so modules sharing a convenience library (plugins/lib/*,
# formats/common...) cannot clash in one program. The
# module's external libraries (dependency_libs of MODULE.la) go to
# OUT's .deplibs file, for the program's link line.
#
# Environment: LD, OBJCOPY, NM.
set -eu

name=$1
out=$2
module_la=$3
shift 3
: "${LD:=ld}" "${OBJCOPY:=objcopy}" "${NM:=nm}"

# A value of a libtool .la or .lo file (shell syntax: var='value').
field() {
	sed -n "s/^$2='\\(.*\\)'\$/\\1/p" "$1"
}

objects=
archives=
for f; do
	dir=$(dirname "$f")
	case $f in
	*.lo)
		pic=$(field "$f" pic_object)
		[ -n "$pic" ] && [ "$pic" != none ] || {
			echo "$0: $f has no PIC object" >&2
			exit 1
		}
		objects="$objects $dir/$pic"
		;;
	*.la)
		old=$(field "$f" old_library)
		[ -n "$old" ] || {
			echo "$0: $f is not a convenience library" >&2
			exit 1
		}
		archives="$archives $dir/.libs/$old"
		;;
	*)
		echo "$0: cannot link $f into a module object" >&2
		exit 1
		;;
	esac
done

symbol=${name}_LTX_netstat_module
tmp=$out.tmp.o
trap 'rm -f "$tmp"' EXIT
# Whole archives: the shared module links its convenience libraries the
# same way, so the two builds hold the same code.
# shellcheck disable=SC2086
$LD -r -o "$tmp" $objects --whole-archive $archives --no-whole-archive
$OBJCOPY --keep-global-symbol="$symbol" "$tmp" "$out"

# Exactly one global definition left, and it is the descriptor.
globals=$($NM -g --defined-only "$out" | awk '{ print $3 }')
if [ "$globals" != "$symbol" ]; then
	echo "$0: $out: expected only $symbol global, got:" $globals >&2
	rm -f "$out"
	exit 1
fi

field "$module_la" dependency_libs >"$out.deplibs"
