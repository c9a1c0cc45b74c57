/*
 * The inet6 module's own parts (IPv6 only): its run state, and the list
 * functions of multicast groups, routes and statistics its sources name
 * (inet6.c). The parts inet shares are in plugins/lib/ip/.
 */
#ifndef INET6_H
#define INET6_H

#include <netstat/netstat.h>

#include "plugins/lib/ip/backend/ip_backend.h"
#include "plugins/lib/ip/stats/ip_stats.h"

struct ip_diag;

/* What init() keeps for the run (the state every list function gets). */
struct inet6_state {
	enum ip_backend backend; /* option `backend` */
	struct ip_diag *diag;	 /* sock_diag socket, opened on first use */
	long route_proc_limit;	 /* option `route_proc_limit` */
};

/* The module's options: backend, then route_proc_limit (route.c). */
#define INET6_OPTION_BACKEND 0
#define INET6_OPTION_ROUTE_PROC_LIMIT 1
extern const struct netstat_option inet6_options[2];
#define INET6_ROUTE_PROC_LIMIT 5000 /* its default */

/* igmp6.c: /proc/net/igmp6. */
int inet6_list_igmp6(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src, void *state);

/* route.c: the IPv6 routing table (-r -6, -rC -6). */
extern const struct netstat_section inet6_route_section;
int inet6_list_routes(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_source *src, void *state);

/* ndisc.c: the neighbour cache of /proc/net/ndisc (-rC -6 on the old
 * kernels that have it); lists `lines` and closes it. */
int inet6_list_ndisc(struct netstat_ctx *ctx, struct netstat_lines *lines);

/* stats.c, stats_tables.c: IPv6 statistics (-s -6), then net-tools' IPv4
 * Tcp section. */
extern const struct stats_groups inet6_stats_groups, inet6_tcp4_groups;
int inet6_list_stats(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src, void *state);

#endif
