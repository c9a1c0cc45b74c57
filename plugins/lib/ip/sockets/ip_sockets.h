/*
 * The kernel's socket tables of the connection listing, tcp, udp,
 * udplite and raw, v4 and v6: /proc/net's files (their row parser), or
 * the same rows over netlink when the live kernel answers; either way
 * through -l/-a into the Internet section. A convenience library
 * (libip_sockets.la) of inet and inet6; each describes its own tables.
 */
#ifndef IP_SOCKETS_H
#define IP_SOCKETS_H

#include <stdint.h>

#include <netstat/netstat.h>

#include "plugins/lib/ip/backend/ip_backend.h"
#include "plugins/lib/ip/internet/ip_internet.h"

struct ip_diag;

/* One kernel socket table (a source's data). */
struct ip_socket_table {
	struct ip_protocol proto; /* label, service list, kind */
	const char *path;	  /* below the proc root: "net/udplite6" */
	const char *what;     /* for the missing-file note: "AF INET (udp)" */
	uint32_t open_flags;  /* enum netstat_table_flag */
	const char *bogus;    /* "warning, got bogus %s line." */
	int min_fields;	      /* fewer converted fields: a bogus line */
	int family, protocol; /* netlink: AF_INET6, IPPROTO_UDPLITE */
};

/* --- parse.c: one line of /proc/net/{tcp,udp,udplite,raw}{,6} --- */

#define IP_ROW_FIELDS 14

/*
 * Parses one data line. Returns how many of the 14 fields were converted
 * before the first mismatch (counted as net-tools' scanf pattern counts
 * them); fields not reached are zero.
 */
int ip_parse_socket_row(const char *line, struct ip_socket_row *row);

/* --- list.c --- */

/*
 * Lists table `t`: over netlink when `backend` (the module's option)
 * allows it and the kernel answers (*diag keeps the netlink socket from
 * table to table; the module frees it with ip_diag_close()), else from
 * its file under net-tools' rules. Returns what a list function returns.
 */
int ip_sockets_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct ip_socket_table *t, enum ip_backend backend,
		    struct ip_diag **diag);

#endif
