/* Opening kernel tables with net-tools' rules (reference §3.2). */
#include <errno.h>
#include <string.h>

#include "core/services/tables.h"

void tables_perror(const struct netstat_host_api *host, struct netstat_ctx *ctx,
		   const char *path, int code)
{
	char shown[512];
	/* perror(3)'s words, not ours: net-tools prints them. */
	host->message(ctx, NETSTAT_STDERR, "%s: %s\n",
		      host->proc_display(ctx, path, shown, sizeof shown),
		      strerror(code < 0 ? -code : code));
}

static bool missing(int code, uint32_t flags)
{
	return code == -ENOENT ||
	       (code == -EACCES && (flags & NETSTAT_TABLE_ACCESS_IS_MISSING));
}

int tables_open(const struct netstat_host_api *host, struct netstat_ctx *ctx,
		const struct netstat_request *req, const char *path,
		const char *what, uint32_t flags, struct netstat_lines **out)
{
	*out = NULL;
	int rc = host->lines_open(ctx, path, out);
	if (rc == 0)
		return 0;
	*out = NULL;
	if (flags & NETSTAT_TABLE_OPTIONAL)
		return 0;
	if (!missing(rc, flags)) {
		tables_perror(host, ctx, path, rc);
		return NETSTAT_EXIT_READ_ERROR;
	}
	if ((flags & NETSTAT_TABLE_QUIET_IF_IMPLIED) &&
	    netstat_request_has(req, NETSTAT_REQ_PROTOCOLS_IMPLIED))
		return 0;
	bool named = req->explicit_count > 0;
	if (named || netstat_request_has(req, NETSTAT_REQ_VERBOSE))
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: no support for `%s' on this system.\n",
			      what);
	if (!named)
		return 0;
	return (flags & NETSTAT_TABLE_DEFER_STATUS)
		       ? NETSTAT_EXIT_DEFERRED | NETSTAT_EXIT_UNAVAILABLE
		       : NETSTAT_EXIT_UNAVAILABLE;
}
