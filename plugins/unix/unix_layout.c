/*
 * The UNIX section as net-tools prints it (reference §3.12):
 *
 *   Proto RefCnt Flags       Type       State         I-Node   Path
 *   unix  2      [ ACC ]     STREAM     LISTENING     822008   @abstract
 *
 * Records stay typed (numbers, enums with names); the cells below give the
 * net-tools text where it is not the plain rendering of the value.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "plugins/unix/unix_layout.h"
#include "plugins/unix/unix_line.h"

const char *unix_type_name(uint64_t type)
{
	static const char *const names[] = {
		NULL, "STREAM", "DGRAM", "RAW", "RDM", "SEQPACKET",
	};
	return type < sizeof names / sizeof names[0] ? names[type] : NULL;
}

/*
 * Kernel socket_state names, except that an unconnected socket accepting
 * connections is what everybody calls LISTENING.
 */
const char *unix_state_name(uint64_t state, uint64_t flags)
{
	static const char *const names[] = {
		"FREE",	     "UNCONNECTED",   "CONNECTING",
		"CONNECTED", "DISCONNECTING",
	};
	if (unix_line_listening(state, flags))
		return "LISTENING";
	return state < sizeof names / sizeof names[0] ? names[state] : NULL;
}

struct netstat_value unix_flag_names(uint64_t flags, const char **out,
				     size_t cap)
{
	/* The kernel's names (__SO_ACCEPTCON, SOCK_ASYNC_WAITDATA,
	 * SOCK_ASYNC_NOSPACE) of the bits classic shows as ACC, W, N. */
	static const struct netstat_flag_name names[] = {
		{UNIX_FLAG_ACC, "ACCEPTCON"},
		{UNIX_FLAG_W, "WAITDATA"},
		{UNIX_FLAG_N, "NOSPACE"},
	};
	return netstat_v_flag_names(flags, names, sizeof names / sizeof *names,
				    out, cap);
}

static const struct netstat_value *value_at(const struct netstat_record *rec,
					    size_t column)
{
	return column < rec->n_values ? &rec->values[column] : NULL;
}

static uint64_t uint_at(const struct netstat_record *rec, size_t column)
{
	const struct netstat_value *v = value_at(rec, column);
	return v && v->type == NETSTAT_T_UINT ? v->v.u : 0;
}

/* "[ ACC W N ]": each flag followed by a space, inside "[ " and "]". */
static void cell_flags(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	uint64_t flags = uint_at(rec, column);
	netstat_text_puts(out, "[ ");
	if (flags & UNIX_FLAG_ACC)
		netstat_text_puts(out, "ACC ");
	if (flags & UNIX_FLAG_W)
		netstat_text_puts(out, "W ");
	if (flags & UNIX_FLAG_N)
		netstat_text_puts(out, "N ");
	netstat_text_puts(out, "]");
}

static void cell_type(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_record *rec, size_t column,
		      struct netstat_text *out)
{
	const struct netstat_value *v = value_at(rec, column);
	const char *name =
		v && v->type == NETSTAT_T_STATE ? v->v.state.name : NULL;
	netstat_text_puts(out, name ? name : "UNKNOWN");
}

/* net-tools leaves an unconnected, non-listening socket's state blank. */
static void cell_state(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	const struct netstat_value *v = value_at(rec, column);
	if (!v || v->type != NETSTAT_T_STATE) {
		netstat_text_puts(out, "UNKNOWN");
		return;
	}
	uint64_t flags = uint_at(rec, UNIX_COL_FLAGS);
	if (v->v.state.code == UNIX_STATE_UNCONNECTED &&
	    !unix_line_listening((uint64_t)v->v.state.code, flags))
		return;
	netstat_text_puts(out, v->v.state.name ? v->v.state.name : "UNKNOWN");
}

/* Files without an Inode column show "-". */
static void cell_inode(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	const struct netstat_value *v = value_at(rec, column);
	if (v && v->type == NETSTAT_T_UINT)
		netstat_text_printf(out, "%" PRIu64, v->v.u);
	else
		netstat_text_puts(out, "-");
}

static void cell_context(struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 const struct netstat_record *rec, size_t column,
			 struct netstat_text *out)
{
	const struct netstat_value *v = value_at(rec, column);
	netstat_text_puts(out, v && v->type == NETSTAT_T_STRING ? v->v.s : "-");
}

