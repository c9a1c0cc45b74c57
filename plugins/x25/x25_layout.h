/* The X.25 section: columns and classic rendering. */
#ifndef X25_LAYOUT_H
#define X25_LAYOUT_H

#include <netstat/netstat.h>

enum x25_column {
	X25_COL_DEST,
	X25_COL_SOURCE,
	X25_COL_DEVICE,
	X25_COL_LCI,
	X25_COL_STATE,
	X25_COL_VR,
	X25_COL_VS,
	X25_COL_SEND_Q,
	X25_COL_RECV_Q,
	/* Structured only (schema 1.4), in /proc/net/x25 order. */
	X25_COL_VA,
	X25_COL_TIMER,
	X25_COL_T2,
	X25_COL_T21,
	X25_COL_T22,
	X25_COL_T23,
	X25_COL_INODE,
	X25_COL_COUNT
};

extern const struct netstat_section x25_section;

/* The routing table (-r): plugins/x25/x25_route.c. */
extern const struct netstat_section x25_route_section;
int x25_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_source *src, void *state);

/* Name of an X.25 state, or NULL outside the table. */
const char *x25_state_name(uint64_t state);

#endif
