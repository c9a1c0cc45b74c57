/*
 * The inet family: IPv4 sockets (tcp, sctp, udp, udplite, raw), IPv4
 * multicast groups, the IPv4 routes (-r, -rC) and statistics (-s). Source
 * orders interleave with inet6's so the host's (section, source) sort
 * gives net-tools' protocol-major order.
 */
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>

#include <netstat/netstat.h>

#include "plugins/inet/inet.h"
#include "plugins/lib/ip/diag/ip_diag.h"
#include "plugins/lib/ip/diag/ip_events.h"
#include "plugins/lib/ip/groups/ip_groups.h"
#include "plugins/lib/ip/internet/ip_internet.h"
#include "plugins/lib/ip/sockets/ip_sockets.h"

/* The IPv4 file of a pair: a missing one is noted (unless the protocols
 * were only implied) and its status waits for the IPv6 rows. */
#define V4_OPEN                                                                \
	(NETSTAT_TABLE_ACCESS_IS_MISSING | NETSTAT_TABLE_QUIET_IF_IMPLIED |    \
	 NETSTAT_TABLE_DEFER_STATUS)

static const struct ip_socket_table tcp = {
	{"tcp", "tcp", IP_KIND_TCP},
	"net/tcp",
	"AF INET (tcp)",
	V4_OPEN,
	"tcp",
	11,
	AF_INET,
	IPPROTO_TCP,
};
static const struct ip_socket_table udp = {
	{"udp", "udp", IP_KIND_UDP},
	"net/udp",
	"AF INET (udp)",
	V4_OPEN,
	"udp",
	10,
	AF_INET,
	IPPROTO_UDP,
};
/* UDP-Lite names its ports from the udp list, as net-tools does. */
static const struct ip_socket_table udplite = {
	{"udpl", "udp", IP_KIND_UDP},
	"net/udplite",
	"AF INET (udplite)",
	V4_OPEN,
	"udp",
	10,
	AF_INET,
	IPPROTO_UDPLITE,
};
static const struct ip_socket_table raw = {
	{"raw", "raw", IP_KIND_RAW},
	"net/raw",
	"AF INET (raw)",
	V4_OPEN,
	"raw",
	10,
	AF_INET,
	IPPROTO_RAW,
};

static int list_sockets(struct netstat_ctx *ctx,
			const struct netstat_request *req,
			const struct netstat_source *src, void *state)
{
	struct inet_state *st = state;
	return ip_sockets_list(ctx, req, src->data, st->backend, &st->diag);
}

/* --events: the IPv4 destroy groups (the socket stays open while the
 * host watches it). */
static int list_events(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_source *src, void *state)
{
	return ip_events_list(ctx, req, AF_INET);
}

#define SOCKETS(nm, sel, ord, fn, table)                                       \
	{                                                                      \
		.name = nm, .selector = sel, .family = "inet",                 \
		.report = NETSTAT_REPORT_CONNECTIONS,                          \
		.section = &ip_internet_section, .order = ord,                 \
		.flags = NETSTAT_SOURCE_DEFAULT, .list = fn, .data = table,    \
	}

#define REPORT(nm, rep, sect, ord, fn)                                         \
	{                                                                      \
		.name = nm, .selector = "inet", .family = "inet",              \
		.report = rep, .section = sect, .order = ord,                  \
		.flags = NETSTAT_SOURCE_DEFAULT, .list = fn,                   \
	}

static const struct netstat_source inet_sources[] = {
	SOCKETS("tcp", "tcp", 10, list_sockets, &tcp),
	SOCKETS("sctp", "sctp", 20, inet_list_sctp, NULL),
	SOCKETS("udp", "udp", 30, list_sockets, &udp),
	SOCKETS("udpl", "udplite", 40, list_sockets, &udplite),
	SOCKETS("raw", "raw", 50, list_sockets, &raw),
	{
		.name = "igmp",
		.selector = "groups",
		.family = "inet",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &ip_groups_section,
		.order = 10,
		.list = inet_list_igmp,
	},
	REPORT("route", NETSTAT_REPORT_ROUTES, &inet_route_section, 10,
	       inet_list_routes),
	REPORT("rt_cache", NETSTAT_REPORT_ROUTES, &inet_rtcache_section, 20,
	       inet_list_rtcache),
	REPORT("snmp", NETSTAT_REPORT_STATISTICS, &stats_section, 10,
	       inet_list_stats),
	REPORT("events", NETSTAT_REPORT_EVENTS, &ip_events_section, 10,
	       list_events),
};

static int inet_init(const struct netstat_host_api *host,
		     const struct netstat_option_value *options, void **state)
{
	if (!host || host->abi_major != NETSTAT_ABI_MAJOR)
		return NETSTAT_ERR_ABI;
	struct inet_state *st = calloc(1, sizeof *st);
	if (!st)
		return NETSTAT_ERR_NOMEM;
	st->backend = ip_backend_of(options ? &options[0] : NULL);
	*state = st;
	return 0;
}

static void inet_fini(void *state)
{
	struct inet_state *st = state;
	if (!st)
		return;
	ip_diag_close(st->diag);
	free(st);
}

static const struct netstat_family inet_family = {
	.size = sizeof(struct netstat_family),
	.init = inet_init,
	.fini = inet_fini,
	.sources = inet_sources,
	.n_sources = sizeof inet_sources / sizeof inet_sources[0],
};

NETSTAT_MODULE(inet) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "inet",
	.description = "IPv4 sockets and multicast groups (/proc/net)",
	.options = &ip_backend_option,
	.n_options = 1,
	.family = &inet_family,
};
