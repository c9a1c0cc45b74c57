/* Opening a legacy family's table and reporting what it cannot read. */
#include <errno.h>

#include "plugins/legacy_common/legacy.h"

bool legacy_open(const struct netstat_host_api *host, struct netstat_ctx *ctx,
		 const struct netstat_request *req, const char *path,
		 const char *af, struct netstat_lines **out, int *status)
{
	int rc = host->lines_open(ctx, path, out);
	if (rc >= 0)
		return true;
	*out = NULL;
	if (rc != -ENOENT) {
		char shown[256];
		host->message(
			ctx, NETSTAT_STDERR, "%s: %s\n",
			host->proc_display(ctx, path, shown, sizeof shown),
			host->errno_text(-rc));
		*status = 255;
		return false;
	}
	/* Unlike inet and unix, these families ignore implied protocols. */
	bool named = req->explicit_count > 0;
	if (named || netstat_request_has(req, NETSTAT_REQ_VERBOSE))
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: no support for `AF %s' on this "
			      "system.\n",
			      af);
	*status = named ? 1 : 0;
	return false;
}

void legacy_problem(const struct netstat_host_api *host,
		    struct netstat_ctx *ctx, const char *prefix,
		    const char *path)
{
	char shown[256];
	host->message(ctx, NETSTAT_NOTICE, "%s reading data from %s\n", prefix,
		      host->proc_display(ctx, path, shown, sizeof shown));
}
