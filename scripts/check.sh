#!/bin/bash
# Runs the whole test suite: make check (unit tests, module smoke tests,
# format and SDK tests, fuzz regression replays, the conformance suite
# against net-tools with each backend when run as root, chkrootkit on the
# stripped install), make distcheck, the static single-binary variant
# (conformance, chkrootkit), valgrind memcheck, a sanitizer build's make
# check, a short fuzz run of every harness, and the Debian packages (build,
# lintian, install/upgrade/remove/purge in a clean Debian 12 root).
# SKIP_DISTCHECK=1, SKIP_STATIC=1, SKIP_DEBIAN=1 and SKIP_HARDENING=1
# leave steps out.
# Ends with one line: "N passed, M failed, K skipped" (known differences
# from tests/integration/known-failures.txt count as skipped).
set -uo pipefail
cd "$(dirname "$0")/.."

[ -x configure ] || autoreconf -fi || exit 1
mkdir -p build
cd build
[ -f Makefile ] || ../configure --prefix=/usr/local --sysconfdir=/etc || exit 1
make -j"$(nproc)" || exit 1

status=0
make -j"$(nproc)" check || status=1
# automake's totals: with the TAP driver every test case counts.
# count KEY [LOG]: LOG defaults to this build's test-suite.log.
count() {
	awk -v k="$1" '$1 == "#" && $2 == k":" { print $3; exit }' \
		"${2:-test-suite.log}" 2>/dev/null | grep . || echo 0
}
passed=$(count PASS)
failed=$(( $(count FAIL) + $(count XPASS) + $(count ERROR) ))
known=$(count XFAIL)
# Known failures (TODO) are not passes: they are counted with the skips.
skipped=$(( $(count SKIP) + known ))
echo "known failures (tests/integration/known-failures.txt): $known"
[ -f test-suite.log ] || failed=$((failed + 1))

if [ "${SKIP_DISTCHECK:-}" != 1 ]; then
	if make -j"$(nproc)" distcheck >distcheck.log 2>&1; then
		echo "make distcheck: passed"
		passed=$((passed + 1))
	else
		tail -n 40 distcheck.log
		echo "make distcheck: FAILED (see build/distcheck.log)"
		failed=$((failed + 1))
	fi
fi
# The Debian packages (docs/packaging.md): built from this tree in
# build/deb/ with dpkg-buildpackage (nocheck: make check ran above on the
# same sources) and checked by lintian (no error allowed), then
# installed, upgraded, removed and purged in a clean Debian 12 root
# (debootstrap, beside net-tools and without it). The install test counts
# its checks; when it cannot run here it says why and counts as skipped.
# SKIP_DEBIAN=1 leaves both out.
if [ "${SKIP_DEBIAN:-}" != 1 ]; then
	src=$(cd .. && pwd)
	t0=$(date +%s)
	if DEB_BUILD_OPTIONS=nocheck bash "$src/scripts/build-debs.sh" \
		"$src/build/deb" >debs.log 2>&1; then
		grep '^build-debs: ' debs.log
		echo "debian packages: built, lintian without errors" \
			"($(($(date +%s) - t0))s; build/deb/lintian.txt)"
		passed=$((passed + 1))
		t0=$(date +%s)
		bash "$src/scripts/test-debs.sh" "$src/build/deb" \
			>debs-install.log 2>&1
		d_status=$?
		grep '^FAIL: ' debs-install.log | head -n 20
		d_line=$(grep '^debian install test: ' debs-install.log | tail -n 1)
		echo "${d_line:-debian install test: no result (see build/debs-install.log)}"
		if [ "$d_status" = 77 ]; then
			skipped=$((skipped + 1))
		else
			d_pass=$(grep -c '^PASS: ' debs-install.log)
			d_fail=$(grep -c '^FAIL: ' debs-install.log)
			[ "$d_status" = 0 ] || [ "$d_fail" -gt 0 ] || d_fail=1
			passed=$((passed + d_pass))
			failed=$((failed + d_fail))
		fi
		echo "debian install test took $(($(date +%s) - t0))s" \
			"(build/debs-install.log)"
	else
		tail -n 30 debs.log
		echo "debian packages: FAILED (see build/debs.log)"
		failed=$((failed + 1))
	fi
