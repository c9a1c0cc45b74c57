#!/bin/sh
# The SDK as a vendor uses it: install the package from the build tree into
# a temporary DESTDIR, build both out-of-tree examples (docs/examples/)
# with their own Makefiles and `make CFLAGS=...` (as a vendor or a distro
# build does), against `pkg-config netstat-plugin` of that install only,
# declare them in a conf.d drop-in and run the installed netstat with
# them. Nothing installed elsewhere (/usr/local, /usr) may take part: the
# pkg-config search path is the temporary install's alone, and every
# netstat header the examples include must come from it. TAP output.
set -u

: "${top_srcdir:?}" "${top_builddir:?}"
MAKE=${MAKE:-make}
CC=${CC:-cc}
PKG_CONFIG=${PKG_CONFIG:-pkg-config}

skip_all() {
	echo "1..0 # SKIP $*"
	exit 0
}
command -v "$CC" >/dev/null 2>&1 || skip_all "no C compiler ($CC)"
command -v "$PKG_CONFIG" >/dev/null 2>&1 || skip_all "no pkg-config"
command -v "${MAKE%% *}" >/dev/null 2>&1 || skip_all "no make ($MAKE)"

umask 022 # netstat refuses group/world-writable modules
tmp=$(mktemp -d "${TMPDIR:-/tmp}/netstat-sdk.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/dest

n=0
failed=0
ok() {
	n=$((n + 1))
	echo "ok $n - $1"
}
# not_ok DESCRIPTION [LOG]: LOG's tail, when given, as TAP comments.
not_ok() {
	n=$((n + 1))
	failed=1
	echo "not ok $n - $1"
	if [ $# -ge 2 ] && [ -f "$2" ]; then
		sed 's/^/# /' "$2" | tail -n 30
	fi
}
bail() {
	echo "Bail out! $*"
	exit 1
}

echo "1..10"

# 1. Install. MAKEFLAGS of the outer `make check` are not ours to pass on.
if env -u MAKEFLAGS -u MFLAGS $MAKE -s -C "$top_builddir" install \
	DESTDIR="$dest" >"$tmp/install.log" 2>&1; then
	ok "make install DESTDIR=..."
else
	not_ok "make install DESTDIR=..." "$tmp/install.log"
	bail "cannot install"
fi

pc=$(find "$dest" -name netstat-plugin.pc | head -n 1)
bin=$(find "$dest" -type f -path '*/bin/netstat' | head -n 1)
moddir=$(find "$dest" -type d -path '*/netstat/modules' | head -n 1)
conf=$(find "$dest" -type f -path '*/netstat/netstat.yaml' | head -n 1)
if [ -n "$pc" ] && [ -x "$bin" ] && [ -n "$moddir" ] && [ -n "$conf" ] &&
	[ -f "$(dirname "$pc")/../../include/netstat/netstat.h" ]; then
	ok "installed: pkg-config file, headers, binary, modules, config"
else
	not_ok "installed: pkg-config file, headers, binary, modules, config"
	bail "incomplete install"
fi

# Only the installed SDK: the .pc file of the DESTDIR tree, its paths
# moved below DESTDIR; PKG_CONFIG_LIBDIR replaces the default search path
# (/usr/local/lib/pkgconfig, /usr/lib/pkgconfig...), which may hold
# another netstat's.
PKG_CONFIG_PATH=$(dirname "$pc")
PKG_CONFIG_LIBDIR=$PKG_CONFIG_PATH
PKG_CONFIG_SYSROOT_DIR=$dest
export PKG_CONFIG_PATH PKG_CONFIG_LIBDIR PKG_CONFIG_SYSROOT_DIR PKG_CONFIG
cflags=$("$PKG_CONFIG" --cflags netstat-plugin)
case "$cflags" in
*"$top_srcdir"* | *"$top_builddir"*) cflags_ok=no ;;
*"-I$dest/"*) cflags_ok=yes ;;
*) cflags_ok=no ;;
esac
if [ "$cflags_ok" = yes ]; then
	ok "pkg-config --cflags netstat-plugin points into the install"
else
	echo "# cflags: $cflags"
	not_ok "pkg-config --cflags netstat-plugin points into the install"
fi

