#!/bin/bash
# The installed tree against chkrootkit (issue 19). chkrootkit's netstat
# check runs strings -a on the netstat it finds and reports INFECTED when a
# trojan marker of its list (NETSTAT_I_L: addr\.h, grep, /dev/tux, ...)
# shows; the debug info of an unstripped build names bits/sockaddr.h,
# which matches addr\.h. So scripts/setup.sh installs with make
# install-strip. This test does the same into a private DESTDIR and runs
# the real chkrootkit (-r DIR netstat) on it, after a control that the
# invocation does flag a marker; then chkrootkit's own marker list against
# every installed ELF file (modules too), and against unstripped copies
# with only the debug info removed, so that no symbol or string literal of
# ours matches either. scripts/check.sh runs it in build-static/ too (the
# single binary). TAP; needs chkrootkit (and root to run chkrootkit itself).
set -u

skip() {
	echo "1..0 # SKIP $*"
	exit 0
}

builddir=${top_builddir:-}
[ -f "$builddir/Makefile" ] || skip "needs top_builddir (run by make check)"
chkrootkit=$(PATH=$PATH:/usr/sbin:/sbin command -v chkrootkit) ||
	skip "chkrootkit is not installed (scripts/setup.sh installs it)"
for tool in strings objcopy readelf; do
	command -v "$tool" >/dev/null || skip "needs $tool (binutils)"
done

n=0
ok() {
	n=$((n + 1))
	echo "ok $n - $*"
}
not_ok() {
	n=$((n + 1))
	echo "not ok $n - $*"
}
diag() {
	sed 's/^/# /' "$@"
}
finish() {
	echo "1..$n"
	exit 0
}

# chkrootkit's own list, read from the script that is installed.
markers=$(sed -n 's/^NETSTAT_I_L="\(.*\)"$/\1/p' "$chkrootkit")
if [ -z "$markers" ]; then
	not_ok "read chkrootkit's netstat markers (NETSTAT_I_L) from $chkrootkit"
	finish
fi
ok "chkrootkit's netstat markers: $markers"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"

# make TARGET DESTDIR=DIR in the build tree; a make of its own, not a
# part of the make check that runs this test.
install_into() {
	env -u MAKEFLAGS -u MFLAGS ${MAKE:-make} -C "$builddir" "$1" \
		DESTDIR="$2" >"$work/$1.log" 2>&1
}

stripped=$work/stripped
if ! install_into install-strip "$stripped"; then
	not_ok "make install-strip DESTDIR=..."
	diag "$work/install-strip.log"
	finish
fi
# The program, not the bash completion script of the same name.
found=$(find "$stripped" -type f -name netstat -path '*/bin/netstat')
if [ "$(echo "$found" | wc -w)" != 1 ]; then
	not_ok "make install-strip installs one netstat (found: ${found:-none})"
	finish
