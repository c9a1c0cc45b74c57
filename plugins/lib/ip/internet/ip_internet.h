/*
 * The "Active Internet connections" section inet and inet6 share (one
 * section: the same key in both modules), net-tools' renderings of its
 * cells, and the record of one socket as the kernel's tables describe it.
 * A convenience library (libip_internet.la) of inet and inet6.
 */
#ifndef IP_INTERNET_H
#define IP_INTERNET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

#include "plugins/lib/ip/internet/ip_internals.h"

/* How a protocol's rows are filtered and rendered. */
enum ip_kind {
	IP_KIND_TCP,
	IP_KIND_UDP, /* UDP and UDP-Lite */
	IP_KIND_RAW,
	IP_KIND_SCTP,
};

/* Column positions of the Internet section (its records follow them). */
enum ip_column {
	IP_COL_PROTO,
	IP_COL_RECV_Q,
	IP_COL_SEND_Q,
	IP_COL_LOCAL,
	IP_COL_FOREIGN,
	IP_COL_STATE,
	IP_COL_USER,
	IP_COL_INODE,
	IP_COL_PROGRAM,
	IP_COL_TIMER,
	/* Every address of a multi-homed (SCTP) socket, not only the
	 * first: numeric text, separated by single spaces. */
	IP_COL_LOCAL_ADDRESSES,
	IP_COL_FOREIGN_ADDRESSES,
	/* Structured only, with -p: every process holding the socket. */
	IP_COL_PROCESSES,
	/* Identity (structured formats only): what the netlink dump says
	 * of every socket; null from /proc but for the uid. */
	IP_COL_UID,
	IP_COL_COOKIE,
	IP_COL_IFINDEX,
	IP_COL_INTERFACE,
	IP_COL_MARK,
	IP_COL_TOS,
	IP_COL_TCLASS,
	IP_COL_CGROUP_ID,
	IP_COL_CGROUP,
	/* Structured only, from a /proc line (null over netlink): the
	 * socket's reference count; TCP's delayed-ack state. */
	IP_COL_REFCOUNT,
	IP_COL_QUICK_ACKS,
	IP_COL_PINGPONG,
	/* --memory: IP_MEM_COUNT columns from here. */
	IP_COL_MEMORY,
	/* --info: the IP_INFO_COUNT columns of ip_internals.h's block. */
	IP_COL_CONG = IP_COL_MEMORY + IP_MEM_COUNT,
	IP_COL_OPTION_NAMES = IP_COL_CONG + IP_INFO_OPTION_NAMES,
	IP_COL_TCP_INFO = IP_COL_CONG + IP_INFO_TCP_INFO,
	IP_COL_COUNT = IP_COL_CONG + IP_INFO_COUNT
};

/* Records carry values up to the last block the request shows: the rest
 * are null without being written (a -tan row stays small). */
#define IP_COL_BASE_COUNT IP_COL_UID

/* --- section.c --- */

extern const struct netstat_column ip_internet_columns[IP_COL_COUNT];
/* "Active Internet connections (...)": the words follow -a / -l. */
void ip_internet_title(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       struct netstat_text *out);

/*
 * The section, with a whole-row renderer or NULL (cell by cell). Rows
 * that need one (SCTP's, which span lines) carry a section defined with
 * it: the same key, columns and title, so still the same section.
 */
#define IP_INTERNET_SECTION(row_fn)                                            \
	{                                                                      \
		.key = "internet", .title = "Active Internet connections",     \
		.order = NETSTAT_ORDER_INTERNET,                               \
		.flags = NETSTAT_SECTION_EAGER,                                \
		.columns = ip_internet_columns, .n_columns = IP_COL_COUNT,     \
		.classic = {.title = ip_internet_title, .row = row_fn},        \
	}

extern const struct netstat_section ip_internet_section;

/*
 * The leading columns of a socket row, shared by the sections that list
 * Internet sockets (connections, and the --events section of destroyed
 * ones), so that both say proto, queues, addresses and state alike:
 * designated initializers at the given indexes of a column array.
 */
#define IP_SOCKET_COLUMNS(proto, recv_q, send_q, local, foreign, state)        \
	[proto] = {.key = "proto",                                             \
		   .title = "Proto",                                           \
		   .type = NETSTAT_T_STRING,                                   \
		   .classic = {.width = 5, .sep = ""}},                        \
	[recv_q] = IP_QUEUE_COLUMN("recv_q", "Recv-Q"),                        \
	[send_q] = IP_QUEUE_COLUMN("send_q", "Send-Q"),                        \
	[local] = IP_ADDRESS_COLUMN("local_address", "Local Address",          \
				    NETSTAT_ROLE_LOCAL),                       \
	[foreign] = IP_ADDRESS_COLUMN("foreign_address", "Foreign Address",    \
				      NETSTAT_ROLE_REMOTE),                    \
	[state] = {                                                            \
		.key = "state",                                                \
		.title = "State",                                              \
		.type = NETSTAT_T_STATE,                                       \
		.classic = {.width = 11, .sep = " ", .cell = ip_cell_state}}