/*
 * The path as net-tools prints it: its first white-space-delimited word (a
 * path with a space is cut there). Unlike net-tools 2.10, control bytes
 * (below 0x20, and 0x7f) are written as a backslash and three octal
 * digits, so a socket path cannot drive the terminal; every other byte,
 * UTF-8 included, is written as is. Backslashes themselves are not
 * doubled, to keep ordinary paths byte-identical with net-tools.
 */
static void cell_path(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_record *rec, size_t column,
		      struct netstat_text *out)
{
	const struct netstat_value *v = value_at(rec, column);
	if (!v || v->type != NETSTAT_T_STRING || !v->v.s)
		return;
	const char *p = v->v.s;
	while (netstat_is_space(*p))
		p++;
	const char *end = p;
	while (*end && !netstat_is_space(*end))
		end++;
	netstat_text_put_untrusted(out, p, (size_t)(end - p));
}

static void title(struct netstat_ctx *ctx, const struct netstat_request *req,
		  struct netstat_text *out)
{
	const char *which = "(w/o servers)";
	if (netstat_request_has(req, NETSTAT_REQ_ALL))
		which = "(servers and established)";
	else if (netstat_request_has(req, NETSTAT_REQ_LISTENING))
		which = "(only servers)";
	netstat_text_printf(out, "Active UNIX domain sockets %s\n", which);
}