# 2. Build both examples from copies, with their own Makefiles and CFLAGS
# on the command line: the SDK's flags must survive it. -MD makes the
# compiler list every header it read (NAME.d).
vendor=$tmp/vendor
mkdir -p "$vendor"
: >"$tmp/headers"
for ex in family-example:example format-example:tsv; do
	dir=${ex%%:*}
	mod=${ex#*:}
	cp -R "$top_srcdir/docs/examples/$dir" "$tmp/$dir"
	chmod -R u+w "$tmp/$dir"
	if env -u MAKEFLAGS -u MFLAGS $MAKE -C "$tmp/$dir" CC="$CC" \
		CFLAGS="-O3 -Werror -MD" >"$tmp/$dir.log" 2>&1 &&
		cp "$tmp/$dir/$mod.so" "$vendor/"; then
		ok "$dir: make CFLAGS=-O3 builds it against the installed SDK"
	else
		not_ok "$dir: make CFLAGS=-O3 builds it against the installed SDK" \
			"$tmp/$dir.log"
	fi
	[ -f "$tmp/$dir/$mod.d" ] &&
		tr ' \\' '\n\n' <"$tmp/$dir/$mod.d" | grep '/netstat/' \
			>>"$tmp/headers"
done

# Each netstat header the examples read is the install's own.
if [ -s "$tmp/headers" ] && ! grep -v "^$dest/" "$tmp/headers" \
	>"$tmp/foreign"; then
	ok "the examples include netstat headers of the install only"
else
	echo "# headers from outside $dest (or none listed):"
	sed 's/^/#   /' "$tmp/foreign" 2>/dev/null
	not_ok "the examples include netstat headers of the install only"
fi

# The example's own install rule puts it where pkg-config says modules go.
vinst=$tmp/vendor-install
want_mod=$vinst$("$PKG_CONFIG" --variable=moduledir netstat-plugin)
want_drop=$vinst$("$PKG_CONFIG" --variable=dropindir netstat-plugin)
if env -u MAKEFLAGS -u MFLAGS $MAKE -C "$tmp/family-example" CC="$CC" \
	CFLAGS="-O3" DESTDIR="$vinst" install >"$tmp/vinst.log" 2>&1 &&
	[ -f "$want_mod/example.so" ] && [ -f "$want_drop/example.yaml" ]; then
	ok "family-example: make install puts it in moduledir and dropindir"
else
	not_ok "family-example: make install puts it in moduledir and dropindir" \
		"$tmp/vinst.log"
fi

# 3. A config of our own: the installed one plus the examples' drop-ins.
cfg=$tmp/etc
mkdir -p "$cfg/conf.d"
cp "$conf" "$cfg/netstat.yaml"
cp "$top_srcdir/docs/examples/family-example/example.yaml" \
	"$top_srcdir/docs/examples/format-example/tsv.yaml" "$cfg/conf.d/"
chmod -R u+w,go-w "$cfg" "$vendor"

# A proc root holding the one table the example family reads.
proc=$tmp/proc
mkdir -p "$proc/net"
printf '%s\n' 'Type Device      Function' \
	'ALL  eth0     packet_rcv' \
	'0800          ip_rcv' >"$proc/net/ptype"

run() {
	NETSTAT_PLUGIN_PATH="$moddir:$vendor" NETSTAT_CONFIG= \
		"$bin" --config="$cfg/netstat.yaml" --proc-root="$proc" "$@"
}

run --format=tsv -A example >"$tmp/tsv.out" 2>"$tmp/tsv.err"
status=$?
printf '#example\ntype\tdevice\tfunction\nALL\teth0\tpacket_rcv\n0800\t-\tip_rcv\n' \
	>"$tmp/tsv.want"
if [ $status -eq 0 ] && cmp -s "$tmp/tsv.want" "$tmp/tsv.out" &&
	[ ! -s "$tmp/tsv.err" ]; then
	ok "netstat --format=tsv -A example"
else
	echo "# status $status; got:"
	sed 's/^/#   /' "$tmp/tsv.out" "$tmp/tsv.err"
	not_ok "netstat --format=tsv -A example"
fi

run -A example >"$tmp/classic.out" 2>&1
status=$?
if [ $status -eq 0 ] &&
	grep -qx 'Packet type handlers (example)' "$tmp/classic.out" &&
	grep -q '^0800 .* ip_rcv$' "$tmp/classic.out"; then
	ok "netstat -A example (classic)"
else
	echo "# status $status; got:"
	sed 's/^/#   /' "$tmp/classic.out"
	not_ok "netstat -A example (classic)"
fi

# Without the drop-in, -A example is no family at all.
rm "$cfg/conf.d/example.yaml"
if ! run -A example >"$tmp/none.out" 2>&1 &&
	grep -q "Unknown address family .example" "$tmp/none.out"; then
	ok "without its drop-in, -A example is unknown"
else
	sed 's/^/#   /' "$tmp/none.out"
	not_ok "without its drop-in, -A example is unknown"
fi

exit $failed