/* Its two queues and its two addresses, alike but for key and title. */
#define IP_QUEUE_COLUMN(k, t)                                                  \
	{                                                                      \
		.key = k, .title = t, .type = NETSTAT_T_UINT, .unit = "bytes", \
		.measure = NETSTAT_MEASURE_GAUGE,                              \
		.classic = {.width = 6,                                        \
			    .flags = NETSTAT_CLASSIC_RIGHT,                    \
			    .sep = " ",                                        \
			    .cell = ip_cell_queue},                            \
	}
#define IP_ADDRESS_COLUMN(k, t, r)                                             \
	{                                                                      \
		.key = k, .title = t, .type = NETSTAT_T_ENDPOINT, .role = r,   \
		.classic = {.width = 23, .sep = " ", .cell = ip_cell_address}, \
	}

/* --- cells.c --- */

/* The kind of a record's protocol, read from its proto column. */
enum ip_kind ip_internet_kind(const struct netstat_record *rec);

/* net-tools' renderings of the columns (netstat_classic_cell_fn). */
void ip_cell_queue(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, size_t column,
		   struct netstat_text *out);
void ip_cell_address(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_record *rec, size_t column,
		     struct netstat_text *out);
void ip_cell_state(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, size_t column,
		   struct netstat_text *out);
void ip_cell_user(struct netstat_ctx *ctx, const struct netstat_request *req,
		  const struct netstat_record *rec, size_t column,
		  struct netstat_text *out);
void ip_cell_timer(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, size_t column,
		   struct netstat_text *out);

/* --- record.c: one socket of a kernel table to one record --- */

/* One row of tcp/udp/udplite/raw{,6}, as /proc prints it (inet_diag's
 * dump is made to say the same). */
struct ip_socket_row {
	int64_t slot;
	struct netstat_address local, remote;
	uint32_t local_port, remote_port;
	uint32_t state;
	uint64_t tx_queue, rx_queue;
	uint32_t timer_code;
	uint64_t timer_when; /* clock ticks */
	uint64_t retransmits;
	uint32_t uid;
	int64_t timeout; /* TCP: unanswered probes */
	uint64_t inode;
	/* A /proc line's fields after the inode, which net-tools reads
	 * not: how many of them were there (IP_TAIL_*), the reference
	 * count, then the protocol's own (the socket's address between
	 * them is not kept). TCP: rto and ato (clock ticks),
	 * (quick << 1) | pingpong, cwnd, then ssthresh (-1: still in slow
	 * start; a listener's is its fastopen queue length); UDP and raw:
	 * drops in tail[0]. */
	unsigned tail_fields;
	int64_t refcount;
	uint64_t tail[4];
	int64_t ssthresh;
	/* What netlink adds; NULL for a /proc line. */
	const struct ip_socket_ext *ext;
};

/* ip_socket_row.tail_fields: how far a /proc line went. */
enum ip_tail {
	IP_TAIL_REFCOUNT = 1,
	IP_TAIL_FIRST = 3, /* tail[0]: TCP's rto, UDP's and raw's drops */
	IP_TAIL_CWND = 6,
	IP_TAIL_SSTHRESH = 7,
};

/* A protocol as its rows show it. */
struct ip_protocol {
	const char *label;	/* proto column: "udpl6" */
	const char *port_table; /* service list: "udp" (also UDP-Lite's) */
	enum ip_kind kind;
};

/* What a listing shows beyond the classic row, decided once per listing
 * from host->column_needed(): names cost a lookup per row. */
struct ip_internet_wants {
	bool identity;	/* any identity column (cookie...cgroup) */
	bool tos;	/* tos or tclass */
	bool interface; /* bound_interface: if_indextoname() */
	bool cgroup;	/* cgroup: the cgroup v2 path */
};
struct ip_internet_wants ip_internet_wants(struct netstat_ctx *ctx);

/* Emits `r` as a record of protocol `p`; `hz` is the tick rate of TCP
 * timers (sysconf(_SC_CLK_TCK)). */
void ip_internet_emit(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct ip_protocol *p,
		      const struct ip_socket_row *r, long hz,
		      const struct ip_internet_wants *wants);

/* The processes column of socket `inode`: every holder, when -p was
 * given and the run prints or queries the column; else null. */
struct netstat_value ip_internet_processes(struct netstat_ctx *ctx,
					   const struct netstat_request *req,
					   uint64_t inode);

/* The program column's value: the process owning `inode`, looked up only
 * when -p or -Z shows it (the map is costly); null otherwise. */
struct netstat_value ip_internet_program(struct netstat_ctx *ctx,
					 const struct netstat_request *req,
					 uint64_t inode);

#endif
