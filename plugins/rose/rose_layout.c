/*
 * The ROSE section as net-tools prints it (reference §3.18):
 *
 *   Active ROSE sockets
 *   dest_addr   dest_call  src_addr    src_call  dev   lci neigh   state
 *   3100000002  K1ABC-2    2624000001  G4KLX-1   rose0   1     1   ESTABLISHED
 *
 * net-tools 2.10 overflows its 10-byte address buffers with real (always
 * 10-digit) addresses and prints dest_addr empty; this prints the address.
 */
#include <inttypes.h>

#include "plugins/lib/socket_rows/socket_rows.h"
#include "plugins/rose/rose_layout.h"

const char *rose_state_name(uint64_t state)
{
	static const char *const names[] = {
		"LISTENING",
		"CONN SENT",
		"DISC SENT",
		"ESTABLISHED",
	};
	return state < sizeof names / sizeof names[0] ? names[state] : NULL;
}

/* Hexadecimal as the kernel writes it; see the X.25 module's LCI cell. */
static void cell_lci(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_record *rec, size_t column,
		     struct netstat_text *out)
{
	netstat_text_printf(
		out, "%" PRIX64,
		netstat_value_uint(rec->values, rec->n_values, column, 0));
}

static const struct netstat_column columns[ROSE_COL_COUNT] = {
	[ROSE_COL_DEST_ADDR] = {.key = "destination_address",
				.title = "dest_addr",
				.type = NETSTAT_T_ADDRESS,
				.role = NETSTAT_ROLE_REMOTE,
				.classic = {.width = 10, .sep = ""}},
	[ROSE_COL_DEST_CALL] = {.key = "destination_callsign",
				.title = "dest_call",
				.type = NETSTAT_T_ADDRESS,
				.classic = {.width = 9, .sep = "  "}},
	[ROSE_COL_SRC_ADDR] = {.key = "source_address",
			       .title = "src_addr",
			       .type = NETSTAT_T_ADDRESS,
			       .role = NETSTAT_ROLE_LOCAL,
			       .classic = {.width = 10, .sep = "  "}},
	[ROSE_COL_SRC_CALL] = {.key = "source_callsign",
			       .title = "src_call",
			       .type = NETSTAT_T_ADDRESS,
			       .classic = {.width = 9, .sep = "  "}},
	[ROSE_COL_DEVICE] = {.key = "device",
			     .title = "dev",
			     .type = NETSTAT_T_STRING,
			     .classic = {.width = 5, .sep = " "}},
	[ROSE_COL_LCI] = {.key = "lci",
			  .title = "lci",
			  .type = NETSTAT_T_UINT,
			  .measure = NETSTAT_MEASURE_ATTRIBUTE,
			  .classic = {.width = 3,
				      .flags = NETSTAT_CLASSIC_RIGHT,
				      .sep = " ",
				      .cell = cell_lci}},
	[ROSE_COL_NEIGHBOUR] = {.key = "neighbour",
				.title = "neigh",
				.type = NETSTAT_T_UINT,
				.measure = NETSTAT_MEASURE_ATTRIBUTE,
				.classic = {.width = 5,
					    .flags = NETSTAT_CLASSIC_RIGHT,
					    .sep = " "}},
	[ROSE_COL_STATE] = {.key = "state",
			    .title = "state",
			    .type = NETSTAT_T_STATE,
			    .classic = {.sep = "   "}},
	[ROSE_COL_VS] = SOCKET_ROW_FIELD("vs", NULL, NETSTAT_MEASURE_GAUGE),
	[ROSE_COL_VR] = SOCKET_ROW_FIELD("vr", NULL, NETSTAT_MEASURE_GAUGE),
	[ROSE_COL_VA] = SOCKET_ROW_FIELD("va", NULL, NETSTAT_MEASURE_GAUGE),
	/* The running timer's time left, then the configured ones. */
	[ROSE_COL_TIMER] = SOCKET_ROW_SECONDS("timer_seconds"),
	[ROSE_COL_T1] = SOCKET_ROW_SECONDS("t1_seconds"),
	[ROSE_COL_T2] = SOCKET_ROW_SECONDS("t2_seconds"),
	[ROSE_COL_T3] = SOCKET_ROW_SECONDS("t3_seconds"),
	[ROSE_COL_HB] = SOCKET_ROW_SECONDS("hb_seconds"),
	[ROSE_COL_IDLE] = SOCKET_ROW_SECONDS("idle_seconds"),
	[ROSE_COL_IDLE_MAX] = SOCKET_ROW_SECONDS("idle_max_seconds"),
	[ROSE_COL_SEND_Q] =
		SOCKET_ROW_FIELD("send_queue", "bytes", NETSTAT_MEASURE_GAUGE),
	[ROSE_COL_RECV_Q] =
		SOCKET_ROW_FIELD("recv_queue", "bytes", NETSTAT_MEASURE_GAUGE),
	[ROSE_COL_INODE] =
		SOCKET_ROW_FIELD("inode", NULL, NETSTAT_MEASURE_ATTRIBUTE),
};

const struct netstat_section rose_section = {
	.key = "rose",
	.title = "Active ROSE sockets",
	.order = NETSTAT_ORDER_ROSE,
	.columns = columns,
	.n_columns = ROSE_COL_COUNT,
};