static const struct netstat_column columns[UNIX_COL_COUNT] = {
	[UNIX_COL_PROTO] = {.key = "proto",
			    .title = "Proto",
			    .type = NETSTAT_T_STRING,
			    .classic = {.width = 5, .sep = ""}},
	[UNIX_COL_REFCNT] = {.key = "refcount",
			     .title = "RefCnt",
			     .type = NETSTAT_T_UINT,
			     .measure = NETSTAT_MEASURE_GAUGE,
			     .classic = {.width = 6, .sep = " "}},
	/* The raw flag word; classic shows it as "[ ACC W N ]". */
	[UNIX_COL_FLAGS] = {.key = "flags",
			    .title = "Flags",
			    .type = NETSTAT_T_UINT,
			    .measure = NETSTAT_MEASURE_ATTRIBUTE,
			    .classic = {.width = 11,
					.sep = " ",
					.cell = cell_flags}},
	/* The flags net-tools knows, as a list of names (schema 1.4; empty
	 * when none is set): classic folds them into the Flags cell. */
	[UNIX_COL_FLAG_NAMES] = {.key = "flag_names",
				 .type = NETSTAT_T_STRING_LIST,
				 .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[UNIX_COL_TYPE] = {.key = "type",
			   .title = "Type",
			   .type = NETSTAT_T_STATE,
			   .classic = {.width = 10,
				       .sep = " ",
				       .cell = cell_type}},
	[UNIX_COL_STATE] = {.key = "state",
			    .title = "State",
			    .type = NETSTAT_T_STATE,
			    .classic = {.width = 13,
					.sep = " ",
					.cell = cell_state}},
	[UNIX_COL_INODE] = {.key = "inode",
			    .title = "I-Node",
			    .type = NETSTAT_T_UINT,
			    .measure = NETSTAT_MEASURE_ATTRIBUTE,
			    .classic = {.width = 8,
					.sep = " ",
					.cell = cell_inode}},
	[UNIX_COL_PROGRAM] = {.key = "program",
			      .title = "PID/Program name",
			      .type = NETSTAT_T_PROCESS,
			      .when = NETSTAT_WHEN_PROGRAMS,
			      .classic = {.width = 20, .sep = " "}},
	[UNIX_COL_CONTEXT] = {.key = "security_context",
			      .title = "Security Context",
			      .type = NETSTAT_T_STRING,
			      .when = NETSTAT_WHEN_CONTEXT,
			      .classic = {.width = 50,
					  .sep = " ",
					  .cell = cell_context}},
	[UNIX_COL_PATH] = {.key = "path",
			   .title = "Path",
			   .type = NETSTAT_T_STRING,
			   .classic = {.sep = " ", .cell = cell_path}},
	/* From unix_diag, where the kernel has it and the proc root is the
	 * running kernel's; null otherwise. */
	[UNIX_COL_PEER_INODE] = {.key = "peer_inode",
				 .type = NETSTAT_T_UINT,
				 .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[UNIX_COL_PENDING_CONNECTIONS] = {.key = "pending_connections",
					  .type = NETSTAT_T_UINT,
					  .flags = NETSTAT_COL_STRUCTURED_ONLY,
					  .unit = "connections",
					  .measure = NETSTAT_MEASURE_GAUGE},
	[UNIX_COL_PENDING_INODES] = {.key = "pending_inodes",
				     .type = NETSTAT_T_UINT_LIST,
				     .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[UNIX_COL_BACKLOG_LIMIT] = {.key = "backlog_limit",
				    .type = NETSTAT_T_UINT,
				    .flags = NETSTAT_COL_STRUCTURED_ONLY,
				    .unit = "connections"},
	[UNIX_COL_RECV_QUEUE] = {.key = "recv_queue",
				 .type = NETSTAT_T_UINT,
				 .flags = NETSTAT_COL_STRUCTURED_ONLY,
				 .unit = "bytes",
				 .measure = NETSTAT_MEASURE_GAUGE},
	[UNIX_COL_SEND_QUEUE] = {.key = "send_queue",
				 .type = NETSTAT_T_UINT,
				 .flags = NETSTAT_COL_STRUCTURED_ONLY,
				 .unit = "bytes",
				 .measure = NETSTAT_MEASURE_GAUGE},
	[UNIX_COL_VFS_DEVICE] = {.key = "vfs_device",
				 .type = NETSTAT_T_UINT,
				 .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[UNIX_COL_VFS_INODE] = {.key = "vfs_inode",
				.type = NETSTAT_T_UINT,
				.flags = NETSTAT_COL_STRUCTURED_ONLY},
	[UNIX_COL_UID] = {.key = "uid",
			  .type = NETSTAT_T_USER,
			  .flags = NETSTAT_COL_STRUCTURED_ONLY},
#define MEM_COLUMN(col, name, unit_, measure_)                                 \
	[col] = {.key = name,                                                  \
		 .type = NETSTAT_T_UINT,                                       \
		 .when = NETSTAT_WHEN_MEMORY,                                  \
		 .flags = NETSTAT_COL_DETAIL,                                  \
		 .unit = unit_,                                                \
		 .measure = measure_}
	MEM_COLUMN(UNIX_COL_RMEM_ALLOC, "rmem_alloc", "bytes",
		   NETSTAT_MEASURE_GAUGE),
	MEM_COLUMN(UNIX_COL_RCVBUF, "rcvbuf", "bytes", NETSTAT_MEASURE_GAUGE),
	MEM_COLUMN(UNIX_COL_WMEM_ALLOC, "wmem_alloc", "bytes",
		   NETSTAT_MEASURE_GAUGE),
	MEM_COLUMN(UNIX_COL_SNDBUF, "sndbuf", "bytes", NETSTAT_MEASURE_GAUGE),
	MEM_COLUMN(UNIX_COL_FWD_ALLOC, "fwd_alloc", "bytes",
		   NETSTAT_MEASURE_GAUGE),
	MEM_COLUMN(UNIX_COL_WMEM_QUEUED, "wmem_queued", "bytes",
		   NETSTAT_MEASURE_GAUGE),
	MEM_COLUMN(UNIX_COL_OPTMEM, "optmem", "bytes", NETSTAT_MEASURE_GAUGE),
	MEM_COLUMN(UNIX_COL_BACKLOG, "backlog", "bytes", NETSTAT_MEASURE_GAUGE),
	MEM_COLUMN(UNIX_COL_DROPS, "drops", "packets", NETSTAT_MEASURE_COUNTER),
#undef MEM_COLUMN
	[UNIX_COL_PROCESSES] = {.key = "processes",
				.type = NETSTAT_T_PROCESSES,
				.when = NETSTAT_WHEN_PROGRAMS,
				.flags = NETSTAT_COL_STRUCTURED_ONLY},
};

/* The column-title line is the columns' own titles laid out. */
const struct netstat_section unix_section = {
	.key = "unix",
	.title = "Active UNIX domain sockets",
	.order = NETSTAT_ORDER_UNIX,
	.flags = NETSTAT_SECTION_EAGER,
	.columns = columns,
	.n_columns = UNIX_COL_COUNT,
	.classic = {.title = title},
};
