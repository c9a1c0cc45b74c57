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
	/* Structured only (schema 1.4), in /proc/net/rose order. */
	ROSE_COL_VS,
	ROSE_COL_VR,
	ROSE_COL_VA,
	ROSE_COL_TIMER,
	ROSE_COL_T1,
	ROSE_COL_T2,
	ROSE_COL_T3,
	ROSE_COL_HB,
	ROSE_COL_IDLE,
	ROSE_COL_IDLE_MAX,
	ROSE_COL_SEND_Q,
	ROSE_COL_RECV_Q,
	ROSE_COL_INODE,
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
