#!/bin/sh
# make check-valgrind: runs each unit test program under valgrind memcheck
# (Check's fork mode off, so the tests run in the process valgrind
# watches). Any memory error or definite/indirect leak fails the program.
# Programs named in $VALGRIND_FORK keep Check's fork mode: their tests
# rely on a fresh process each (valgrind follows the forks, and a child
# with an error exits non-zero, which Check reports as a failed test).
# Usage: valgrind.sh LIBTOOL PROGRAM...; ends with "N passed, N failed".
libtool=$1
shift
command -v valgrind >/dev/null || {
	echo "check-valgrind: needs valgrind (Debian: apt-get install valgrind)" >&2
	exit 1
}
passed=0
failed=0
for prog in "$@"; do
	log="$prog.valgrind.log"
	fork=no
	case " ${VALGRIND_FORK:-} " in *" $prog "*) fork=yes ;; esac
	# Check's timeouts were set for native speed.
	if CK_FORK=$fork CK_TIMEOUT_MULTIPLIER=20 $libtool --mode=execute valgrind -q --error-exitcode=99 \
		--leak-check=full --show-leak-kinds=definite,indirect \
		--errors-for-leak-kinds=definite,indirect \
		--track-origins=yes "$prog" >"$log" 2>&1; then
		passed=$((passed + 1))
		echo "PASS: $prog"
	else
		failed=$((failed + 1))
		echo "FAIL: $prog (see $log)"
		grep -m 10 '==[0-9]*==' "$log"
	fi
done
echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