fi
# The static variant (--enable-static-modules, docs/static.md) in
# build-static/: its own unit test (every module linked in and loaded by
# name), then the conformance suite against the single binary with no
# module directory. Summarized; counted in the closing line.
if [ "${SKIP_STATIC:-}" != 1 ]; then
	src=$(cd .. && pwd)
	static=$src/build-static
	mkdir -p "$static"
	if (cd "$static" &&
		{ [ -f Makefile ] || ../configure --enable-static-modules \
			>configure.log 2>&1; } &&
		make -j"$(nproc)" >make.log 2>&1 &&
		make -j"$(nproc)" check TESTS=tests/core/test_static \
			>check.log 2>&1); then
		echo "static build: built, tests/core/test_static passed"
		passed=$((passed + 1))
		NETSTAT_BIN=$static/netstat NETSTAT_PLUGIN_PATH= \
			NETSTAT_CONFIG=$src/conf/netstat.yaml top_srcdir=$src \
			bash "$src/tests/integration/conformance.sh" \
			>"$static/conformance.tap" 2>&1
		tap=$static/conformance.tap
		s_pass=$(grep -c '^ok ' "$tap")
		s_todo=$(grep -Ec '^(not )?ok .*# TODO' "$tap")
		s_skip=$(grep -Ec '^ok .*# SKIP' "$tap")
		s_fail=$(grep '^not ok ' "$tap" | grep -vc '# TODO')
		s_pass=$((s_pass - s_skip - $(grep -Ec '^ok .*# TODO' "$tap")))
		# A plan of 1..0 skips the whole harness: one skip, no pass.
		s_skip=$((s_skip + $(grep -c '^1\.\.0' "$tap")))
		echo "static conformance: $s_pass passed, $s_fail failed," \
			"$((s_todo + s_skip)) known/skipped" \
			"(build-static/conformance.tap)"
		grep '^not ok ' "$tap" | grep -v '# TODO' | head -n 10
		passed=$((passed + s_pass))
		failed=$((failed + s_fail))
		skipped=$((skipped + s_todo + s_skip))
		# The single binary, installed stripped, against chkrootkit's
		# netstat check: the test of build/, run in build-static/.
		(cd "$static" &&
			make check TESTS=tests/integration/chkrootkit.sh \
				>chkrootkit.log 2>&1)
		c_status=$?
		c_log=$static/test-suite.log
		c_pass=$(count PASS "$c_log")
		c_fail=$(( $(count FAIL "$c_log") + $(count ERROR "$c_log") ))
		c_skip=$(count SKIP "$c_log")
		[ "$c_status" = 0 ] || [ "$c_fail" -gt 0 ] || c_fail=1
		grep '^not ok ' "$static/tests/integration/chkrootkit.sh.log" \
			2>/dev/null | head -n 10
		echo "static chkrootkit: $c_pass passed, $c_fail failed," \
			"$c_skip skipped (build-static/tests/integration/chkrootkit.sh.log)"
		passed=$((passed + c_pass))
		failed=$((failed + c_fail))
		skipped=$((skipped + c_skip))
	else
		echo "static build: FAILED (see build-static/*.log)"
		failed=$((failed + 1))
	fi
fi
# Hardening (docs/security.md): make check-valgrind here; the whole
# suite again in a sanitizer build (build-asan/, ASan+UBSan); a short
# libFuzzer run of every harness (build-fuzz/, clang). Each adds its
# counts (valgrind: one per program; asan: its test cases; fuzz: one per
# harness) to the closing line. SKIP_HARDENING=1 leaves them out.
if [ "${SKIP_HARDENING:-}" != 1 ]; then
	src=$(cd .. && pwd)
	make check-valgrind >valgrind.log 2>&1
	v_line=$(grep '^valgrind: ' valgrind.log | tail -n 1)
	v_pass=$(echo "$v_line" | awk '{print $2}')
	v_fail=$(echo "$v_line" | awk '{print $4}')
	[ -n "$v_line" ] || v_fail=1
	grep '^FAIL: ' valgrind.log | head -n 10
	echo "valgrind memcheck: ${v_pass:-0} passed, ${v_fail:-1} failed" \
		"(build/valgrind.log)"
	passed=$((passed + ${v_pass:-0}))
	failed=$((failed + ${v_fail:-1}))

	asan=$src/build-asan
	mkdir -p "$asan"
	(cd "$asan" &&
		{ [ -f Makefile ] || ../configure --enable-sanitizers \
			>configure.log 2>&1; } &&
		make -j"$(nproc)" >make.log 2>&1 &&
		make -j"$(nproc)" check >check.log 2>&1)
	a_status=$?
	a_log=$asan/test-suite.log
	a_count() {
		awk -v k="$1" '$1 == "#" && $2 == k":" { print $3; exit }' \
			"$a_log" 2>/dev/null | grep . || echo 0
	}
	a_pass=$(a_count PASS)
	a_fail=$(( $(a_count FAIL) + $(a_count XPASS) + $(a_count ERROR) ))
	[ -f "$a_log" ] || a_fail=$((a_fail + 1))
	[ "$a_status" = 0 ] || [ "$a_fail" -gt 0 ] || a_fail=1
	grep -E '^(FAIL|XPASS|ERROR): ' "$asan/check.log" 2>/dev/null |
		head -n 10
	echo "sanitizer build (ASan+UBSan): $a_pass passed, $a_fail failed" \
		"(build-asan/)"
	passed=$((passed + a_pass))
	failed=$((failed + a_fail))
	skipped=$((skipped + $(a_count SKIP) + $(a_count XFAIL)))

	fuzz=$src/build-fuzz
	if command -v clang >/dev/null; then
		mkdir -p "$fuzz"
		(cd "$fuzz" &&
			{ [ -f Makefile ] || ../configure CC=clang \
				--enable-fuzzing >configure.log 2>&1; } &&
			make -j"$(nproc)" fuzz FUZZ_SECONDS="${FUZZ_SECONDS:-3}" \
				>fuzz.log 2>&1)
		f_pass=$(grep -c '^fuzz .*no crash$' "$fuzz/fuzz.log")
		f_fail=$(grep -c '^fuzz .*FAILED' "$fuzz/fuzz.log")
		[ "$f_pass" -gt 0 ] || f_fail=$((f_fail + 1))
		grep '^fuzz .*FAILED' -A 3 "$fuzz/fuzz.log" | head -n 20
		echo "fuzz smoke (${FUZZ_SECONDS:-3}s each): $f_pass passed," \
			"$f_fail failed (build-fuzz/fuzz.log)"
		passed=$((passed + f_pass))
		failed=$((failed + f_fail))
	else
		echo "fuzz smoke: skipped (no clang; scripts/setup.sh installs it)"
		skipped=$((skipped + 1))
	fi
fi
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
