/*
 * The inet family: IPv4 sockets (tcp, sctp, udp, udplite, raw) and IPv4
 * multicast groups. Source orders interleave with inet6's so the host's
 * (section, source) sort gives net-tools' protocol-major order.
 */
#include <netstat/netstat.h>

#include "plugins/inet/reports.h"
#include "plugins/ip_common/ip_common.h"

#define INET_SOURCE(nm, sel, ord, fl, fn)                                      \
	{                                                                      \
		.name = nm, .selector = sel, .family = "inet",                 \
		.report = NETSTAT_REPORT_CONNECTIONS,                          \
		.section = &ip_internet_section, .order = ord, .flags = fl,    \
		.list = fn,                                                    \
	}

static const struct netstat_source inet_sources[] = {
	INET_SOURCE("tcp", "tcp", 10, NETSTAT_SOURCE_DEFAULT, ip_list_sockets),
	INET_SOURCE("sctp", "sctp", 20, NETSTAT_SOURCE_DEFAULT, ip_list_sctp),
	INET_SOURCE("udp", "udp", 30, NETSTAT_SOURCE_DEFAULT, ip_list_sockets),
	INET_SOURCE("udpl", "udplite", 40, NETSTAT_SOURCE_DEFAULT,
		    ip_list_sockets),
	INET_SOURCE("raw", "raw", 50, NETSTAT_SOURCE_DEFAULT, ip_list_sockets),
	{
		.name = "igmp",
		.selector = "groups",
		.family = "inet",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &ip_groups_section,
		.order = 10,
		.list = ip_list_igmp,
	},
	/* -r and -s (plugins/inet/reports.h). */
	INET_REPORT_SOURCES,
};

static int inet_init(const struct netstat_host_api *host)
{
	return ip_common_init(host);
}

static const struct netstat_family inet_family = {
	.size = sizeof(struct netstat_family),
	.init = inet_init,
	.fini = ip_common_fini,
	.sources = inet_sources,
	.n_sources = sizeof inet_sources / sizeof inet_sources[0],
};

NETSTAT_MODULE(inet) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "inet",
	.description = "IPv4 sockets and multicast groups (/proc/net)",
	.family = &inet_family,
};
