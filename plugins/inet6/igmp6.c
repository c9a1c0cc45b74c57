/* IPv6 multicast group memberships (-g): /proc/net/igmp6, one group per
 * line. */
#include <string.h>
#include <unistd.h>

#include "plugins/inet6/inet6.h"
#include "plugins/lib/ip/groups/ip_groups.h"

#define IGMP6_ADDR_DIGITS 32

/* "ifindex device 32-hex-digits users flags timer" */
static bool igmp6_line(const char *line, char *dev, size_t size, long hz,
		       struct ip_group *g)
{
	const char *p = line, *tok, *addr;
	size_t n;
	struct netstat_address *group = &g->group;
	int64_t ifindex;
	if (!netstat_parse_sdec(&p, &ifindex))
		return false;
	g->has_ifindex = ifindex >= 0;
	g->ifindex = (uint64_t)ifindex;
	n = netstat_token(&p, &tok);
	if (n == 0)
		return false;
	if (n >= size)
		n = size - 1;
	memcpy(dev, tok, n);
	dev[n] = '\0';
	n = netstat_token(&p, &addr);
	if (n != IGMP6_ADDR_DIGITS)
		return false;
	memset(group, 0, sizeof *group);
	group->family = NETSTAT_ADDR_INET6;
	for (size_t i = 0; i < 16; i++) {
		int hi = netstat_hex_digit(addr[2 * i]);
		int lo = netstat_hex_digit(addr[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return false;
		group->bytes[i] = (uint8_t)(hi << 4 | lo);
	}
	if (!netstat_parse_sdec(&p, &g->users))
		return false;
	/* Classic needs no more: a line that ends here still lists. */
	int64_t timer = 0;
	g->has_flags = netstat_parse_hex(&p, &g->flags) &&
		       netstat_parse_sdec(&p, &timer) && timer >= 0;
	g->timer_seconds = g->has_flags ? (double)timer / (double)hz : 0;
	return true;
}

static void read_igmp6(struct netstat_ctx *ctx, struct netstat_lines *lines)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	const char *line;
	char dev[64];
	/* The timer is in USER_HZ ticks. */
	long hz = sysconf(_SC_CLK_TCK);
	if (hz <= 0)
		hz = 100;

	for (unsigned lnr = 0; (line = host->lines_next(lines, NULL)); lnr++) {
		struct ip_group g = {.device = dev};
		if (igmp6_line(line, dev, sizeof dev, hz, &g))
			ip_group_emit(ctx, &g);
		else
			ip_group_bogus(ctx, "igmp6", lnr);
	}
}

int inet6_list_igmp6(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	/* Like every IPv6 file of a pair, skipped silently when absent. */
	int rc = host->table_open(ctx, req, "net/igmp6", NULL,
				  NETSTAT_TABLE_OPTIONAL, &lines);
	if (lines) {
		read_igmp6(ctx, lines);
		host->lines_close(lines);
	}
	return rc;
}
