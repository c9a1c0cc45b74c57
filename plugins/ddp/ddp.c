/*
 * The ddp family: AppleTalk routes (-r -A ddp) from /proc/net/atalk_route.
 * net-tools has no DDP socket listing (-A ddp selects nothing there), so
 * this family's only source is its routing table.
 */
#include <netstat/netstat.h>

#include "plugins/ddp/ddp_route.h"

static const struct netstat_source sources[] = {
	{
		/* Not a default: plain -r shows inet only. */
		.name = "ddp_route",
		.selector = "ddp",
		.family = "ddp",
		.report = NETSTAT_REPORT_ROUTES,
		.section = &ddp_route_section,
		.list = ddp_route_list,
	},
};

static const struct netstat_family ddp_family = {
	.size = sizeof(struct netstat_family),
	.sources = sources,
	.n_sources = sizeof sources / sizeof sources[0],
};

NETSTAT_MODULE(ddp) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "ddp",
	.description = "AppleTalk routes (/proc/net/atalk_route)",
	.family = &ddp_family,
};
