/* The IPX section: columns and classic rendering. */
#ifndef IPX_LAYOUT_H
#define IPX_LAYOUT_H

#include <netstat/netstat.h>

enum ipx_column {
	IPX_COL_PROTO,
	IPX_COL_RECV_Q,
	IPX_COL_SEND_Q,
	IPX_COL_LOCAL,
	IPX_COL_REMOTE,
	IPX_COL_STATE,
	IPX_COL_USER,
	IPX_COL_COUNT
};

extern const struct netstat_section ipx_section;

/* The routing table (-r): plugins/ipx/ipx_route.c. */
extern const struct netstat_section ipx_route_section;
int ipx_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_source *src, void *state);

/* Kernel name of an IPX socket state, or NULL. */
const char *ipx_state_name(uint64_t state);

#endif
