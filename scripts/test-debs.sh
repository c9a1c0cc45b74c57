#!/bin/bash
# Installs, upgrades, removes and purges the Debian packages that
# scripts/build-debs.sh made (build/deb/*.deb) in a clean Debian 12 root
# built here with debootstrap --variant=minbase, beside net-tools and
# without it, and checks what docs/packaging.md promises: our netstat
# while installed, net-tools' netstat (and ifconfig, route, arp) back
# exactly after remove and purge, the legacy families added and removed
# with their package, the module index kept right by the dpkg trigger.
#
# Usage: scripts/test-debs.sh [DEBDIR] (default build/deb). The root is
# made in DEBDIR/root and deleted at the end (KEEP_ROOT=1 keeps it); the
# mirror is the first Debian one in /etc/apt/sources.list(.d) (MIRROR=
# overrides it). Prints one line per check, then
#   debian install test: N passed, M failed
# or, when it cannot run here,
#   debian install test: SKIPPED (reason)
# Exit status 0 (all passed), 1 (a check failed), 77 (skipped).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
debs=$(cd "${1:-$top/build/deb}" 2>/dev/null && pwd) || debs=${1:-$top/build/deb}
root=$debs/root
start=$(date +%s)

skip() {
	echo "debian install test: SKIPPED ($*)"
	exit 77
}
[ "$(id -u)" = 0 ] || skip "needs root (chroot, mount)"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (scripts/setup.sh installs it)"
main_deb=$(ls "$debs"/netstat-ng_*.deb 2>/dev/null | head -n 1)
legacy_deb=$(ls "$debs"/netstat-ng-legacy_*.deb 2>/dev/null | head -n 1)
[ -n "$main_deb" ] && [ -n "$legacy_deb" ] ||
	skip "no packages in $debs (run scripts/build-debs.sh first)"

# The Debian mirror apt already uses (deb822 or one-line sources).
mirror_of_sources() {
	cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
		/etc/apt/sources.list.d/*.sources 2>/dev/null | awk '
		/^URIs:/ { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }
		/^deb / { for (i = 2; i <= NF; i++) if ($i ~ /^(https?|ftp):/ && $i ~ /\/debian\/?$/) { print $i; exit } }'
}
mirror=${MIRROR:-$(mirror_of_sources)}
mirror=${mirror:-http://deb.debian.org/debian}
host=$(echo "$mirror" | sed -E 's|^[a-z]+://([^/:]+).*|\1|')
port=80
case $mirror in https:*) port=443 ;; esac
timeout 15 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null ||
	skip "the Debian mirror $mirror is not reachable"

pass=0
fail=0
check() { # NAME COMMAND...
	local name=$1
	shift
	if "$@" >/dev/null 2>&1; then
		pass=$((pass + 1))
		echo "PASS: $name"
	else
		fail=$((fail + 1))
		echo "FAIL: $name"
	fi
}

cleanup() {
	for m in proc dev/pts; do
		mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
	done
	[ "${KEEP_ROOT:-}" = 1 ] || rm -rf "$root"
}
trap cleanup EXIT
rm -rf "$root"
log=$debs/test-debs.log
: >"$log"

echo "debootstrap --variant=minbase bookworm from $mirror"
t0=$(date +%s)
if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >>"$log" 2>&1; then
	tail -n 20 "$log"
	fail=$((fail + 1))
	echo "FAIL: debootstrap (see $log)"
	echo "debian install test: $pass passed, $fail failed"
	exit 1
fi
echo "debootstrap: $(($(date +%s) - t0))s"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null
mount -t proc proc "$root/proc"
mkdir -p "$root/debs"

# Runs a command in the root; its output goes to the log.
in_root() {
	chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
		DEBIAN_FRONTEND=noninteractive HOME=/root "$@"
}
apt_get() {
	echo "# apt-get $*" >>"$log"
	in_root apt-get -y -q -o Dpkg::Use-Pty=0 "$@" >>"$log" 2>&1
}
# The same packages again, as version VERSION+upgradetest1: the upgrade
# path of the maintainer scripts and of the trigger.
bump() { # DEB OUT
	local dir
	dir=$(mktemp -d "$debs/bump.XXXXXX")
	dpkg-deb -R "$1" "$dir" &&
		sed -i -e "s/^Version: .*/&+upgradetest1/" \
			-e "s/^\(Depends: .*netstat-ng (= [^)]*\))/\1+upgradetest1)/" \
			"$dir/DEBIAN/control" &&
		dpkg-deb --root-owner-group -b "$dir" "$2" >/dev/null
	local rc=$?
	rm -rf "$dir"
	return $rc
}
cp "$main_deb" "$root/debs/main.deb"
cp "$legacy_deb" "$root/debs/legacy.deb"
check "upgrade packages made (version +upgradetest1)" bump "$main_deb" "$root/debs/main2.deb"
bump "$legacy_deb" "$root/debs/legacy2.deb"

