/*
 * The inet6 family: IPv6 sockets (tcp6, udp6, udpl6, raw6) and IPv6
 * multicast groups. Linux lists IPv6 SCTP sockets in the IPv4-named files
 * (and has no /proc/net/sctp6), so SCTP belongs to inet alone.
 */
#include <netstat/netstat.h>

#include "plugins/inet6/reports.h"
#include "plugins/ip_common/ip_common.h"

#define INET6_SOURCE(nm, sel, ord)                                             \
	{                                                                      \
		.name = nm, .selector = sel, .family = "inet6",                \
		.report = NETSTAT_REPORT_CONNECTIONS,                          \
		.section = &ip_internet_section, .order = ord,                 \
		.flags = NETSTAT_SOURCE_DEFAULT, .list = ip_list_sockets,      \
	}

static const struct netstat_source inet6_sources[] = {
	INET6_SOURCE("tcp6", "tcp", 11),
	INET6_SOURCE("udp6", "udp", 31),
	INET6_SOURCE("udpl6", "udplite", 41),
	INET6_SOURCE("raw6", "raw", 51),
	{
		.name = "igmp6",
		.selector = "groups",
		.family = "inet6",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &ip_groups_section,
		.order = 11,
		.list = ip_list_igmp6,
	},
	/* -r and -s (plugins/inet6/reports.h). */
	INET6_REPORT_SOURCES,
};

static int inet6_init(const struct netstat_host_api *host)
{
	return ip_common_init(host);
}

static const struct netstat_family inet6_family = {
	.size = sizeof(struct netstat_family),
	.init = inet6_init,
	.fini = ip_common_fini,
	.sources = inet6_sources,
	.n_sources = sizeof inet6_sources / sizeof inet6_sources[0],
};

NETSTAT_MODULE(inet6) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "inet6",
	.description = "IPv6 sockets and multicast groups (/proc/net)",
	.family = &inet6_family,
};
