/*
 * Fuzz harness: rtnetlink route dump replies (plugins/inet/route_netlink.c,
 * the IPv4 main table as /proc/net/route's fields). The input is the
 * reply, as netlink messages; each route is then printed as a
 * /proc/net/route line would say it, and must fit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/inet/route_netlink.h"
#include "tests/fuzz/fuzz.h"

static void take_route(struct netstat_ctx *ctx, const struct inet_route4 *r,
		       void *arg)
{
	char line[256];
	/* The interface name must be terminated within its field. */
	if (!memchr(r->iface, '\0', sizeof r->iface))
		abort();
	snprintf(line, sizeof line, "%s %08X %08X %04X 0 0 %d %08X %d %d %d",
		 r->iface, r->dest, r->gateway, r->flags, r->metric, r->mask,
		 r->mtu, r->window, r->irtt);
	fuzz_check_terminal_safe(line);
	(*(long *)arg)++; /* fuzz_route_reply's count */
}

static long parse(struct netstat_ctx *ctx, const void *reply, size_t size,
		  long *seen)
{
	return inet_route4_parse(ctx, reply, size, take_route, seen);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_route_reply(parse, data, size);
}
