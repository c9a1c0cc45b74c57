/* SCTP rows (reference §3.13): endpoints and associations. */
#ifndef IP_SCTP_H
#define IP_SCTP_H

#include <stdbool.h>

#include "plugins/ip_common/ip_common.h"

/* One parsed line of /proc/net/sctp/eps or /proc/net/sctp/assocs. */
struct ip_sctp_row {
	bool assoc;
	int64_t state;
	uint64_t tx_queue, rx_queue; /* associations only */
	uint32_t local_port, remote_port;
	uint32_t uid;
	uint64_t inode;
	struct netstat_address *local, *remote;
	size_t n_local, n_remote;
};

/*
 * Parses one data line into `row` (its address arrays are reused between
 * calls and freed by ip_sctp_fini()). Returns false for a bogus line.
 */
bool ip_sctp_parse_ep(const char *line, struct ip_sctp_row *row);
bool ip_sctp_parse_assoc(const char *line, struct ip_sctp_row *row);

/* Parses one address token ("*10.0.0.1", "2001:0db8:...:0001"). */
void ip_sctp_parse_address(const char *tok, size_t len,
			   struct netstat_address *out);

void ip_sctp_fini(void);

#endif
