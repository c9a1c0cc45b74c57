#!/bin/sh
# A long fuzzing campaign (tests/fuzz/README.md, "Campaign"): rounds of
# SLICE seconds per harness, JOBS harnesses at a time, at nice 19, until
# each harness has TARGET executions or the file $out/stop exists. Each
# harness keeps its growing corpus in $out/work/<name> between rounds
# (seeded from corpus/); crashes go to $out/artifacts/, and a harness that
# crashed is left out of later rounds until its name is in $out/fixed. $out/tally has one line per run:
# "name runs cov status cpu-seconds" (the CPU time, not the wall time, of
# the slice: the machine is shared, so runs per CPU second is the rate).
# Usage: campaign.sh SRCDIR BINDIR OUTDIR HARNESS...
#        campaign.sh --table OUTDIR   (per harness: runs per CPU second
#                                      over its timed slices, runs,
#                                      coverage, crashes)
# Environment: TARGET (10000000), SLICE (300), JOBS (2), MAX_LEN (4096).
if [ "$1" = --table ]; then # campaign.sh --table OUTDIR: the README's table
	awk '{ runs[$1] += $2; if ($3 > cov[$1]) cov[$1] = $3
	       if (NF >= 5 && $5 > 0) { cpu[$1] += $5; timed[$1] += $2 }
	       if ($4 != "ok") bad[$1]++ }
	     END { for (n in runs) printf "| `%s` | %s | %d | %d | %s |\n", n,
	             (cpu[n] > 0 ? int(timed[n] / cpu[n]) : "?"), runs[n], cov[n],
	             bad[n] ? bad[n] " crash" : "none" }' "$2/tally" | sort
	exit 0
fi
one=
if [ "$1" = --one ]; then # internal: one slice of harness $5
	one=$5
	shift
fi
top_srcdir=$1
bin=$2
out=$3
shift 3
src="$top_srcdir/tests/fuzz"
target=${TARGET:-10000000}
slice=${SLICE:-300}
jobs=${JOBS:-2}
max_len=${MAX_LEN:-4096}
mkdir -p "$out/work" "$out/artifacts" "$out/logs"
touch "$out/tally"

# Executions so far of harness $1.
done_runs() {
	awk -v n="$1" '$1 == n { s += $2 } END { print s + 0 }' "$out/tally"
}

# True when harness $1 crashed and the crash is not marked fixed (its
# name on a line of $out/fixed: the fix is built, so it runs again).
crashed() {
	awk -v n="$1" '$1 == n && $4 == "crash" { c = 1 } END { exit !c }' \
		"$out/tally" &&
		! grep -qx "$1" "$out/fixed" 2>/dev/null
}

# One slice of harness $1.
run_one() {
	name=$1
	[ -e "$out/stop" ] && return 0
	have=$(done_runs "$name")
	[ "$have" -ge "$target" ] && return 0
	crashed "$name" && return 0
	mkdir -p "$out/work/$name"
	seeds=
	[ -d "$src/corpus/$name" ] && seeds="$src/corpus/$name"
	log="$out/logs/$name.$(date +%s).log"
	# -close_fd_mask=3: the targets' own output is noise; reports still
	# reach stderr through libFuzzer's duplicate.
	nice -n 19 /usr/bin/time -f '%U %S' -o "$log.time" \
		"$bin/fuzz_$name" -runs=$((target - have)) \
		-max_total_time="$slice" -timeout=10 -rss_limit_mb=1024 \
		-max_len="$max_len" -close_fd_mask=3 -print_final_stats=1 \
		-artifact_prefix="$out/artifacts/$name-" \
		"$out/work/$name" $seeds >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
	status=ok
	[ $rc -eq 0 ] || status=crash
	cpu=$(awk 'END { print $1 + $2 }' "$log.time" 2>/dev/null)
	echo "$name ${runs:-0} ${cov:-0} $status ${cpu:-0}" >>"$out/tally"
}

if [ -n "$one" ]; then
	run_one "$one"
	exit 0
fi

while [ ! -e "$out/stop" ]; do
	left=
	for name in "$@"; do
		[ "$(done_runs "$name")" -lt "$target" ] && ! crashed "$name" &&
			left="$left $name"
	done
	[ -n "$left" ] || break
	# $jobs slices at a time, each by this script.
	printf '%s\n' $left | xargs -P "$jobs" -n 1 sh "$0" --one \
		"$top_srcdir" "$bin" "$out"
done