fi
ok "make install-strip DESTDIR=... installs ${found#"$stripped"}"
bindir=${found#"$stripped"}
bindir=${bindir%/netstat}

is_elf() {
	[ "$(head -c 4 "$1" | od -An -c | tr -d ' ')" = '177ELF' ]
}
elf_files() { # elf_files DIR: the ELF files below DIR, one a line
	find "$1" -type f | sort | while read -r f; do
		if is_elf "$f"; then echo "$f"; fi
	done
}
# Prints each file whose strings -a match a marker, with the matches.
match_markers() {
	local f hits
	for f in "$@"; do
		hits=$(strings -a "$f" | grep -E "$markers" | sort -u |
			head -n 5 | tr '\n' ' ')
		[ -z "$hits" ] || echo "${f#"$work"/}: $hits"
	done
}

# The real chkrootkit: -r ROOT looks for netstat in ROOT/<each PATH dir>,
# so the installed bindir goes first in PATH. It needs root.
run_chkrootkit() { # run_chkrootkit ROOT: chkrootkit's netstat line to out
	PATH="$bindir:$PATH" "$chkrootkit" -r "$1" netstat >"$work/out" 2>&1
}
if [ "$(id -u)" != 0 ]; then
	ok "chkrootkit flags a marker (control) # SKIP chkrootkit needs root"
	ok "chkrootkit -r DESTDIR netstat: not infected # SKIP chkrootkit needs root"
else
	# Control: a file carrying a marker, where the netstat is installed.
	mkdir -p "$work/control$bindir"
	printf 'sockaddr.h\n' >"$work/control$bindir/netstat"
	chmod 755 "$work/control$bindir/netstat"
	run_chkrootkit "$work/control"
	if grep -Eq "netstat'\.\.\. +INFECTED$" "$work/out"; then
		ok "chkrootkit flags a marker (control)"
	else
		not_ok "chkrootkit flags a marker (control)"
		diag "$work/out"
	fi
	run_chkrootkit "$stripped"
	line=$(grep "netstat'" "$work/out" | sed 's/  */ /g')
	if grep -Eq "netstat'\.\.\. +not infected$" "$work/out"; then
		ok "chkrootkit -r DESTDIR netstat: $line"
	else
		not_ok "chkrootkit -r DESTDIR netstat: ${line:-no result}"
		diag "$work/out"
	fi
fi

mapfile -t installed < <(elf_files "$stripped")
hits=$(match_markers "${installed[@]}")
if [ ${#installed[@]} -gt 0 ] && [ -z "$hits" ]; then
	ok "no marker in any of the ${#installed[@]} installed ELF files"
else
	not_ok "no marker in any installed ELF file (${#installed[@]} files)"
	echo "$hits" | sed 's/^/# /'
fi

unstripped=()
for f in "${installed[@]}"; do
	if readelf -S "$f" | grep -Eq ' \.(symtab|debug_[a-z]+) '; then
		unstripped+=("${f#"$stripped"}")
	fi
done
if [ ${#unstripped[@]} = 0 ]; then
	ok "every installed ELF file is stripped (no .symtab, no .debug_*)"
else
	not_ok "every installed ELF file is stripped: not ${unstripped[*]}"
fi

# The stripped binary still works with the stripped modules: the same
# output as the build tree's for a fixture.
moddir=$(dirname "$(find "$stripped" -type f -name 'classic.so' | head -n 1)")
fixture=${FIXTURES:-${top_srcdir:-}/tests/fixtures}/inet/basic
NETSTAT_PLUGIN_PATH=$moddir "$found" -tun --proc-root "$fixture" \
	>"$work/installed.out" 2>&1
rc_installed=$?
"${NETSTAT_BIN:-$builddir/netstat}" -tun --proc-root "$fixture" \
	>"$work/built.out" 2>&1
rc_built=$?
if [ "$rc_installed" = "$rc_built" ] && grep -q '^tcp ' "$work/built.out" &&
	cmp -s "$work/installed.out" "$work/built.out"; then
	ok "the stripped netstat and modules print what the build tree does"
else
	not_ok "the stripped netstat and modules print what the build tree does"
	diff "$work/built.out" "$work/installed.out" | sed 's/^/# /'
fi

# Unstripped: symbols and string literals (all that strip keeps or drops
# but the debug info) carry no marker either, so a strip that keeps the
# symbol table (e.g. --strip-debug) is clean too.
plain=$work/plain
if ! install_into install "$plain"; then
	not_ok "make install DESTDIR=..."
	diag "$work/install.log"
	finish
fi
mapfile -t plain_files < <(elf_files "$plain")
for f in "${plain_files[@]}"; do
	objcopy --strip-debug "$f" "$f.nodebug" && mv "$f.nodebug" "$f"
done
hits=$(match_markers "${plain_files[@]}")
if [ ${#plain_files[@]} -gt 0 ] && [ -z "$hits" ]; then
	ok "no marker in symbols or literals of the ${#plain_files[@]} unstripped ELF files"
else
	not_ok "no marker in symbols or literals of the unstripped ELF files"
	echo "$hits" | sed 's/^/# /'
fi
finish
