/*
 * The unix family: UNIX domain sockets from /proc/net/unix (reference
 * §3.12), one typed record per socket.
 */
#include <errno.h>

#include <netstat/netstat.h>

#include "plugins/unix/unix_layout.h"
#include "plugins/unix/unix_line.h"

/* With GNU extensions `unix` is a predefined macro; the module is named so. */
#ifdef unix
#undef unix
#endif

#define UNIX_PATH "net/unix"

static const struct netstat_host_api *host;

static int unix_init(const struct netstat_host_api *h)
{
	if (h->abi_major != NETSTAT_ABI_MAJOR)
		return NETSTAT_ERR_ABI;
	host = h;
	return 0;
}

/* Missing or unreadable file: net-tools' rules for UNIX (reference §3.2). */
static int open_failed(struct netstat_ctx *ctx,
		       const struct netstat_request *req, int err)
{
	if (err != ENOENT && err != EACCES) {
		char path[256];
		host->message(
			ctx, NETSTAT_STDERR, "%s: %s\n",
			host->proc_display(ctx, UNIX_PATH, path, sizeof path),
			host->errno_text(err));
		return 255;
	}
	bool named = req->explicit_count > 0;
	if (!netstat_request_has(req, NETSTAT_REQ_PROTOCOLS_IMPLIED) &&
	    (named || netstat_request_has(req, NETSTAT_REQ_VERBOSE)))
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: no support for `AF UNIX' on this "
			      "system.\n");
	return named ? 1 : 0;
}

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
	    netstat_column_shown(&unix_section.columns[UNIX_COL_PROGRAM],
				 req)) {
		const struct netstat_process *proc =
			host->process_of_inode(ctx, u->inode);
		if (proc) {
			v[UNIX_COL_PROGRAM].type = NETSTAT_T_PROCESS;
			v[UNIX_COL_PROGRAM].v.proc = *proc;
		}
	}

	struct netstat_record rec = {
		.section = &unix_section,
		.values = v,
		.n_values = UNIX_COL_COUNT,
	};
	host->emit(ctx, &rec);
}

static int unix_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src)
{
	struct netstat_lines *lines;

	/* net-tools prints this header before it tries the file. */
	host->section_begin(ctx, &unix_section);
	int rc = host->lines_open(ctx, UNIX_PATH, &lines);
	if (rc < 0)
		return open_failed(ctx, req, -rc);

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

static const struct netstat_family unix_family = {
	.size = sizeof(struct netstat_family),
	.init = unix_init,
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
