#!/bin/bash
# Installs what is missing (Debian 12, as root or through sudo), builds,
# installs netstat stripped under /usr/local (config in /etc/netstat) and
# runs it.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo

# Build tools and libraries; net-tools, iproute2 and python3 for the tests.
packages=(build-essential autoconf automake libtool pkg-config
	libltdl-dev libyaml-dev check net-tools iproute2 util-linux
	python3 python3-jsonschema python3-yaml)
# The netlink backend (libmnl) and what bench/run.sh measures with.
packages+=(libmnl-dev hyperfine busybox time)
# Hardening (docs/security.md): libFuzzer (clang and its runtimes) and
# valgrind for make fuzz and make check-valgrind.
packages+=(clang libclang-rt-14-dev valgrind)
# The layout check of make check (tests/style/clang-format.sh).
packages+=(clang-format)
# chkrootkit, whose netstat check tests/integration/chkrootkit.sh runs on
# the installed tree.
packages+=(chkrootkit)
# The bash completion and its test (tests/completion/), and the Debian
# packages: building them, lintian, and the install test's clean
# Debian 12 root (docs/packaging.md).
packages+=(bash-completion debhelper dpkg-dev fakeroot lintian debootstrap)
# The metrics formats' tests (docs/openmetrics.md): promtool, the
# OpenMetrics parser of prometheus_client, and node_exporter's textfile
# collector.
packages+=(prometheus python3-prometheus-client prometheus-node-exporter)
missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	$SUDO apt-get update -qq
	# prometheus and prometheus-node-exporter start their services on
	# install: not on a build machine or in a container (policy-rc.d
	# 101 tells invoke-rc.d no; removed again on exit).
	policy=/usr/sbin/policy-rc.d
	if [ ! -e $policy ]; then
		printf '#!/bin/sh\nexit 101\n' | $SUDO tee $policy >/dev/null
		$SUDO chmod 755 $policy
		trap '$SUDO rm -f '$policy EXIT
	fi
	$SUDO env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

autoreconf -fi
mkdir -p build
cd build
[ -f Makefile ] || ../configure --prefix=/usr/local --sysconfdir=/etc
make -j"$(nproc)"
# Stripped (the GNU install-strip): debug info names bits/sockaddr.h,
# which chkrootkit's netstat check takes for a trojan marker. The
# unstripped binary and modules stay in build/.
$SUDO make install-strip
$SUDO ldconfig

/usr/local/bin/netstat -tulpn
