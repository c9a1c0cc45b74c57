/*
 * The inet module's own parts (IPv4 only): its run state, and the list
 * functions and sections of SCTP, multicast groups, the FIB, the routing
 * cache and the statistics its sources name (inet.c). The parts inet6
 * shares are in plugins/lib/ip/.
 */
#ifndef INET_H
#define INET_H

#include <netstat/netstat.h>

#include "plugins/lib/ip/backend/ip_backend.h"
#include "plugins/lib/ip/stats/ip_stats.h"

struct ip_diag;

/* What init() keeps for the run (the state every list function gets). */
struct inet_state {
	enum ip_backend backend; /* option `backend` */
	struct ip_diag *diag;	 /* sock_diag socket, opened on first use */
};

/* sctp.c: /proc/net/sctp/eps and assocs. */
int inet_list_sctp(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_source *src, void *state);

/* igmp.c: /proc/net/igmp. */
int inet_list_igmp(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_source *src, void *state);

/* route.c: the FIB (-r). */
extern const struct netstat_section inet_route_section;
int inet_list_routes(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src, void *state);
/* Route detail level from the number of -e, as net-tools computes it:
 * 0 -e gives 2, then 1, 3, 0, 1, 2, 3... (0 prints only the title). */
int inet_route_level(int extend);

/* rt_cache.c: the routing cache (-rC). */
extern const struct netstat_section inet_rtcache_section;
int inet_list_rtcache(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_source *src, void *state);

/* stats.c, stats_tables.c: statistics (-s). */
extern const struct stats_groups inet_stats_groups;
int inet_list_stats(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src, void *state);

#endif
