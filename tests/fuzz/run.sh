#!/bin/sh
# make fuzz: runs each named harness for FUZZ_SECONDS from a scratch copy
# of its corpus, keeps crashes in $bin/artifacts/, prints one line per
# harness and fails when any harness found something. FUZZ_MERGE=1 folds
# new, minimised inputs back into the corpus in the source tree.
# Usage: run.sh SRCDIR BINDIR HARNESS...
top_srcdir=$1
bin=$2
shift 2
src="$top_srcdir/tests/fuzz"
seconds=${FUZZ_SECONDS:-60}
work="$bin/work"
art="$bin/artifacts"
mkdir -p "$art"
failed=0
for name in "$@"; do
	rm -rf "$work/$name"
	mkdir -p "$work/$name"
	seeds=
	[ -d "$src/corpus/$name" ] && seeds="$src/corpus/$name"
	log="$bin/fuzz-$name.log"
	# -close_fd_mask=3: the targets' own output is noise; reports still
	# reach stderr through libFuzzer's duplicate.
	"$bin/fuzz_$name" -max_total_time="$seconds" -timeout=10 \
		-rss_limit_mb=2048 -max_len=4096 -close_fd_mask=3 \
		-print_final_stats=1 -artifact_prefix="$art/$name-" \
		"$work/$name" $seeds >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
	if [ $rc -eq 0 ]; then
		echo "fuzz $name: ${seconds}s, ${runs:-?} runs, $cov, no crash"
	else
		failed=1
		echo "fuzz $name: FAILED after ${runs:-?} runs (see $log," \
			"artifacts in $art)"
		grep -m 3 -E 'ERROR|runtime error|SUMMARY' "$log"
	fi
	if [ "${FUZZ_MERGE:-0}" = 1 ]; then
		mkdir -p "$src/corpus/$name"
		"$bin/fuzz_$name" -merge=1 -close_fd_mask=3 \
			"$src/corpus/$name" "$work/$name" >/dev/null 2>&1
	fi
done
exit $failed
