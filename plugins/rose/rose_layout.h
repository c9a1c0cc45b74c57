/* The ROSE section: columns and classic rendering. */
#ifndef ROSE_LAYOUT_H
#define ROSE_LAYOUT_H

#include <netstat/netstat.h>

enum rose_column {
	ROSE_COL_DEST_ADDR,
	ROSE_COL_DEST_CALL,
	ROSE_COL_SRC_ADDR,
	ROSE_COL_SRC_CALL,
	ROSE_COL_DEVICE,
	ROSE_COL_LCI,
	ROSE_COL_NEIGHBOUR,
	ROSE_COL_STATE,
	ROSE_COL_COUNT
};

extern const struct netstat_section rose_section;

/* The routing table (-r): plugins/rose/rose_route.c. */
extern const struct netstat_section rose_route_section;
int rose_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src, void *state);

/* Name of a ROSE state, or NULL outside the table. */
const char *rose_state_name(uint64_t state);

#endif
