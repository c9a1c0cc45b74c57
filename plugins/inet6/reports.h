/* The inet6 family's reports other than the socket listing: -r and -s. */
#ifndef INET6_REPORTS_H
#define INET6_REPORTS_H

#include <netstat/netstat.h>

#include "plugins/ip_stats/ip_stats.h"

/* route.c: the IPv6 routing table (-r -6, -rC -6). */
extern const struct netstat_section inet6_route_section;
int inet6_list_routes(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_source *src);

/* stats.c: IPv6 statistics (-s -6), with net-tools' IPv4 Tcp section. */
int inet6_list_stats(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src);

/* Entries for the inet6 module's source table. */
#define INET6_REPORT_SOURCES                                                   \
	{                                                                      \
		.name = "ipv6_route",                                          \
		.selector = "inet6",                                           \
		.family = "inet6",                                             \
		.report = NETSTAT_REPORT_ROUTES,                               \
		.section = &inet6_route_section,                               \
		.order = 10,                                                   \
		.list = inet6_list_routes,                                     \
	},                                                                     \
	{                                                                      \
		.name = "snmp6", .selector = "inet6", .family = "inet6",       \
		.report = NETSTAT_REPORT_STATISTICS,                           \
		.section = &stats_section, .order = 10,                        \
		.list = inet6_list_stats,                                      \
	}

#endif
