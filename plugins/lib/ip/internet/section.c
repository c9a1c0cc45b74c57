/* The "Active Internet connections" section the inet and inet6 plugins
 * share (same key in both modules: one section). */
#include "plugins/lib/ip/internet/ip_internet.h"

void ip_internet_title(struct netstat_ctx *ctx,
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

#define CLASSIC(w, f, s, c)                                                    \
	{                                                                      \
		.width = w, .flags = f, .sep = s, .cell = c                    \
	}

const struct netstat_column ip_internet_columns[IP_COL_COUNT] = {
	IP_SOCKET_COLUMNS(IP_COL_PROTO, IP_COL_RECV_Q, IP_COL_SEND_Q,
			  IP_COL_LOCAL, IP_COL_FOREIGN, IP_COL_STATE),
	[IP_COL_USER] = {.key = "user",
			 .title = "User",
			 .type = NETSTAT_T_USER,
			 .flags = NETSTAT_COL_ALWAYS_STRUCTURED,
			 .when = NETSTAT_WHEN_EXTEND,
			 .classic = CLASSIC(10, 0, " ", ip_cell_user)},
	[IP_COL_INODE] = {.key = "inode",
			  .title = "Inode",
			  .type = NETSTAT_T_UINT,
			  .measure = NETSTAT_MEASURE_ATTRIBUTE,
			  .flags = NETSTAT_COL_ALWAYS_STRUCTURED,
			  .when = NETSTAT_WHEN_EXTEND,
			  .classic = CLASSIC(10, 0, " ", NULL)},
	[IP_COL_PROGRAM] = {.key = "program",
			    .title = "PID/Program name",
			    .type = NETSTAT_T_PROCESS,
			    .when = NETSTAT_WHEN_PROGRAMS,
			    .classic = CLASSIC(20, 0, " ", NULL)},
	[IP_COL_TIMER] = {.key = "timer",
			  .title = "Timer",
			  .type = NETSTAT_T_TIMER,
			  .flags = NETSTAT_COL_ALWAYS_STRUCTURED,
			  .when = NETSTAT_WHEN_TIMERS,
			  .classic = CLASSIC(0, 0, " ", ip_cell_timer)},
	[IP_COL_LOCAL_ADDRESSES] = {.key = "local_addresses",
				    .title = "Local Addresses",
				    .type = NETSTAT_T_STRING,
				    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_FOREIGN_ADDRESSES] = {.key = "foreign_addresses",
				      .title = "Foreign Addresses",
				      .type = NETSTAT_T_STRING,
				      .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_PROCESSES] = {.key = "processes",
			      .type = NETSTAT_T_PROCESSES,
			      .when = NETSTAT_WHEN_PROGRAMS,
			      .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_UID] = {.key = "uid",
			.type = NETSTAT_T_UINT,
			.flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_COOKIE] = {.key = "cookie",
			   .type = NETSTAT_T_UINT,
			   .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_IFINDEX] = {.key = "bound_ifindex",
			    .type = NETSTAT_T_UINT,
			    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_INTERFACE] = {.key = "bound_interface",
			      .type = NETSTAT_T_STRING,
			      .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_MARK] = {.key = "mark",
			 .type = NETSTAT_T_UINT,
			 .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_TOS] = {.key = "tos",
			.type = NETSTAT_T_UINT,
			.flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_TCLASS] = {.key = "tclass",
			   .type = NETSTAT_T_UINT,
			   .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_CGROUP_ID] = {.key = "cgroup_id",
			      .type = NETSTAT_T_UINT,
			      .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_CGROUP] = {.key = "cgroup",
			   .type = NETSTAT_T_STRING,
			   .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_REFCOUNT] = {.key = "refcount",
			     .type = NETSTAT_T_UINT,
			     .measure = NETSTAT_MEASURE_GAUGE,
			     .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_QUICK_ACKS] = {.key = "quick_acks",
			       .type = NETSTAT_T_UINT,
			       .unit = "segments",
			       .measure = NETSTAT_MEASURE_GAUGE,
			       .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[IP_COL_PINGPONG] = {.key = "pingpong",
			     .type = NETSTAT_T_UINT,
			     .measure = NETSTAT_MEASURE_ATTRIBUTE,
			     .flags = NETSTAT_COL_STRUCTURED_ONLY},
#define IP_X_MEMORY(NAME, k, u, m)                                             \
	[IP_COL_MEMORY + IP_MEM_##NAME] = {.key = k,                           \
					   .type = NETSTAT_T_UINT,             \
					   .when = NETSTAT_WHEN_MEMORY,        \
					   .flags = NETSTAT_COL_DETAIL,        \
					   .unit = u,                          \
					   .measure = NETSTAT_MEASURE_##m},
	IP_MEMORY_FIELDS(IP_X_MEMORY)
#undef IP_X_MEMORY
#define IP_INFO_AT IP_COL_CONG
		IP_INFO_COLUMNS
#undef IP_INFO_AT
};

const struct netstat_section ip_internet_section = IP_INTERNET_SECTION(NULL);
