#!/bin/bash
# --output=FILE: each pass replaces FILE atomically (temporary file in the
# same directory, fsync, mode 0644, rename). A reader in a tight loop
# while -c rewrites the file must never see a partial one (every read
# ends with "# EOF" in openmetrics and parses in json); errors are one
# line, a non-zero exit and no temporary file left behind. TAP.
set -u
top=${top_srcdir:-.}
bin=${NETSTAT_BIN:-netstat}
fx=$top/tests/fixtures
py=/usr/bin/python3

n=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
not_ok() { n=$((n + 1)); echo "not ok $n - $*"; }

work=$(mktemp -d)
cleanup() {
	[ -n "${writer:-}" ] && kill "$writer" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT

# One pass: the file, mode 0644, same bytes as stdout, no temporary.
"$bin" -s --proc-root "$fx/ip_stats/full" --format=openmetrics >"$work/stdout"
umask 077
"$bin" -s --proc-root "$fx/ip_stats/full" --format=openmetrics --output="$work/s.om"
rc=$?
umask 022
[ $rc -eq 0 ] && cmp -s "$work/stdout" "$work/s.om" &&
	ok "--output writes what stdout gets" || not_ok "--output: rc $rc or bytes differ"
[ "$(stat -c %a "$work/s.om" 2>/dev/null)" = 644 ] &&
	ok "--output file is mode 0644 under umask 077" ||
	not_ok "--output file mode $(stat -c %a "$work/s.om" 2>/dev/null)"
[ -z "$(find "$work" -name '.s.om.*')" ] && ok "no temporary file left" ||
	not_ok "temporary left: $(find "$work" -name '.s.om.*')"
for f in classic json csv yaml prometheus; do
	"$bin" -i --format=$f >"$work/a"
	"$bin" -i --format=$f --output="$work/b"
	cmp -s "$work/a" "$work/b" && ok "--output with --format=$f" ||
		not_ok "--output with --format=$f differs"
done

# Errors: one line, non-zero, nothing left behind.
"$bin" -s --proc-root "$fx/ip_stats/full" --format=json --output="$work/nodir/x.json" 2>"$work/err"
rc=$?
[ $rc -ne 0 ] && [ "$(wc -l <"$work/err")" = 1 ] && grep -q "^netstat: --output $work/nodir/x.json: No such file or directory$" "$work/err" &&
	ok "missing directory: one line, exit $rc" || not_ok "missing directory: rc $rc: $(cat "$work/err")"
mkdir "$work/ro"
chmod 555 "$work/ro"
chmod 755 "$work"
as_user=
# Root writes anywhere: the check runs as nobody when it can.
[ "$(id -u)" = 0 ] && command -v setpriv >/dev/null &&
	setpriv --reuid=65534 --regid=65534 --clear-groups "$bin" -V >/dev/null 2>&1 &&
	as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
if [ "$(id -u)" != 0 ] || [ -n "$as_user" ]; then
	$as_user "$bin" -s --proc-root "$fx/ip_stats/full" --output="$work/ro/x" 2>"$work/err"
	rc=$?
	[ $rc -ne 0 ] && [ "$(wc -l <"$work/err")" = 1 ] && grep -q "Permission denied" "$work/err" &&
		[ -z "$(ls -A "$work/ro")" ] && ok "no permission: one line, exit $rc" ||
		not_ok "no permission: rc $rc: $(cat "$work/err")"
else
	echo "ok $((n += 1)) # SKIP no permission: root writes anywhere, and setpriv cannot drop to nobody"
fi
if [ -w /dev/full ] && [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
	# Disk full: a tiny tmpfs.
	mkdir "$work/full"
	unshare -m bash -c "mount -t tmpfs -o size=4k tmpfs '$work/full' &&
		'$bin' -s --format=json --output='$work/full/x.json' 2>'$work/err'
		echo \$? >'$work/rc'; ls -A '$work/full' >'$work/left'"
	rc=$(cat "$work/rc")
	[ "$rc" != 0 ] && [ "$(wc -l <"$work/err")" = 1 ] && grep -q "No space left on device" "$work/err" && [ ! -s "$work/left" ] &&
		ok "disk full: one line, exit $rc, nothing left" ||
		not_ok "disk full: rc $rc: $(cat "$work/err") left: $(cat "$work/left")"
else
	echo "ok $((n += 1)) # SKIP disk full: needs root and mount namespaces"
fi

# Atomicity under -c: readers never see a partial file.
for f in openmetrics json; do
	"$bin" -ie -c --format=$f --output="$work/live.$f" 2>/dev/null &
	writer=$!
	for i in $(seq 1200); do [ -e "$work/live.$f" ] && break; sleep 0.1; done
	$py - "$work/live.$f" $f <<'PY'
import json, os, sys, time
path, fmt = sys.argv[1], sys.argv[2]
reads = bad = 0
inodes = set()
end = time.time() + 3.5
while time.time() < end:
    try:
        with open(path, "rb") as fh:
            inodes.add(os.fstat(fh.fileno()).st_ino)
            data = fh.read()
    except FileNotFoundError:
        bad += 1
        continue
    reads += 1
    if fmt == "openmetrics":
        bad += not data.endswith(b"# EOF\n")
    else:
        try:
            json.loads(data)
        except ValueError:
            bad += 1
print(reads, bad, len(inodes))
sys.exit(0 if bad == 0 and reads > 100 and len(inodes) >= 3 else 1)
PY
	rc=$?
	kill "$writer"
	wait "$writer" 2>/dev/null
	writer=
	[ $rc -eq 0 ] && ok "-c --format=$f: every read whole, file replaced each pass" ||
		not_ok "-c --format=$f: a partial read (reads, bad, files above)"
	[ -z "$(find "$work" -name ".live.$f.*")" ] && ok "-c --format=$f killed: no temporary left" ||
		not_ok "-c --format=$f: temporary left"
done

echo "1..$n"
