#!/bin/bash
# The conformance cases again with the /proc parsers forced, so both
# backends of the socket tables and routes are held to net-tools' bytes.
NETSTAT_BACKEND=proc exec "${BASH:-bash}" "$(dirname "$0")/conformance.sh" "$@"
