/*
 * The unix family: UNIX domain sockets from /proc/net/unix (reference
 * §3.12), one typed record per socket, joined by inode with what
 * unix_diag adds when the run prints or queries any of it.
 */
#include <errno.h>
#include <stdlib.h>

#include <netstat/netstat.h>

#include "plugins/unix/unix_diag.h"
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

/* What one list call joins in. */
struct join {
	struct unix_diag_table *diag; /* NULL: /proc only */
	bool memory;		      /* the memory counters were asked for */
	bool processes;		      /* the process list column is needed */
	uint64_t *pending;	      /* a row's pending inodes, widened */
	size_t cap_pending;
};

static struct netstat_value uint_if(bool has, uint64_t u)
{
	return has ? netstat_v_uint(u) : netstat_v_null();
}

/* A listener's pending inodes as a list value (in j->pending). */
static struct netstat_value pending_inodes(struct join *j,
					   const struct unix_diag_row *r)
{
	if (r->n_icons > j->cap_pending) {
		uint64_t *p = realloc(j->pending, r->n_icons * sizeof *p);
		if (!p)
			return netstat_v_null();
		j->pending = p;
		j->cap_pending = r->n_icons;
	}
	for (size_t i = 0; i < r->n_icons; i++)
		j->pending[i] = r->icons[i];
	return netstat_v_uint_list(j->pending, r->n_icons);
}

/* The unix_diag columns of socket `inode` (null when it has no row). */
static void fill_diag(struct netstat_value *v, struct join *j, uint64_t inode,
		      bool has_inode)
{
	for (size_t c = UNIX_COL_DIAG_FIRST; c <= UNIX_COL_DIAG_LAST; c++)
		v[c] = netstat_v_null();
	/* Inode 0 (a connection not yet accepted) names no one socket. */
	const struct unix_diag_row *r =
		has_inode && inode ? unix_diag_find(j->diag, inode) : NULL;
	if (!r)
		return;
	/* A listener's queue lengths are connections waiting and the
	 * backlog limit; anyone else's, bytes. */
	bool listener = r->has_icons;
	v[UNIX_COL_PEER_INODE] = uint_if(r->has_peer && r->peer, r->peer);
	v[UNIX_COL_PENDING_CONNECTIONS] = uint_if(r->has_icons, r->n_icons);
	if (r->has_icons)
		v[UNIX_COL_PENDING_INODES] = pending_inodes(j, r);
	v[UNIX_COL_BACKLOG_LIMIT] =
		uint_if(listener && r->has_rqlen, r->wqueue);
	v[UNIX_COL_RECV_QUEUE] = uint_if(!listener && r->has_rqlen, r->rqueue);
	v[UNIX_COL_SEND_QUEUE] = uint_if(!listener && r->has_rqlen, r->wqueue);
	v[UNIX_COL_VFS_DEVICE] = uint_if(r->has_vfs, r->vfs_dev);
	v[UNIX_COL_VFS_INODE] = uint_if(r->has_vfs, r->vfs_ino);
	v[UNIX_COL_UID] =
		r->has_uid ? netstat_v_user(r->uid) : netstat_v_null();
	for (size_t m = 0; j->memory && m < r->n_mem; m++)
		v[UNIX_COL_MEM_FIRST + m] = netstat_v_uint(r->mem[m]);
}

static void emit_line(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct unix_line *u, struct join *j)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_value v[UNIX_COL_COUNT];
	const char *flag_names[3];

	v[UNIX_COL_PROTO] = netstat_v_str(u->protocol == 0 ? "unix" : "??");
	v[UNIX_COL_REFCNT] = netstat_v_uint(u->refcount);
	v[UNIX_COL_FLAGS] = netstat_v_uint(u->flags);
	v[UNIX_COL_FLAG_NAMES] = unix_flag_names(
		u->flags, flag_names, sizeof flag_names / sizeof *flag_names);
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
	fill_diag(v, j, u->inode, u->has_inode);
	v[UNIX_COL_PROCESSES] = netstat_v_null();
	if (u->has_inode && j->processes)
		v[UNIX_COL_PROCESSES] = netstat_v_processes(
			host->processes_of_inode(ctx, u->inode));

	struct netstat_record rec = {
		.section = &unix_section,
		.values = v,
		.n_values = UNIX_COL_COUNT,
	};
	host->emit(ctx, &rec);
}

static bool any_needed(struct netstat_ctx *ctx, size_t first, size_t last)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	for (size_t c = first; c <= last; c++)
		if (host->column_needed(ctx, &unix_section, c))
			return true;
	return false;
}

/* Dumps unix_diag when the run uses one of its columns and the proc root
 * is the running kernel's. A kernel without it leaves the /proc rows
 * alone; a malformed reply is an error. */
static int join_begin(struct netstat_ctx *ctx,
		      const struct netstat_request *req, struct join *j)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	/* The memory columns exist only with --memory (WHEN_MEMORY). */
	j->memory = any_needed(ctx, UNIX_COL_MEM_FIRST, UNIX_COL_DIAG_LAST);
	j->processes =
		netstat_column_shown(&unix_section.columns[UNIX_COL_PROCESSES],
				     req) &&
		host->column_needed(ctx, &unix_section, UNIX_COL_PROCESSES);
	if (!host->proc_is_live(ctx) ||
	    !(j->memory ||
	      any_needed(ctx, UNIX_COL_DIAG_FIRST, UNIX_COL_MEM_FIRST - 1)))
		return 0;
	int rc = unix_diag_load(&j->diag, j->memory);
	if (rc == -EBADMSG) {
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: unix_diag: malformed reply from the "
			      "kernel\n");
		return NETSTAT_EXIT_READ_ERROR;
	}
	if (rc < 0 && !unix_diag_unsupported(rc)) {
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: unix_diag dump: %s\n",
			      host->strerror(rc));
		return NETSTAT_EXIT_READ_ERROR;
	}
	return 0;
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

	struct join j = {0};
	rc = join_begin(ctx, req, &j);
	if (rc) {
		host->lines_close(lines);
		return rc;
	}
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
			emit_line(ctx, req, &u, &j);
	}
	host->lines_close(lines);
	unix_diag_free(j.diag);
	free(j.pending);
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
	.description = "UNIX domain sockets (/proc/net/unix, unix_diag)",
	.family = &unix_family,
};
