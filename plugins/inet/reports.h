/* The inet family's reports other than the socket listing: -r and -s. */
#ifndef INET_REPORTS_H
#define INET_REPORTS_H

#include <netstat/netstat.h>

#include "plugins/ip_stats/ip_stats.h"

/* route.c: the IPv4 FIB (-r); rt_cache.c: the routing cache (-rC). */
extern const struct netstat_section inet_route_section;
extern const struct netstat_section inet_rtcache_section;
int inet_list_routes(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src);
int inet_list_rtcache(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_source *src);

/* stats.c: IPv4 statistics (-s). */
int inet_list_stats(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src);

/* Route detail level from the number of -e, as net-tools computes it:
 * 0 -e gives 2, then 1, 3, 0, 1, 2, 3... (0 prints only the title). */
int inet_route_level(int extend);

/* Entries for the inet module's source table. */
#define INET_REPORT_SOURCES                                                    \
	{                                                                      \
		.name = "route",                                               \
		.selector = "inet",                                            \
		.family = "inet",                                              \
		.report = NETSTAT_REPORT_ROUTES,                               \
		.section = &inet_route_section,                                \
		.order = 10,                                                   \
		.flags = NETSTAT_SOURCE_DEFAULT,                               \
		.list = inet_list_routes,                                      \
	},                                                                     \
		{                                                              \
			.name = "rt_cache",                                    \
			.selector = "inet",                                    \
			.family = "inet",                                      \
			.report = NETSTAT_REPORT_ROUTES,                       \
			.section = &inet_rtcache_section,                      \
			.order = 20,                                           \
			.flags = NETSTAT_SOURCE_DEFAULT,                       \
			.list = inet_list_rtcache,                             \
		},                                                             \
	{                                                                      \
		.name = "snmp", .selector = "inet", .family = "inet",          \
		.report = NETSTAT_REPORT_STATISTICS,                           \
		.section = &stats_section, .order = 10,                        \
		.flags = NETSTAT_SOURCE_DEFAULT, .list = inet_list_stats,      \
	}

#endif
