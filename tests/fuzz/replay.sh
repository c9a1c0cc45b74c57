#!/bin/sh
# Replays each harness's corpus and regression inputs once (TAP, one test
# per harness): every input that ever crashed a parser stays a test.
# Run by make check; the harness binaries are in the build tree.
src="${top_srcdir:-.}/tests/fuzz"
bin="${top_builddir:-.}/tests/fuzz"
names=$(cd "$src" && ls fuzz_*.c | sed 's/^fuzz_//; s/\.c$//' |
	grep -v '^family$')
n=$(echo "$names" | wc -l)
echo "1..$n"
i=0
for name in $names; do
	i=$((i + 1))
	set --
	for d in "$src/corpus/$name" "$src/regress/$name"; do
		[ -d "$d" ] && set -- "$@" "$d"
	done
	if [ $# -eq 0 ]; then
		echo "ok $i - $name # SKIP no corpus"
		continue
	fi
	log="$bin/replay-$name.log"
	if "$bin/fuzz_$name" -runs=0 "$@" >"$log" 2>&1; then
		echo "ok $i - $name: $(find "$@" -type f | wc -l) inputs"
	else
		echo "not ok $i - $name (see $log)"
		sed 's/^/# /' "$log" | tail -n 30
	fi
done
