/* The AppleTalk (DDP) routing table: section and reader. */
#ifndef DDP_ROUTE_H
#define DDP_ROUTE_H

#include <netstat/netstat.h>

extern const struct netstat_section ddp_route_section;

int ddp_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_source *src, void *state);

/* net-tools' route flag letters for `flags`, into buf (reference §4.2,
 * with the reject mark appended rather than replacing). */
void ddp_flags_text(uint32_t flags, char *buf, size_t size);

#endif