moduledir=$(dpkg-deb -c "$main_deb" | awk '{print $6}' |
	sed -n 's|^\./\(usr/lib/[^/]*/netstat/modules\)/$|\1|p')
version=$(dpkg-deb -f "$main_deb" Version)
check "apt-get update in the root" apt_get update

ours() { # the netstat on PATH is ours
	in_root netstat --list-modules | head -n 1 | grep -q "^netstat .* (module ABI "
}
ours_at() { # PATH is our binary
	in_root "$1" --list-modules | head -n 1 | grep -q "^netstat .* (module ABI "
}
diversions() { # how many diversions netstat-ng holds
	in_root dpkg-divert --list | grep -c 'by netstat-ng$'
}
net_tools_md5() { # PATH-IN-PACKAGE: its md5 in net-tools' md5sums
	awk -v p="$1" '$2 == p { print $1 }' "$root/var/lib/dpkg/info/net-tools.md5sums"
}
same_as_net_tools() { # FILE PATH-IN-PACKAGE
	[ -f "$root$1" ] &&
		[ "$(md5sum <"$root$1" | cut -d' ' -f1)" = "$(net_tools_md5 "$2")" ]
}
index_has() { grep -q "$1" "$root/$moduledir/modules.index"; }
quiet_run() { # a run writes nothing on stderr
	local err
	err=$(in_root netstat -tan 2>&1 >/dev/null) && [ -z "$err" ]
}
listed_state() { # NAME STATE: --list-modules says so
	in_root netstat --list-modules --columns=name,state |
		grep -qE "^$1 +$2\$"
}
conffile_unchanged() { # FILE: as netstat-ng shipped it
	local want got
	want=$(in_root dpkg-query -W -f='${Conffiles}\n' netstat-ng |
		awk -v f="$1" '$1 == f { print $2 }')
	got=$(md5sum <"$root$1" | cut -d' ' -f1)
	[ -n "$want" ] && [ "$want" = "$got" ]
}
usr_merged() { [ "$(readlink "$root/bin")" = usr/bin ]; }

echo "== without net-tools"
check "the root has merged /usr (/bin -> usr/bin)" usr_merged
check "install netstat-ng" apt_get install /debs/main.deb
check "netstat is ours" ours
check "/bin/netstat is ours too" ours_at /bin/netstat
check "ours reports the package version $version" \
	bash -c "chroot '$root' netstat --list-modules | head -n 1 | grep -q '^netstat ${version%%-*} '"
check "three diversions (/bin/netstat, /usr/bin/netstat, netstat.8.gz)" \
	test "$(diversions)" = 3
check "modules.index written by postinst" test -s "$root/$moduledir/modules.index"
check "a run is quiet (no warning about absent legacy families)" quiet_run
check "our manual page is netstat.8.gz" \
	bash -c "zcat '$root/usr/share/man/man8/netstat.8.gz' | grep -q 'is not net-tools'"
check "config is a conffile" \
	bash -c "grep -qx /etc/netstat/netstat.yaml '$root/var/lib/dpkg/info/netstat-ng.conffiles'"
check "bash completion installed" test -f "$root/usr/share/bash-completion/completions/netstat"

echo "== net-tools installed after netstat-ng"
check "install net-tools" apt_get install net-tools
check "netstat is still ours" ours
check "net-tools' netstat went to /bin/netstat.net-tools, intact" \
	same_as_net_tools /bin/netstat.net-tools bin/netstat
check "net-tools' netstat.8.gz went to netstat.net-tools.8.gz, intact" \
	same_as_net_tools /usr/share/man/man8/netstat.net-tools.8.gz \
	usr/share/man/man8/netstat.8.gz
check "ifconfig works" in_root ifconfig lo
check "route works" in_root route -n
check "arp works" in_root arp -n
check "dpkg --verify net-tools is clean" \
	bash -c "[ -z \"\$(chroot '$root' dpkg --verify net-tools)\" ]"

echo "== purge netstat-ng: net-tools' netstat comes back"
check "purge netstat-ng" apt_get purge netstat-ng
check "/bin/netstat is net-tools' again, byte for byte" \
	same_as_net_tools /bin/netstat bin/netstat
check "netstat -V is net-tools'" \
	bash -c "chroot '$root' netstat -V | head -n 1 | grep -qx 'net-tools 2.10'"
