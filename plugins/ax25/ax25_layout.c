/*
 * The AX.25 section as net-tools prints it (reference §3.15):
 *
 *   Active AX.25 sockets
 *   Dest       Source     Device  State        Vr/Vs    Send-Q  Recv-Q
 *   K1ABC-2    N0CALL-1   ax0     ESTABLISHED  007/005  120     240
 */
#include <inttypes.h>

#include "plugins/ax25/ax25_layout.h"
#include "plugins/lib/socket_rows/socket_rows.h"

const char *ax25_state_name(uint64_t state)
{
	static const char *const names[] = {
		"LISTENING",   "SABM SENT", "DISC SENT",
		"ESTABLISHED", "RECOVERY",
	};
	return state < sizeof names / sizeof names[0] ? names[state] : NULL;
}

static void cell_vr_vs(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	socket_row_put_vr_vs(rec, AX25_COL_VR, AX25_COL_VS, 3, out);
}

/* A connection without a socket has no queues ("*"): net-tools shows 0. */
static void cell_queue(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	netstat_text_printf(
		out, "%" PRIu64,
		netstat_value_uint(rec->values, rec->n_values, column, 0));
}

static const struct netstat_column columns[AX25_COL_COUNT] = {
	[AX25_COL_DEST] = {.key = "destination",
			   .title = "Dest",
			   .type = NETSTAT_T_ADDRESS,
			   .role = NETSTAT_ROLE_REMOTE,
			   .classic = {.width = 9, .sep = ""}},
	/* The digipeater path after the destination ("RELAY*,WIDE2-1"). */
	[AX25_COL_DIGIPEATERS] = {.key = "digipeaters",
				  .type = NETSTAT_T_STRING,
				  .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[AX25_COL_SOURCE] = {.key = "source",
			     .title = "Source",
			     .type = NETSTAT_T_ADDRESS,
			     .role = NETSTAT_ROLE_LOCAL,
			     .classic = {.width = 9, .sep = "  "}},
	[AX25_COL_DEVICE] = {.key = "device",
			     .title = "Device",
			     .type = NETSTAT_T_STRING,
			     .classic = {.width = 6, .sep = "  "}},
	[AX25_COL_STATE] = {.key = "state",
			    .title = "State",
			    .type = NETSTAT_T_STATE,
			    .classic = {.width = 11, .sep = "  "}},
	[AX25_COL_VR] = {.key = "vr",
			 .title = "Vr/Vs",
			 .type = NETSTAT_T_UINT,
			 .measure = NETSTAT_MEASURE_GAUGE,
			 .classic = {.width = 7,
				     .sep = "  ",
				     .cell = cell_vr_vs}},
	[AX25_COL_VS] = {.key = "vs",
			 .type = NETSTAT_T_UINT,
			 .measure = NETSTAT_MEASURE_GAUGE,
			 .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[AX25_COL_SEND_Q] = {.key = "send_queue",
			     .title = "Send-Q",
			     .type = NETSTAT_T_UINT,
			     .unit = "bytes",
			     .measure = NETSTAT_MEASURE_GAUGE,
			     .classic = {.width = 6,
					 .sep = "  ",
					 .cell = cell_queue}},
	[AX25_COL_RECV_Q] = {.key = "recv_queue",
			     .title = "Recv-Q",
			     .type = NETSTAT_T_UINT,
			     .unit = "bytes",
			     .measure = NETSTAT_MEASURE_GAUGE,
			     .classic = {.width = 6,
					 .sep = "  ",
					 .cell = cell_queue}},
	[AX25_COL_VA] = SOCKET_ROW_FIELD("va", NULL, NETSTAT_MEASURE_GAUGE),
	/* Timers: time left and configured length (seconds; the kernel
	 * writes idle in whole minutes). */
	[AX25_COL_T1] = SOCKET_ROW_SECONDS("t1_seconds"),
	[AX25_COL_T1_MAX] = SOCKET_ROW_SECONDS("t1_max_seconds"),
	[AX25_COL_T2] = SOCKET_ROW_SECONDS("t2_seconds"),
	[AX25_COL_T2_MAX] = SOCKET_ROW_SECONDS("t2_max_seconds"),
	[AX25_COL_T3] = SOCKET_ROW_SECONDS("t3_seconds"),
	[AX25_COL_T3_MAX] = SOCKET_ROW_SECONDS("t3_max_seconds"),
	[AX25_COL_IDLE] = SOCKET_ROW_SECONDS("idle_seconds"),
	[AX25_COL_IDLE_MAX] = SOCKET_ROW_SECONDS("idle_max_seconds"),
	[AX25_COL_N2_COUNT] =
		SOCKET_ROW_FIELD("n2_count", "retries", NETSTAT_MEASURE_GAUGE),
	[AX25_COL_N2] =
		SOCKET_ROW_FIELD("n2", "retries", NETSTAT_MEASURE_ATTRIBUTE),
	[AX25_COL_RTT] = SOCKET_ROW_SECONDS("rtt_seconds"),
	[AX25_COL_WINDOW] =
		SOCKET_ROW_FIELD("window", "frames", NETSTAT_MEASURE_ATTRIBUTE),
	[AX25_COL_PACLEN] = SOCKET_ROW_FIELD("paclen_bytes", "bytes",
					     NETSTAT_MEASURE_ATTRIBUTE),
	[AX25_COL_INODE] =
		SOCKET_ROW_FIELD("inode", NULL, NETSTAT_MEASURE_ATTRIBUTE),
};

const struct netstat_section ax25_section = {
	.key = "ax25",
	.title = "Active AX.25 sockets",
	.order = NETSTAT_ORDER_AX25,
	.columns = columns,
	.n_columns = AX25_COL_COUNT,
};
