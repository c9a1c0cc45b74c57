/*
 * IPv4 multicast group memberships (-g): /proc/net/igmp, device lines
 * each followed by their group lines.
 */
#include <string.h>

#include "plugins/inet/inet.h"
#include "plugins/lib/ip/groups/ip_groups.h"
#include "plugins/lib/ip/text/ip_text.h"

/* net-tools takes 15 raw characters of an igmp device line. */
#define IGMP_DEVICE_CHARS 15

/* What a device line says of the groups that follow it. */
struct igmp_device {
	char name[IGMP_DEVICE_CHARS + 1];
	bool has_ifindex, has_count;
	uint64_t ifindex, count;
	char querier[8];
};

/* "count querier" after the device name's ':' (structured only: a line
 * without them still names its device). */
static void igmp_device_rest(const char *p, struct igmp_device *d)
{
	d->has_count = netstat_parse_udec(&p, &d->count);
	if (!d->has_count ||
	    !netstat_token_copy(&p, d->querier, sizeof d->querier))
		d->querier[0] = '\0';
}

/* "[index TAB] name    :" -> "name": 15 characters, cut at the last ':'
 * (trailing blanks, which net-tools keeps, are dropped: they only pad). */
static bool igmp_device(const char *line, bool indexed, struct igmp_device *d)
{
	const char *p = line;
	int64_t idx = -1;
	if (indexed) {
		if (!netstat_parse_sdec(&p, &idx))
			return false;
		netstat_skip_blanks(&p);
	}
	size_t n = strnlen(p, IGMP_DEVICE_CHARS);
	if (n == 0)
		return false;
	/* A bogus line leaves the device as it was, as in net-tools. */
	d->has_ifindex = idx >= 0;
	d->ifindex = (uint64_t)idx;
	d->has_count = false;
	d->querier[0] = '\0';
	for (size_t i = n; i > 0; i--)
		if (p[i - 1] == ':') {
			n = i - 1;
			igmp_device_rest(p + i, d);
			break;
		}
	while (n > 0 && netstat_is_blank(p[n - 1]))
		n--;
	if (n >= sizeof d->name)
		n = sizeof d->name - 1;
	memcpy(d->name, p, n);
	d->name[n] = '\0';
	return true;
}

static void read_igmp(struct netstat_ctx *ctx, struct netstat_lines *lines)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	const char *line;
	unsigned lnr = 0;
	bool indexed = false;
	struct igmp_device dev = {0};

	for (; (line = host->lines_next(lines, NULL)); lnr++) {
		if (lnr == 0) {
			indexed = strncmp(line, "Idx", 3) == 0;
			continue;
		}
		if (line[0] != '\t') {
			if (!igmp_device(line, indexed, &dev))
				ip_group_bogus(ctx, "igmp", lnr);
			continue;
		}
		const char *p = line;
		const char *hex;
		size_t n;
		int64_t users;
		netstat_skip_blanks(&p);
		hex = p;
		for (n = 0; n < 8 && netstat_hex_digit(hex[n]) >= 0; n++)
			;
		p += n;
		if (n == 0 || !netstat_parse_sdec(&p, &users)) {
			ip_group_bogus(ctx, "igmp", lnr);
			continue;
		}
		struct ip_group g = {
			.device = dev.name,
			.users = users,
			.has_ifindex = dev.has_ifindex,
			.ifindex = dev.ifindex,
			.has_device_groups = dev.has_count,
			.device_groups = dev.count,
			.querier = dev.querier[0] ? dev.querier : NULL,
		};
		ip_decode_address(hex, n, false, &g.group);
		/* "running:expires reporter" (structured only). */
		g.has_timer = netstat_parse_udec(&p, &g.timer_running) &&
			      netstat_expect(&p, ':') &&
			      netstat_parse_hex(&p, &g.timer_jiffies) &&
			      netstat_parse_udec(&p, &g.reporter);
		ip_group_emit(ctx, &g);
	}
}

int inet_list_igmp(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	/* The status of a missing file comes due after igmp6's groups. */
	int rc = host->table_open(ctx, req, "net/igmp", "AF INET (igmp)",
				  NETSTAT_TABLE_ACCESS_IS_MISSING |
					  NETSTAT_TABLE_QUIET_IF_IMPLIED |
					  NETSTAT_TABLE_DEFER_STATUS,
				  &lines);
	if (lines) {
		read_igmp(ctx, lines);
		host->lines_close(lines);
	}
	return rc;
}
