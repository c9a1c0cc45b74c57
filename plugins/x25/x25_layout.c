/*
 * The X.25 section as net-tools prints it (reference §3.16). Its column
 * titles do not line up with the rows, so the section keeps them as a
 * fixed line:
 *
 *   Active X.25 sockets
 *   Dest         Source          Device  LCI  State        Vr/Vs  Send-Q ...
 *   1234567890      098765432       x25a    12   ESTABLISHED  02/01  5      ...
 */
#include <inttypes.h>
#include <string.h>

#include "plugins/lib/socket_rows/socket_rows.h"
#include "plugins/x25/x25_layout.h"

const char *x25_state_name(uint64_t state)
{
	static const char *const names[] = {
		"LISTENING",   "SABM_SENT", "DISC_SENT",
		"ESTABLISHED", "RECOVERY",
	};
	return state < sizeof names / sizeof names[0] ? names[state] : NULL;
}

/* net-tools keeps only 9 characters of the kernel's 10-wide source. */
static void cell_source(struct netstat_ctx *ctx,
			const struct netstat_request *req,
			const struct netstat_record *rec, size_t column,
			struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	if (v->type != NETSTAT_T_ADDRESS || !v->v.addr.text)
		return;
	size_t n = strlen(v->v.addr.text);
	netstat_text_append(out, v->v.addr.text, n < 9 ? n : 9);
}

/*
 * The kernel writes the LCI in hexadecimal; net-tools 2.10 reads it as
 * decimal (garbage from an A-F digit on). Writing the true value in
 * hexadecimal, without the kernel's leading zeros, gives the same text
 * as net-tools whenever net-tools was right, and the right one otherwise.
 */
static void cell_lci(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_record *rec, size_t column,
		     struct netstat_text *out)
{
	netstat_text_printf(
		out, "%" PRIX64,
		netstat_value_uint(rec->values, rec->n_values, column, 0));
}

static void cell_vr_vs(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	socket_row_put_vr_vs(rec, X25_COL_VR, X25_COL_VS, 2, out);
}

static const struct netstat_column columns[X25_COL_COUNT] = {
	[X25_COL_DEST] = {.key = "destination",
			  .title = "Dest",
			  .type = NETSTAT_T_ADDRESS,
			  .role = NETSTAT_ROLE_REMOTE,
			  .classic = {.width = 15, .sep = ""}},
	[X25_COL_SOURCE] = {.key = "source",
			    .title = "Source",
			    .type = NETSTAT_T_ADDRESS,
			    .role = NETSTAT_ROLE_LOCAL,
			    .classic = {.width = 15,
					.sep = " ",
					.cell = cell_source}},
	[X25_COL_DEVICE] = {.key = "device",
			    .title = "Device",
			    .type = NETSTAT_T_STRING,
			    .classic = {.width = 7, .sep = " "}},
	[X25_COL_LCI] = {.key = "lci",
			 .title = "LCI",
			 .type = NETSTAT_T_UINT,
			 .measure = NETSTAT_MEASURE_ATTRIBUTE,
			 .classic = {.width = 3, .sep = " ", .cell = cell_lci}},
	[X25_COL_STATE] = {.key = "state",
			   .title = "State",
			   .type = NETSTAT_T_STATE,
			   .classic = {.width = 11, .sep = "  "}},
	[X25_COL_VR] = {.key = "vr",
			.title = "Vr/Vs",
			.type = NETSTAT_T_UINT,
			.measure = NETSTAT_MEASURE_GAUGE,
			.classic = {.width = 5,
				    .sep = "  ",
				    .cell = cell_vr_vs}},
	[X25_COL_VS] = {.key = "vs",
			.type = NETSTAT_T_UINT,
			.measure = NETSTAT_MEASURE_GAUGE,
			.flags = NETSTAT_COL_STRUCTURED_ONLY},
	[X25_COL_SEND_Q] = {.key = "send_queue",
			    .title = "Send-Q",
			    .type = NETSTAT_T_UINT,
			    .unit = "bytes",
			    .measure = NETSTAT_MEASURE_GAUGE,
			    .classic = {.width = 6, .sep = "  "}},
	[X25_COL_RECV_Q] = {.key = "recv_queue",
			    .title = "Recv-Q",
			    .type = NETSTAT_T_UINT,
			    .unit = "bytes",
			    .measure = NETSTAT_MEASURE_GAUGE,
			    .classic = {.width = 6, .sep = "  "}},
	[X25_COL_VA] = SOCKET_ROW_FIELD("va", NULL, NETSTAT_MEASURE_GAUGE),
	/* The running timer's time left, then the configured ones. */
	[X25_COL_TIMER] = SOCKET_ROW_SECONDS("timer_seconds"),
	[X25_COL_T2] = SOCKET_ROW_SECONDS("t2_seconds"),
	[X25_COL_T21] = SOCKET_ROW_SECONDS("t21_seconds"),
	[X25_COL_T22] = SOCKET_ROW_SECONDS("t22_seconds"),
	[X25_COL_T23] = SOCKET_ROW_SECONDS("t23_seconds"),
	[X25_COL_INODE] =
		SOCKET_ROW_FIELD("inode", NULL, NETSTAT_MEASURE_ATTRIBUTE),
};

const struct netstat_section x25_section = {
	.key = "x25",
	.title = "Active X.25 sockets",
	.order = NETSTAT_ORDER_X25,
	.columns = columns,
	.n_columns = X25_COL_COUNT,
	/* net-tools' titles do not line up with its rows. */
	.classic = {.column_line = "Dest         Source          Device  LCI  "
				   "State        Vr/Vs  Send-Q  Recv-Q"},
};
