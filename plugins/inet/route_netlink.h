/*
 * The IPv4 main routing table over rtnetlink, in /proc/net/route's order
 * and with its fields, for the live kernel (plugins/inet/route.c reads
 * /proc/net/route otherwise). Built with libmnl when configure found it.
 */
#ifndef INET_ROUTE_NETLINK_H
#define INET_ROUTE_NETLINK_H

#include <stdbool.h>
#include <stdint.h>

#include <netstat/netstat.h>

/* One route as /proc/net/route has it (addresses as kernel words). */
struct inet_route4 {
	char iface[16];
	uint32_t dest, gateway, mask, flags;
	int32_t metric, mtu, window, irtt;
	/* What only rtnetlink tells (structured only, schema 1.4). */
	uint32_t table, oif;
	uint8_t protocol, scope, type; /* rtm_protocol, rtm_scope, rtm_type */
	bool has_prefsrc;
	uint32_t prefsrc; /* RTA_PREFSRC, a kernel word */
};

typedef void (*inet_route4_fn)(struct netstat_ctx *ctx,
			       const struct inet_route4 *r, void *arg);

/* Dumps the main table, calling `fn` per route. Returns the number of
 * routes, or -errno when nothing was emitted (-ENOSYS without libmnl). A
 * failure after some routes is reported on stderr and counts as done. */
long inet_route4_netlink(struct netstat_ctx *ctx, inet_route4_fn fn, void *arg);

/* The same over `len` bytes of netlink messages taken as the whole reply
 * (one stopping without NLMSG_DONE is cut short): the dump's parsing
 * without the socket, for the fuzz harnesses (tests/fuzz). */
long inet_route4_parse(struct netstat_ctx *ctx, const void *buf, size_t len,
		       inet_route4_fn fn, void *arg);

#endif