check "netstat.8.gz is net-tools' again" \
	same_as_net_tools /usr/share/man/man8/netstat.8.gz usr/share/man/man8/netstat.8.gz
check "no diversion left" test "$(diversions)" = 0
check "no /bin/netstat.net-tools left" test ! -e "$root/bin/netstat.net-tools"
check "/etc/netstat gone" test ! -e "$root/etc/netstat"
check "module directory gone" test ! -e "$root/$moduledir"

echo "== netstat-ng installed over net-tools, with the legacy families"
check "install netstat-ng (net-tools installed)" apt_get install /debs/main.deb
check "netstat is ours" ours
check "net-tools' netstat kept aside, intact" \
	same_as_net_tools /bin/netstat.net-tools bin/netstat
check "ifconfig, route, arp still work" \
	bash -c "chroot '$root' ifconfig lo && chroot '$root' route -n && chroot '$root' arp -n"
check "no legacy family configured" bash -c "! chroot '$root' netstat --list-modules | grep -q ax25"
check "install netstat-ng-legacy" apt_get install /debs/legacy.deb
check "one conf.d drop-in per legacy family, conffiles" test \
	"$(grep -c '^/etc/netstat/conf.d/.*\.yaml$' "$root/var/lib/dpkg/info/netstat-ng-legacy.conffiles")" = 7
for f in ax25 netrom rose x25 ipx ddp bluetooth; do
	check "legacy family $f loaded" listed_state "$f" loaded
done
check "the main config was not touched" conffile_unchanged /etc/netstat/netstat.yaml
check "the trigger re-indexed: ax25 in modules.index" index_has ax25
check "a run is quiet" quiet_run

echo "== upgrade both"
check "upgrade to +upgradetest1" apt_get install /debs/main2.deb /debs/legacy2.deb
check "upgraded" bash -c "chroot '$root' dpkg-query -W -f='\${Version}' netstat-ng | grep -q upgradetest1"
check "netstat is ours" ours
check "still three diversions" test "$(diversions)" = 3
check "net-tools' netstat still aside, intact" \
	same_as_net_tools /bin/netstat.net-tools bin/netstat
check "index still has the legacy families" index_has netrom
check "a run is quiet" quiet_run

echo "== remove, then purge netstat-ng-legacy"
check "remove netstat-ng-legacy" apt_get remove netstat-ng-legacy
check "the trigger re-indexed: no ax25 in modules.index" bash -c "! grep -q ax25 '$root/$moduledir/modules.index'"
check "its drop-ins stay until purge" test -f "$root/etc/netstat/conf.d/ax25.yaml"
check "a run is quiet (missing_ok)" quiet_run
check "--list-modules says missing" listed_state ax25 missing
check "purge netstat-ng-legacy" apt_get purge netstat-ng-legacy
check "its drop-ins are gone" test ! -e "$root/etc/netstat/conf.d/ax25.yaml"
check "no legacy family configured" bash -c "! chroot '$root' netstat --list-modules | grep -q ax25"

echo "== remove netstat-ng: net-tools' netstat comes back"
check "remove netstat-ng" apt_get remove netstat-ng
check "/bin/netstat is net-tools' again, byte for byte" \
	same_as_net_tools /bin/netstat bin/netstat
check "netstat.8.gz is net-tools' again" \
	same_as_net_tools /usr/share/man/man8/netstat.8.gz usr/share/man/man8/netstat.8.gz
check "no diversion left" test "$(diversions)" = 0
check "modules.index removed with the package" test ! -e "$root/$moduledir/modules.index"
check "its config stays until purge" test -f "$root/etc/netstat/netstat.yaml"
check "ifconfig, route, arp still work" \
	bash -c "chroot '$root' ifconfig lo && chroot '$root' route -n && chroot '$root' arp -n"
check "dpkg --verify net-tools is clean" \
	bash -c "[ -z \"\$(chroot '$root' dpkg --verify net-tools)\" ]"
check "purge netstat-ng" apt_get purge netstat-ng
check "/etc/netstat gone" test ! -e "$root/etc/netstat"
check "/bin/netstat is still net-tools'" same_as_net_tools /bin/netstat bin/netstat

echo "== without net-tools again: purge leaves no netstat"
check "purge net-tools" apt_get purge net-tools
check "install netstat-ng" apt_get install /debs/main.deb
check "netstat is ours" ours
check "purge netstat-ng" apt_get purge netstat-ng
check "no netstat left" test ! -e "$root/usr/bin/netstat"
check "no diversion left" test "$(diversions)" = 0

echo "debian install test: $pass passed, $fail failed ($(($(date +%s) - start))s; log: $log)"
[ "$fail" = 0 ]
