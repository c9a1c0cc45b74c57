/*
 * The unix family: UNIX domain sockets from /proc/net/unix (reference
 * §3.12), one typed record per socket.
 */
#include <netstat/netstat.h>

#include "plugins/unix/unix_layout.h"
#include "plugins/unix/unix_line.h"

/* With GNU extensions `unix` is a predefined macro; the module is named so. */
#ifdef unix
#undef unix
#endif

#define UNIX_PATH "net/unix"

/* -a shows everything; -l only listening sockets; default the others. */
static bool shown(const struct netstat_request *req, bool listening)
{
	if (netstat_request_has(req, NETSTAT_REQ_ALL))
		return true;
	return listening == netstat_request_has(req, NETSTAT_REQ_LISTENING);
}

static void emit_line(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct unix_line *u)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_value v[UNIX_COL_COUNT];
	char flag_names[16];

	v[UNIX_COL_PROTO] = netstat_v_str(u->protocol == 0 ? "unix" : "??");
	v[UNIX_COL_REFCNT] = netstat_v_uint(u->refcount);
	v[UNIX_COL_FLAGS] = netstat_v_uint(u->flags);
	v[UNIX_COL_FLAG_NAMES] = netstat_v_str(
		unix_flag_names(u->flags, flag_names, sizeof flag_names));
	v[UNIX_COL_TYPE] =
		netstat_v_state((int64_t)u->type, unix_type_name(u->type));
	v[UNIX_COL_STATE] = netstat_v_state(
		(int64_t)u->state, unix_state_name(u->state, u->flags));
	v[UNIX_COL_INODE] =
		u->has_inode ? netstat_v_uint(u->inode) : netstat_v_null();
	v[UNIX_COL_PROGRAM] = netstat_v_null();
	v[UNIX_COL_CONTEXT] = netstat_v_null();
	v[UNIX_COL_PATH] = netstat_v_str(u->path);

	/* The -p map is costly: ask for it only when the column shows. */
	if (u->has_inode &&
	    netstat_column_shown(&unix_section.columns[UNIX_COL_PROGRAM], req))
		v[UNIX_COL_PROGRAM] = netstat_v_process(
			host->process_of_inode(ctx, u->inode));

	struct netstat_record rec = {
		.section = &unix_section,
		.values = v,
		.n_values = UNIX_COL_COUNT,
	};
	host->emit(ctx, &rec);
}

/* The section is NETSTAT_SECTION_EAGER: net-tools prints its header before
 * it tries the file, so the host has begun it already. */
static int unix_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	int rc = host->table_open(ctx, req, UNIX_PATH, "AF UNIX",
				  NETSTAT_TABLE_ACCESS_IS_MISSING |
					  NETSTAT_TABLE_QUIET_IF_IMPLIED,
				  &lines);
	if (!lines)
		return rc;

	const char *line = host->lines_next(lines, NULL);
	bool with_inode = line && unix_header_has_inode(line);
	while ((line = host->lines_next(lines, NULL))) {
		struct unix_line u;
		if (unix_line_parse(line, with_inode, &u) < UNIX_MIN_FIELDS) {
			host->message(ctx, NETSTAT_STDERR,
				      "warning, got bogus unix line.\n");
			continue;
		}
		if (shown(req, unix_line_listening(u.state, u.flags)))
			emit_line(ctx, req, &u);
	}
	host->lines_close(lines);
	return 0;
}

static const struct netstat_source sources[] = {
	{
		.name = "unix",
		.selector = "unix",
		.family = "unix",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &unix_section,
		.order = 0,
		.flags = NETSTAT_SOURCE_DEFAULT,
		.list = unix_list,
	},
};

/* No init or fini: the family keeps no state between calls. */
static const struct netstat_family unix_family = {
	.size = sizeof(struct netstat_family),
	.sources = sources,
	.n_sources = sizeof sources / sizeof sources[0],
};

NETSTAT_MODULE(unix) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "unix",
	.description = "UNIX domain sockets (/proc/net/unix)",
	.family = &unix_family,
};
