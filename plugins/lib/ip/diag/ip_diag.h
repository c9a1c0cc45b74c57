/*
 * The kernel's socket tables over NETLINK_SOCK_DIAG (inet_diag): each row
 * made to say what /proc's line for it says, in /proc's order, and handed
 * to a callback. A convenience library (libip_diag.la) of inet and inet6,
 * built with libmnl when configure found it.
 */
#ifndef IP_DIAG_H
#define IP_DIAG_H

#include <stdbool.h>
#include <stdint.h>

#include <netstat/netstat.h>

#include "plugins/lib/ip/internet/ip_internet.h"

/* An open sock_diag socket and its receive buffer, kept between dumps. */
struct ip_diag;

/* Which table to dump. */
struct ip_diag_query {
	const char *name;     /* for messages: "tcp6" */
	int family, protocol; /* AF_INET6, IPPROTO_TCP */
	enum ip_kind kind;    /* /proc's conventions to follow */
	bool timers;	      /* -o: TCP retransmits and probes wanted */
	/* Which INET_DIAG_* extensions to ask for (1 << (ATTR - 1) bits:
	 * only what will be shown, as each costs the kernel work). */
	uint8_t extensions;
	/* Read every reply's attributes (the identity fields: mark,
	 * cgroup, TOS) even when no extension was asked for. */
	bool attributes;
};

/* Called for every row of the dump, in /proc's order. */
typedef void (*ip_diag_row_fn)(const struct ip_socket_row *row, void *arg);

/*
 * Dumps table `q`, opening the socket in *diag when there is none.
 * Returns 0 when done (a failure after some rows is reported on stderr,
 * as rows cannot be taken back), or -errno when nothing was emitted and
 * the file should be read: the socket is then closed, *diag NULL.
 * Without libmnl always -ENOSYS.
 */
int ip_diag_dump(struct ip_diag **diag, struct netstat_ctx *ctx,
		 const struct ip_diag_query *q, ip_diag_row_fn fn, void *arg);

/*
 * Reads `len` bytes of netlink messages as the whole reply of a dump of
 * `q` (a reply that stops without NLMSG_DONE is cut short): the rows to
 * `fn`, the result and messages as ip_diag_dump()'s. The dump's parsing
 * without the socket, for the fuzz harnesses (tests/fuzz).
 */
int ip_diag_parse(struct netstat_ctx *ctx, const struct ip_diag_query *q,
		  const void *buf, size_t len, ip_diag_row_fn fn, void *arg);

/* Closes a socket ip_diag_dump() opened (NULL is fine). */
void ip_diag_close(struct ip_diag *diag);

#endif
