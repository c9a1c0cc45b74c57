/* The NET/ROM section: columns and classic rendering. */
#ifndef NETROM_LAYOUT_H
#define NETROM_LAYOUT_H

#include <netstat/netstat.h>

enum netrom_column {
	NETROM_COL_USER,
	NETROM_COL_DEST,
	NETROM_COL_SOURCE,
	NETROM_COL_DEVICE,
	NETROM_COL_STATE,
	NETROM_COL_VR,
	NETROM_COL_VS,
	NETROM_COL_SEND_Q,
	NETROM_COL_RECV_Q,
	/* Structured only (schema 1.4), in /proc/net/nr order. */
	NETROM_COL_MY_INDEX,
	NETROM_COL_MY_ID,
	NETROM_COL_YOUR_INDEX,
	NETROM_COL_YOUR_ID,
	NETROM_COL_VA,
	NETROM_COL_T1,
	NETROM_COL_T1_MAX,
	NETROM_COL_T2,
	NETROM_COL_T2_MAX,
	NETROM_COL_T4,
	NETROM_COL_T4_MAX,
	NETROM_COL_IDLE,
	NETROM_COL_IDLE_MAX,
	NETROM_COL_N2_COUNT,
	NETROM_COL_N2,
	NETROM_COL_WINDOW,
	NETROM_COL_INODE,
	NETROM_COL_COUNT
};

extern const struct netstat_section netrom_section;

/* The routing table (-r): plugins/netrom/netrom_route.c. */
extern const struct netstat_section netrom_route_section;
int netrom_route_list(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_source *src, void *state);

/* Name of a NET/ROM state, or NULL outside the table. */
const char *netrom_state_name(uint64_t state);

#endif
