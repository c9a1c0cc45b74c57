#!/bin/bash
# -p keeps socket inodes past 32 bits apart from the 32-bit inode with the
# same low bits (core/services/programs.c stores the low 32 bits in its map
# and the rest aside): a fixture proc tree with inode 7 held by pid 100 and
# inode 2^32 + 7 held by pid 200. TAP; needs nothing special.
set -u

bin=${NETSTAT_BIN:-}
[ -x "$bin" ] || { echo "1..0 # SKIP needs NETSTAT_BIN (run by make check)"; exit 0; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/net" "$root/100/fd" "$root/200/fd"
cat >"$root/net/tcp" <<'TCP'
  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 7 1 0000000000000000 100 0 0 10 0
   1: 0100007F:0017 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4294967303 1 0000000000000000 100 0 0 10 0
TCP
: >"$root/net/tcp6"
printf 'alpha\0' >"$root/100/cmdline"
printf '/usr/bin/beta\0--flag\0' >"$root/200/cmdline"
ln -s 'socket:[7]' "$root/100/fd/3"
ln -s 'socket:[4294967303]' "$root/200/fd/4"

echo 1..2
out=$(NETSTAT_BACKEND=proc "$bin" -tanp --proc-root "$root" 2>&1)
line() { printf '%s\n' "$out" | grep -F "127.0.0.1:$1 "; }
if line 22 | grep -q ' 100/alpha '; then echo "ok 1 - inode 7 is pid 100's"
else echo "not ok 1 - inode 7 is pid 100's"; printf '# %s\n' "$out"; fi
if line 23 | grep -q ' 200/beta '; then echo "ok 2 - inode 2^32+7 is pid 200's"
else echo "not ok 2 - inode 2^32+7 is pid 200's"; printf '# %s\n' "$out"; fi
