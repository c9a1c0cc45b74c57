/* The host API table given to modules: thin bridges to core services. */
#include <stdarg.h>
#include <string.h>

#include "core/query/filter.h"
#include "core/query/query.h"
#include "core/run/column_use.h"
#include "core/run/context.h"
#include "core/run/host_api.h"
#include "core/services/cgroups.h"
#include "core/run/netns_view.h"
#include "core/run/stream.h"
#include "core/services/lines.h"
#include "core/services/names.h"
#include "core/services/programs.h"
#include "core/services/tables.h"

static int h_lines_open(struct netstat_ctx *ctx, const char *path,
			struct netstat_lines **out)
{
	return lines_open_path(path, out);
}

static int h_proc_stat(struct netstat_ctx *ctx, const char *path,
		       struct stat *st)
{
	return lines_stat(path, st);
}

static const char *h_proc_display(struct netstat_ctx *ctx, const char *path,
				  char *buf, size_t size)
{
	return lines_display(path, buf, size);
}

static void h_message(struct netstat_ctx *ctx, int stream, const char *fmt, ...)
{
	va_list ap;
	if (stream == NETSTAT_STDERR)
		ctx->source_unavailable = true;
	va_start(ap, fmt);
	ctx_vmessage(ctx, stream, fmt, ap);
	va_end(ap);
}

static const char *h_host_name(struct netstat_ctx *ctx,
			       const struct netstat_address *addr,
			       unsigned flags)
{
	return names_host(addr, flags);
}

static const char *h_service_name(struct netstat_ctx *ctx, uint32_t port,
				  const char *table)
{
	return names_service(port, table);
}

static const char *h_user_name(struct netstat_ctx *ctx, uint32_t uid)
{
	return names_user(uid);
}

static const struct netstat_process *h_process(struct netstat_ctx *ctx,
					       uint64_t inode)
{
	return programs_lookup(inode);
}

static const struct netstat_host_api host_api;

static int h_table_open(struct netstat_ctx *ctx,
			const struct netstat_request *req, const char *path,
			const char *what, uint32_t flags,
			struct netstat_lines **out)
{
	int rc = tables_open(&host_api, ctx, req, path, what, flags, out);
	if (!*out)
		ctx->source_unavailable = true;
	return rc;
}

static void h_perror(struct netstat_ctx *ctx, const char *path, int code)
{
	ctx->source_unavailable = true;
	tables_perror(&host_api, ctx, path, code);
}

static bool h_proc_is_live(struct netstat_ctx *ctx)
{
	return lines_root_is_live();
}

static bool h_filter_may_match(struct netstat_ctx *ctx,
			       const struct netstat_section *section,
			       size_t column, const struct netstat_value *value)
{
	return filter_may_match(query_filter(ctx->query),
				ctx_section_shown(ctx, section), column, value);
}

static size_t h_filter_port_ranges(struct netstat_ctx *ctx,
				   const struct netstat_section *section,
				   uint32_t role, uint32_t (*out)[2],
				   size_t max)
{
	return filter_port_ranges(query_filter(ctx->query),
				  ctx_section_shown(ctx, section), role, out,
				  max);
}

static bool h_column_needed(struct netstat_ctx *ctx,
			    const struct netstat_section *section,
			    size_t column)
{
	return column_use_needed(section, ctx->req, ctx->format->view,
				 ctx->query, column);
}

static struct netstat_processes h_processes(struct netstat_ctx *ctx,
					    uint64_t inode)
{
	return programs_holders(inode, programs_command_lines_wanted(ctx->req));
}

static const char *h_cgroup_path(struct netstat_ctx *ctx, uint64_t id)
{
	return cgroups_path(id);
}

static const struct netstat_netns *h_netns(struct netstat_ctx *ctx)
{
	return netns_view_current(ctx->netns_view);
}

static const struct netstat_host_api host_api = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.size = sizeof(struct netstat_host_api),
	.lines_open = h_lines_open,
	.lines_next = lines_next_line,
	.lines_close = lines_close_reader,
	.proc_stat = h_proc_stat,
	.proc_display = h_proc_display,
	.section_begin = ctx_section_begin,
	.emit = ctx_emit,
	.message = h_message,
	.host_name = h_host_name,
	.service_name = h_service_name,
	.user_name = h_user_name,
	.process_of_inode = h_process,
	.strerror = netstat_strerror,
	.table_open = h_table_open,
	.perror = h_perror,
	.proc_is_live = h_proc_is_live,
	.filter_may_match = h_filter_may_match,
	.filter_port_ranges = h_filter_port_ranges,
	.column_needed = h_column_needed,
	.processes_of_inode = h_processes,
	.cgroup_path = h_cgroup_path,
	.netns = h_netns,
	.stream_watch = stream_watch,
};

const struct netstat_host_api *host_api_table(void)
{
	return &host_api;
}
