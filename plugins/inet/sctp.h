/*
 * SCTP in the Internet section (reference §3.13): endpoints and
 * associations from /proc/net/sctp, whose rows span a line per address.
 * IPv4-only as far as the files go: Linux lists IPv6 SCTP sockets there
 * too, and has no sctp6 files.
 */
#ifndef INET_SCTP_H
#define INET_SCTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

/* A growable list of addresses, reused from line to line. */
struct sctp_addresses {
	struct netstat_address *a;
	size_t n, cap;
};

/* One parsed line of /proc/net/sctp/eps or /proc/net/sctp/assocs. */
struct sctp_row {
	int64_t state;
	uint64_t tx_queue, rx_queue; /* associations only */
	uint32_t local_port, remote_port;
	uint32_t uid;
	uint64_t inode;
	struct sctp_addresses local, remote;
};

/* --- sctp_parse.c --- */

/*
 * Parses one data line into `row`, keeping its address lists' memory.
 * Returns 0, NETSTAT_ERR_PARSE for a bogus line or NETSTAT_ERR_NOMEM.
 */
int sctp_parse_ep(const char *line, struct sctp_row *row);
int sctp_parse_assoc(const char *line, struct sctp_row *row);
/* Frees the address lists of a row. */
void sctp_row_free(struct sctp_row *row);

/* Parses one address token ("*10.0.0.1", "2001:0db8:...:0001"). */
void sctp_parse_address(const char *tok, size_t len,
			struct netstat_address *out);

/* --- sctp_row.c: the classic rows, from the records' values --- */

/* The Internet section as endpoint and association rows carry it: the
 * same section, with their whole-row renderers. */
extern const struct netstat_section sctp_endpoint_section;
extern const struct netstat_section sctp_association_section;

#endif
