/*
 * The NET/ROM section as net-tools prints it (reference §3.17):
 *
 *   Active NET/ROM sockets
 *   User       Dest       Source     Device  State        Vr/Vs    Send-Q ...
 *   N0CALL     K1ABC-3    N0CALL-9   nr0     ESTABLISHED  007/005  0      ...
 *
 * (then "  Recv-Q" and the receive queue).
 */
#include "plugins/lib/socket_rows/socket_rows.h"
#include "plugins/netrom/netrom_layout.h"

const char *netrom_state_name(uint64_t state)
{
	static const char *const names[] = {
		"LISTENING",
		"CONN SENT",
		"DISC SENT",
		"ESTABLISHED",
	};
	return state < sizeof names / sizeof names[0] ? names[state] : NULL;
}

static void cell_vr_vs(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	socket_row_put_vr_vs(rec, NETROM_COL_VR, NETROM_COL_VS, 3, out);
}

static const struct netstat_column columns[NETROM_COL_COUNT] = {
	[NETROM_COL_USER] = {.key = "user",
			     .title = "User",
			     .type = NETSTAT_T_ADDRESS,
			     .classic = {.width = 9, .sep = ""}},
	[NETROM_COL_DEST] = {.key = "destination",
			     .title = "Dest",
			     .type = NETSTAT_T_ADDRESS,
			     .role = NETSTAT_ROLE_REMOTE,
			     .classic = {.width = 9, .sep = "  "}},
	[NETROM_COL_SOURCE] = {.key = "source",
			       .title = "Source",
			       .type = NETSTAT_T_ADDRESS,
			       .role = NETSTAT_ROLE_LOCAL,
			       .classic = {.width = 9, .sep = "  "}},
	[NETROM_COL_DEVICE] = {.key = "device",
			       .title = "Device",
			       .type = NETSTAT_T_STRING,
			       .classic = {.width = 6, .sep = "  "}},
	[NETROM_COL_STATE] = {.key = "state",
			      .title = "State",
			      .type = NETSTAT_T_STATE,
			      .classic = {.width = 11, .sep = "  "}},
	[NETROM_COL_VR] = {.key = "vr",
			   .title = "Vr/Vs",
			   .type = NETSTAT_T_UINT,
			   .measure = NETSTAT_MEASURE_GAUGE,
			   .classic = {.width = 7,
				       .sep = "  ",
				       .cell = cell_vr_vs}},
	[NETROM_COL_VS] = {.key = "vs",
			   .type = NETSTAT_T_UINT,
			   .measure = NETSTAT_MEASURE_GAUGE,
			   .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[NETROM_COL_SEND_Q] = {.key = "send_queue",
			       .title = "Send-Q",
			       .type = NETSTAT_T_UINT,
			       .unit = "bytes",
			       .measure = NETSTAT_MEASURE_GAUGE,
			       .classic = {.width = 6, .sep = "  "}},
	[NETROM_COL_RECV_Q] = {.key = "recv_queue",
			       .title = "Recv-Q",
			       .type = NETSTAT_T_UINT,
			       .unit = "bytes",
			       .measure = NETSTAT_MEASURE_GAUGE,
			       .classic = {.width = 6, .sep = "  "}},
	/* The circuit: our index and id, the far end's. */
	[NETROM_COL_MY_INDEX] =
		SOCKET_ROW_FIELD("my_index", NULL, NETSTAT_MEASURE_ATTRIBUTE),
	[NETROM_COL_MY_ID] =
		SOCKET_ROW_FIELD("my_id", NULL, NETSTAT_MEASURE_ATTRIBUTE),
	[NETROM_COL_YOUR_INDEX] =
		SOCKET_ROW_FIELD("your_index", NULL, NETSTAT_MEASURE_ATTRIBUTE),
	[NETROM_COL_YOUR_ID] =
		SOCKET_ROW_FIELD("your_id", NULL, NETSTAT_MEASURE_ATTRIBUTE),
	[NETROM_COL_VA] = SOCKET_ROW_FIELD("va", NULL, NETSTAT_MEASURE_GAUGE),
	/* Timers: time left and configured length, in seconds (the kernel
	 * writes idle in whole minutes). */
	[NETROM_COL_T1] = SOCKET_ROW_SECONDS("t1_seconds"),
	[NETROM_COL_T1_MAX] = SOCKET_ROW_SECONDS("t1_max_seconds"),
	[NETROM_COL_T2] = SOCKET_ROW_SECONDS("t2_seconds"),
	[NETROM_COL_T2_MAX] = SOCKET_ROW_SECONDS("t2_max_seconds"),
	[NETROM_COL_T4] = SOCKET_ROW_SECONDS("t4_seconds"),
	[NETROM_COL_T4_MAX] = SOCKET_ROW_SECONDS("t4_max_seconds"),
	[NETROM_COL_IDLE] = SOCKET_ROW_SECONDS("idle_seconds"),
	[NETROM_COL_IDLE_MAX] = SOCKET_ROW_SECONDS("idle_max_seconds"),
	[NETROM_COL_N2_COUNT] =
		SOCKET_ROW_FIELD("n2_count", "retries", NETSTAT_MEASURE_GAUGE),
	[NETROM_COL_N2] =
		SOCKET_ROW_FIELD("n2", "retries", NETSTAT_MEASURE_ATTRIBUTE),
	[NETROM_COL_WINDOW] =
		SOCKET_ROW_FIELD("window", "frames", NETSTAT_MEASURE_ATTRIBUTE),
	[NETROM_COL_INODE] =
		SOCKET_ROW_FIELD("inode", NULL, NETSTAT_MEASURE_ATTRIBUTE),
};

const struct netstat_section netrom_section = {
	.key = "netrom",
	.title = "Active NET/ROM sockets",
	.order = NETSTAT_ORDER_NETROM,
	.columns = columns,
	.n_columns = NETROM_COL_COUNT,
};
