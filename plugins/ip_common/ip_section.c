/* The "Active Internet connections" section the inet and inet6 plugins
 * share (same key in both modules: one section). */
#include "plugins/ip_common/ip_common.h"

static void internet_title(struct netstat_ctx *ctx,
			   const struct netstat_request *req,
			   struct netstat_text *out)
{
	const char *which = "(w/o servers)";
	if (netstat_request_has(req, NETSTAT_REQ_ALL))
		which = "(servers and established)";
	else if (netstat_request_has(req, NETSTAT_REQ_LISTENING))
		which = "(only servers)";
	netstat_text_printf(out, "Active Internet connections %s\n", which);
}

static const struct netstat_column internet_columns[IP_COL_COUNT] = {
	[IP_COL_PROTO] = {.key = "proto",
			  .title = "Proto",
			  .type = NETSTAT_T_STRING,
			  .width = 5,
			  .sep = ""},
	[IP_COL_RECV_Q] = {.key = "recv_q",
			   .title = "Recv-Q",
			   .type = NETSTAT_T_UINT,
			   .width = 6,
			   .flags = NETSTAT_COL_RIGHT,
			   .sep = " ",
			   .classic = ip_cell_queue},
	[IP_COL_SEND_Q] = {.key = "send_q",
			   .title = "Send-Q",
			   .type = NETSTAT_T_UINT,
			   .width = 6,
			   .flags = NETSTAT_COL_RIGHT,
			   .sep = " ",
			   .classic = ip_cell_queue},
	[IP_COL_LOCAL] = {.key = "local_address",
			  .title = "Local Address",
			  .type = NETSTAT_T_ENDPOINT,
			  .width = 23,
			  .sep = " ",
			  .classic = ip_cell_address},
	[IP_COL_FOREIGN] = {.key = "foreign_address",
			    .title = "Foreign Address",
			    .type = NETSTAT_T_ENDPOINT,
			    .width = 23,
			    .sep = " ",
			    .classic = ip_cell_address},
	[IP_COL_STATE] = {.key = "state",
			  .title = "State",
			  .type = NETSTAT_T_STATE,
			  .width = 11,
			  .sep = " ",
			  .classic = ip_cell_state},
	[IP_COL_USER] = {.key = "user",
			 .title = "User",
			 .type = NETSTAT_T_USER,
			 .when = NETSTAT_WHEN_EXTEND,
			 .width = 10,
			 .sep = " ",
			 .classic = ip_cell_user},
	[IP_COL_INODE] = {.key = "inode",
			  .title = "Inode",
			  .type = NETSTAT_T_UINT,
			  .when = NETSTAT_WHEN_EXTEND,
			  .width = 10,
			  .sep = " "},
	[IP_COL_PROGRAM] = {.key = "program",
			    .title = "PID/Program name",
			    .type = NETSTAT_T_PROCESS,
			    .when = NETSTAT_WHEN_PROGRAMS,
			    .width = 20,
			    .sep = " "},
	[IP_COL_TIMER] = {.key = "timer",
			  .title = "Timer",
			  .type = NETSTAT_T_TIMER,
			  .when = NETSTAT_WHEN_TIMERS,
			  .sep = " ",
			  .classic = ip_cell_timer},
};

const struct netstat_section ip_internet_section = {
	.key = "internet",
	.title = "Active Internet connections",
	.order = NETSTAT_ORDER_INTERNET,
	.flags = NETSTAT_SECTION_EAGER,
	.columns = internet_columns,
	.n_columns = IP_COL_COUNT,
	.classic_title = internet_title,
};
