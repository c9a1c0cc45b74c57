/*
 * Whether a socket table is provably empty, from the kernel's own
 * counters in /proc/net/sockstat and sockstat6, so that its dump can be
 * left out: a dump of the tcp6 table walks the whole TCP hash, v4 sockets
 * included (one hash for both families), which at a million IPv4 sockets
 * costs a tenth of the listing for no row.
 */
#ifndef IP_DIAG_OCCUPANCY_H
#define IP_DIAG_OCCUPANCY_H

#include <stdbool.h>
#include <stdint.h>

#include <netstat/netstat.h>

/*
 * The value after the word `key` on a sockstat line that starts with
 * "`label`:" ("TCP: inuse 5 orphan 0 tw 2 ..."). False when the line is
 * another protocol's, lacks the key, or the value is not a number.
 */
bool ip_sockstat_value(const char *line, const char *label, const char *key,
		       uint64_t *out);

/*
 * True when the counters say table (family, protocol) holds no socket
 * the dump could list: no socket of it in use, and for TCP also no
 * TIME_WAIT socket (counted once for both families, in sockstat). False
 * when a file or a counter is missing or unreadable: then dump.
 */
bool ip_diag_table_empty(struct netstat_ctx *ctx, int family, int protocol);

#endif
