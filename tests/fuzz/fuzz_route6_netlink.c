/*
 * Fuzz harness: rtnetlink IPv6 route dump replies
 * (plugins/inet6/route6_netlink.c, every table as /proc/net/ipv6_route's
 * lines). The input is the reply, as netlink messages; each line is then
 * printed as the file would say it, and must fit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/inet6/route6_netlink.h"
#include "tests/fuzz/fuzz.h"

static void take_route(struct netstat_ctx *ctx, const struct inet6_route *r,
		       void *arg)
{
	char line[256];
	/* The interface name must be terminated within its field, and no
	 * prefix is longer than an address. */
	if (!memchr(r->iface, '\0', sizeof r->iface) || r->dest_len > 128 ||
	    r->source_len > 128)
		abort();
	snprintf(line, sizeof line,
		 "%02x%02x %02x %02x%02x %02x %02x%02x "
		 "%08x 00000000 00000000 %08x %8s",
		 r->dest[0], r->dest[15], r->dest_len, r->source[0],
		 r->source[15], r->source_len, r->gateway[0], r->gateway[15],
		 r->metric, r->flags, r->iface);
	fuzz_check_terminal_safe(line);
	(*(long *)arg)++; /* fuzz_route_reply's count */
}

static long parse(struct netstat_ctx *ctx, const void *reply, size_t size,
		  long *seen)
{
	return inet6_route_parse(ctx, reply, size, take_route, seen);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_route_reply(parse, data, size);
}
