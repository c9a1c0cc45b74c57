/*
 * The inet6 family: IPv6 sockets (tcp6, udp6, udpl6, raw6), IPv6
 * multicast groups, the IPv6 routes (-r -6) and statistics (-s -6). Linux
 * lists IPv6 SCTP sockets in the IPv4-named files (and has no
 * /proc/net/sctp6), so SCTP belongs to inet alone.
 */
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>

#include <netstat/netstat.h>

#include "plugins/inet6/inet6.h"
#include "plugins/lib/ip/diag/ip_diag.h"
#include "plugins/lib/ip/diag/ip_events.h"
#include "plugins/lib/ip/groups/ip_groups.h"
#include "plugins/lib/ip/internet/ip_internet.h"
#include "plugins/lib/ip/sockets/ip_sockets.h"

/* The IPv6 file of a pair is skipped silently when it cannot be read. */
static const struct ip_socket_table tcp6 = {
	{"tcp6", "tcp", IP_KIND_TCP},
	"net/tcp6",
	NULL,
	NETSTAT_TABLE_OPTIONAL,
	"tcp",
	11,
	AF_INET6,
	IPPROTO_TCP,
};
static const struct ip_socket_table udp6 = {
	{"udp6", "udp", IP_KIND_UDP},
	"net/udp6",
	NULL,
	NETSTAT_TABLE_OPTIONAL,
	"udp",
	10,
	AF_INET6,
	IPPROTO_UDP,
};
static const struct ip_socket_table udplite6 = {
	{"udpl6", "udp", IP_KIND_UDP},
	"net/udplite6",
	NULL,
	NETSTAT_TABLE_OPTIONAL,
	"udp",
	10,
	AF_INET6,
	IPPROTO_UDPLITE,
};
static const struct ip_socket_table raw6 = {
	{"raw6", "raw", IP_KIND_RAW},
	"net/raw6",
	NULL,
	NETSTAT_TABLE_OPTIONAL,
	"raw",
	10,
	AF_INET6,
	IPPROTO_RAW,
};

static int list_sockets(struct netstat_ctx *ctx,
			const struct netstat_request *req,
			const struct netstat_source *src, void *state)
{
	struct inet6_state *st = state;
	return ip_sockets_list(ctx, req, src->data, st->backend, &st->diag);
}

#define SOCKETS(nm, sel, ord, table)                                           \
	{                                                                      \
		.name = nm, .selector = sel, .family = "inet6",                \
		.report = NETSTAT_REPORT_CONNECTIONS,                          \
		.section = &ip_internet_section, .order = ord,                 \
		.flags = NETSTAT_SOURCE_DEFAULT, .list = list_sockets,         \
		.data = table,                                                 \
	}

/* --events: the IPv6 destroy groups. */
static int list_events(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_source *src, void *state)
{
	return ip_events_list(ctx, req, AF_INET6);
}

static const struct netstat_source inet6_sources[] = {
	SOCKETS("tcp6", "tcp", 11, &tcp6),
	SOCKETS("udp6", "udp", 31, &udp6),
	SOCKETS("udpl6", "udplite", 41, &udplite6),
	SOCKETS("raw6", "raw", 51, &raw6),
	{
		.name = "igmp6",
		.selector = "groups",
		.family = "inet6",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &ip_groups_section,
		.order = 11,
		.list = inet6_list_igmp6,
	},
	{
		.name = "ipv6_route",
		.selector = "inet6",
		.family = "inet6",
		.report = NETSTAT_REPORT_ROUTES,
		.section = &inet6_route_section,
		.order = 10,
		.list = inet6_list_routes,
	},
	{
		.name = "snmp6",
		.selector = "inet6",
		.family = "inet6",
		.report = NETSTAT_REPORT_STATISTICS,
		.section = &stats_section,
		.order = 10,
		.list = inet6_list_stats,
	},
	{
		.name = "events6",
		.selector = "inet6",
		.family = "inet6",
		.report = NETSTAT_REPORT_EVENTS,
		.section = &ip_events_section,
		.order = 20,
		.flags = NETSTAT_SOURCE_DEFAULT,
		.list = list_events,
	},
};

/* /proc/net/ipv6_route costs a walk of the table per page read (about 27
 * lines), so reading it is quadratic: ~0.06 s at 5000 routes, 0.7 s at
 * 10000, a minute at 200000 (measured on 6.18). Up to the limit the file
 * is read (it alone has the Ref column); above it, rtnetlink. */
const struct netstat_option inet6_options[2] = {
	[INET6_OPTION_BACKEND] = IP_BACKEND_OPTION,
	[INET6_OPTION_ROUTE_PROC_LIMIT] =
		{
			.key = "route_proc_limit",
			.type = NETSTAT_OPTION_INT,
			.default_value = "5000",
			.help = "with backend auto or netlink, the most IPv6 "
				"routes "
				"(/proc/net/rt6_stats) read from "
				"/proc/net/ipv6_route, which is quadratic; "
				"more are dumped over rtnetlink (Ref shown as "
				"-)",
			.min = 0,
			.max = 2147483647,
		},
};

static int inet6_init(const struct netstat_host_api *host,
		      const struct netstat_option_value *options, void **state)
{
	if (!host || host->abi_major != NETSTAT_ABI_MAJOR)
		return NETSTAT_ERR_ABI;
	struct inet6_state *st = calloc(1, sizeof *st);
	if (!st)
		return NETSTAT_ERR_NOMEM;
	st->backend =
		ip_backend_of(options ? &options[INET6_OPTION_BACKEND] : NULL);
	st->route_proc_limit = INET6_ROUTE_PROC_LIMIT;
	if (options &&
	    options[INET6_OPTION_ROUTE_PROC_LIMIT].type == NETSTAT_OPTION_INT)
		st->route_proc_limit =
			(long)options[INET6_OPTION_ROUTE_PROC_LIMIT].i;
	*state = st;
	return 0;
}

static void inet6_fini(void *state)
{
	struct inet6_state *st = state;
	if (!st)
		return;
	ip_diag_close(st->diag);
	free(st);
}

static const struct netstat_family inet6_family = {
	.size = sizeof(struct netstat_family),
	.init = inet6_init,
	.fini = inet6_fini,
	.sources = inet6_sources,
	.n_sources = sizeof inet6_sources / sizeof inet6_sources[0],
};

NETSTAT_MODULE(inet6) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "inet6",
	.description = "IPv6 sockets and multicast groups (/proc/net)",
	.options = inet6_options,
	.n_options = sizeof inet6_options / sizeof inet6_options[0],
	.family = &inet6_family,
};
