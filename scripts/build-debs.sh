#!/bin/bash
# Builds the Debian packages (debian/, docs/packaging.md) from this tree
# in build/deb/ and runs lintian on them. Usage: scripts/build-debs.sh
# [OUTDIR] (default build/deb). The tree's files (git ls-files, or every
# file but build*/ outside git) are copied to OUTDIR/netstat-ng-VERSION
# and built there with dpkg-buildpackage -us -uc -b, so nothing is
# written outside OUTDIR. DEB_BUILD_OPTIONS is passed through (CI sets
# nocheck: scripts/check.sh has already run make check on the same tree).
# Exit status: 0 when the packages built and lintian reports no error;
# the lintian report is OUTDIR/lintian.txt.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$top/build/deb}
version=$(dpkg-parsechangelog -l "$top/debian/changelog" -S Version) || exit 1
src=$out/netstat-ng-$version

for tool in dpkg-buildpackage dh lintian; do
	command -v "$tool" >/dev/null || {
		echo "build-debs: $tool is missing (scripts/setup.sh installs it)" >&2
		exit 1
	}
done
rm -rf "$out"
mkdir -p "$src"
if git -C "$top" rev-parse --git-dir >/dev/null 2>&1; then
	(cd "$top" && git ls-files -co --exclude-standard -z |
		tar --null -T - -cf -) | tar -C "$src" -xf - || exit 1
else
	(cd "$top" && tar --exclude='./build*' -cf - .) | tar -C "$src" -xf - ||
		exit 1
fi

start=$(date +%s)
if ! (cd "$src" && DEB_BUILD_OPTIONS="${DEB_BUILD_OPTIONS:-} parallel=$(nproc)" \
	dpkg-buildpackage -us -uc -b) >"$out/build.log" 2>&1; then
	tail -n 40 "$out/build.log"
	echo "build-debs: dpkg-buildpackage failed (see $out/build.log)" >&2
	exit 1
fi
echo "build-debs: built in $(($(date +%s) - start))s:" \
	$(cd "$out" && ls ./*.deb | sed 's|^\./||')

changes=$(ls "$out"/*.changes)
lintian --info --display-info --fail-on error "$changes" >"$out/lintian.txt" 2>&1
status=$?
errors=$(grep -c '^E: ' "$out/lintian.txt")
warnings=$(grep -c '^W: ' "$out/lintian.txt")
infos=$(grep -c '^I: ' "$out/lintian.txt")
grep -E '^(E|W): ' "$out/lintian.txt" | sort | uniq
echo "build-debs: lintian: $errors errors, $warnings warnings, $infos info tags (see $out/lintian.txt)"
[ "$status" = 0 ] && [ "$errors" = 0 ]
