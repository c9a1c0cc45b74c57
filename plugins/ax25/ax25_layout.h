/* The AX.25 section: columns and classic rendering. */
#ifndef AX25_LAYOUT_H
#define AX25_LAYOUT_H

#include <netstat/netstat.h>

enum ax25_column {
	AX25_COL_DEST,
	AX25_COL_DIGIPEATERS,
	AX25_COL_SOURCE,
	AX25_COL_DEVICE,
	AX25_COL_STATE,
	AX25_COL_VR,
	AX25_COL_VS,
	AX25_COL_SEND_Q,
	AX25_COL_RECV_Q,
	/* Structured only (schema 1.4), in /proc/net/ax25 order. */
	AX25_COL_VA,
	AX25_COL_T1,
	AX25_COL_T1_MAX,
	AX25_COL_T2,
	AX25_COL_T2_MAX,
	AX25_COL_T3,
	AX25_COL_T3_MAX,
	AX25_COL_IDLE,
	AX25_COL_IDLE_MAX,
	AX25_COL_N2_COUNT,
	AX25_COL_N2,
	AX25_COL_RTT,
	AX25_COL_WINDOW,
	AX25_COL_PACLEN,
	AX25_COL_INODE,
	AX25_COL_COUNT
};

extern const struct netstat_section ax25_section;

/* The routing table (-r): plugins/ax25/ax25_route.c. */
extern const struct netstat_section ax25_route_section;
int ax25_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src, void *state);

/* Name of an AX.25 state, or NULL outside the table. */
const char *ax25_state_name(uint64_t state);

#endif
