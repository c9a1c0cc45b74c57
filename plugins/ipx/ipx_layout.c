/*
 * The IPX section as net-tools 2.10 prints it (reference §3.14):
 *
 *   Active IPX sockets
 *   Proto Recv-Q Send-Q Local Address              Foreign Address      ...
 *   IPX       16     32 0000ABCD:00112233AABB:0140 0000BEEF:44556677...
 *
 * ("...            State", and " User" with -e; the row ends in "ESTAB".)
 *
 * Two of its quirks are kept in the classic text only (records hold the
 * true values): the transmit queue shows under Recv-Q and the receive
 * queue under Send-Q, and ports show byte-swapped.
 */
#include <inttypes.h>

#include "plugins/ipx/ipx_layout.h"

/* IPX sockets use the TCP state numbers; these two are the ones seen. */
const char *ipx_state_name(uint64_t state)
{
	if (state == 1)
		return "ESTABLISHED";
	if (state == 7)
		return "CLOSE";
	return NULL;
}

/* Recv-Q shows the transmit queue and Send-Q the receive queue. */
static void cell_swapped_queue(struct netstat_ctx *ctx,
			       const struct netstat_request *req,
			       const struct netstat_record *rec, size_t column,
			       struct netstat_text *out)
{
	size_t other =
		column == IPX_COL_RECV_Q ? IPX_COL_SEND_Q : IPX_COL_RECV_Q;
	netstat_text_printf(
		out, "%" PRIu64,
		netstat_value_uint(rec->values, rec->n_values, other, 0));
}

static uint64_t hex_prefix(const char **p)
{
	uint64_t v = 0;
	int d;
	for (; (d = netstat_hex_digit(**p)) >= 0; (*p)++)
		v = (v << 4) | (uint64_t)d;
	return v;
}

/*
 * net-tools' lenient address reading: the network, then after a colon the
 * node; a network of 0 or FFFFFFFF ends the reading with both zero. Each
 * part is left out when zero.
 */
static void put_address(const char *text, struct netstat_text *out)
{
	const char *p = text;
	uint64_t net = hex_prefix(&p) & 0xffffffffu, node = 0;
	if (net == 0 || net == 0xffffffffu) {
		net = 0;
	} else if (*p == ':') {
		p++;
		node = hex_prefix(&p) & 0xffffffffffffu;
	}
	if (net && node)
		netstat_text_printf(out, "%08" PRIX64 ":%012" PRIX64, net,
				    node);
	else if (net)
		netstat_text_printf(out, "%08" PRIX64, net);
	else if (node)
		netstat_text_printf(out, "%012" PRIX64, node);
}

/* "address:port", the port byte-swapped as net-tools 2.10 does. */
static void cell_endpoint(struct netstat_ctx *ctx,
			  const struct netstat_request *req,
			  const struct netstat_record *rec, size_t column,
			  struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	if (v->type != NETSTAT_T_ENDPOINT) {
		netstat_text_puts(out, "-");
		return;
	}
	put_address(v->v.ep.addr.text ? v->v.ep.addr.text : "", out);
	uint32_t port = v->v.ep.port & 0xffffu;
	netstat_text_printf(out, ":%04" PRIX32,
			    ((port & 0xffu) << 8) | (port >> 8));
}

static void cell_state(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	int64_t code = v->type == NETSTAT_T_STATE ? v->v.state.code : -1;
	if (code == 1)
		netstat_text_puts(out, "ESTAB");
	else if (code != 7)
		netstat_text_puts(out, "UNK.");
}

static const struct netstat_column columns[IPX_COL_COUNT] = {
	[IPX_COL_PROTO] = {.key = "proto",
			   .title = "Proto",
			   .type = NETSTAT_T_STRING,
			   .classic = {.width = 5, .sep = ""}},
	[IPX_COL_RECV_Q] = {.key = "recv_queue",
			    .title = "Recv-Q",
			    .type = NETSTAT_T_UINT,
			    .unit = "bytes",
			    .measure = NETSTAT_MEASURE_GAUGE,
			    .classic = {.width = 6,
					.flags = NETSTAT_CLASSIC_RIGHT,
					.sep = " ",
					.cell = cell_swapped_queue}},
	[IPX_COL_SEND_Q] = {.key = "send_queue",
			    .title = "Send-Q",
			    .type = NETSTAT_T_UINT,
			    .unit = "bytes",
			    .measure = NETSTAT_MEASURE_GAUGE,
			    .classic = {.width = 6,
					.flags = NETSTAT_CLASSIC_RIGHT,
					.sep = " ",
					.cell = cell_swapped_queue}},
	[IPX_COL_LOCAL] = {.key = "local_address",
			   .title = "Local Address",
			   .type = NETSTAT_T_ENDPOINT,
			   .role = NETSTAT_ROLE_LOCAL,
			   .classic = {.width = 26,
				       .sep = " ",
				       .cell = cell_endpoint}},
	[IPX_COL_REMOTE] = {.key = "foreign_address",
			    .title = "Foreign Address",
			    .type = NETSTAT_T_ENDPOINT,
			    .role = NETSTAT_ROLE_REMOTE,
			    .classic = {.width = 26,
					.sep = " ",
					.cell = cell_endpoint}},
	[IPX_COL_STATE] = {.key = "state",
			   .title = "State",
			   .type = NETSTAT_T_STATE,
			   .classic = {.width = 5,
				       .sep = " ",
				       .cell = cell_state}},
	[IPX_COL_USER] = {.key = "user",
			  .title = "User",
			  .type = NETSTAT_T_USER,
			  .flags = NETSTAT_COL_ALWAYS_STRUCTURED,
			  .when = NETSTAT_WHEN_EXTEND,
			  /* net-tools' title line ends at "User". */
			  .classic = {.width = 10,
				      .flags = NETSTAT_CLASSIC_NO_TITLE_PAD,
				      .sep = " "}},
};

const struct netstat_section ipx_section = {
	.key = "ipx",
	.title = "Active IPX sockets",
	.order = NETSTAT_ORDER_IPX,
	.columns = columns,
	.n_columns = IPX_COL_COUNT,
};
