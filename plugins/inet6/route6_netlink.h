/*
 * The IPv6 routes of every table over rtnetlink, one /proc/net/ipv6_route
 * line at a time and in that file's order, for the live kernel (route.c
 * reads the file when the table is small). Built with libmnl when
 * configure found it.
 */
#ifndef INET6_ROUTE6_NETLINK_H
#define INET6_ROUTE6_NETLINK_H

#include <stdbool.h>
#include <stdint.h>

#include <netstat/netstat.h>

/* One line of /proc/net/ipv6_route as the dump gives it; the file's
 * reference count has no rtnetlink counterpart. */
struct inet6_route {
	uint8_t dest[16], source[16], gateway[16];
	uint32_t dest_len, source_len;
	uint32_t metric;
	uint32_t flags; /* RTF_* as the file shows them (fib6_flags) */
	char iface[16]; /* "" without a device */
	/* What only rtnetlink tells (structured only, schema 1.5). */
	uint32_t table, oif, nexthop_id; /* nexthop_id 0: none */
	uint8_t protocol, scope, type;	 /* rtm_protocol, rtm_scope, rtm_type */
	uint8_t preference;		 /* RTA_PREF (ICMPV6_ROUTER_PREF_*) */
	bool has_prefsrc, has_expires, has_preference;
	uint8_t prefsrc[16];
	int32_t expires; /* rta_expires, in clock ticks (USER_HZ, 1/100 s) */
};

typedef void (*inet6_route_fn)(struct netstat_ctx *ctx,
			       const struct inet6_route *r, void *arg);

/* Dumps every table, calling `fn` per line. Returns the number of lines,
 * or -errno when nothing was emitted (-ENOSYS without libmnl). A failure
 * after some lines is reported on stderr and counts as done. */
long inet6_route_netlink(struct netstat_ctx *ctx, inet6_route_fn fn, void *arg);

/* The same over `len` bytes of netlink messages taken as the whole reply
 * to the route dump (one stopping without NLMSG_DONE is cut short): the
 * parsing without the socket, for unit tests and tests/fuzz. */
long inet6_route_parse(struct netstat_ctx *ctx, const void *buf, size_t len,
		       inet6_route_fn fn, void *arg);

#endif
