/* The AppleTalk (DDP) routing table: section and reader. */
#ifndef DDP_ROUTE_H
#define DDP_ROUTE_H

#include <netstat/netstat.h>

extern const struct netstat_section ddp_route_section;

void ddp_route_init(const struct netstat_host_api *h);
int ddp_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_source *src);

/* net-tools' route flag letters for `flags`, into buf (reference §4.2,
 * with the reject mark appended rather than replacing). */
void ddp_flags_text(uint32_t flags, char *buf, size_t size);

#endif
