# Sourced by the conformance scripts: makes "$work/netstat", the candidate
# (the built binary with the build tree's modules and config), in a new
# temporary directory $work removed on exit.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The candidate: the built binary with the build tree's modules and config.
cat >"$work/netstat" <<WRAP
#!/bin/bash
export NETSTAT_PLUGIN_PATH='${NETSTAT_PLUGIN_PATH:-}'
export NETSTAT_CONFIG='${NETSTAT_CONFIG:-}'
exec -a netstat '${NETSTAT_BIN:-netstat}' "\$@"
WRAP
chmod +x "$work/netstat"
# Sanitizer builds: under the cases' fixture /proc the runtime warns that it
# cannot read the executable's name; that line is not netstat's output, so
# stderr goes through a filter (a FIFO: no /dev/fd there).
[ -z "${NETSTAT_SANITIZED:-}" ] ||
	sed -i -e '/^exec -a/i f=$(mktemp -u) \&\& mkfifo "$f" || exit 125\
{ rm -f "$f"; grep -v "==WARNING: reading executable name" >\&2; } <"$f" \&' \
		-e '/^exec -a/s/$/ 2>"$f"/' "$work/netstat"

