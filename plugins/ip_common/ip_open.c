/*
 * net-tools' rules for a kernel table that cannot be opened (reference
 * §3.2): only the IPv4 file of a pair is checked; a missing IPv6 file is
 * skipped silently. The status a missing IPv4 file earns is reported after
 * the IPv6 rows: the IPv4 source returns it deferred (family.h), and the
 * host applies it once the IPv6 source of the same selector has run.
 */
#include <errno.h>

#include "plugins/ip_common/ip_common.h"

static bool missing_errno(int err)
{
	return err == ENOENT || err == EACCES;
}

int ip_open(struct netstat_ctx *ctx, const struct netstat_request *req,
	    const char *path, const char *what, struct netstat_lines **out,
	    int *pending)
{
	*out = NULL;
	int rc = ip_host->lines_open(ctx, path, out);
	if (rc == 0)
		return 0;
	*out = NULL;
	if (!what)
		return 0;
	int err = -rc;
	if (!missing_errno(err)) {
		char shown[256];
		ip_host->message(
			ctx, NETSTAT_STDERR, "%s: %s\n",
			ip_host->proc_display(ctx, path, shown, sizeof shown),
			ip_host->errno_text(err));
		return 255;
	}
	/* Protocols implied by a family (-4, -A inet) stay silent. */
	if (netstat_request_has(req, NETSTAT_REQ_PROTOCOLS_IMPLIED))
		return 0;
	if (req->explicit_count > 0 ||
	    netstat_request_has(req, NETSTAT_REQ_VERBOSE))
		ip_host->message(ctx, NETSTAT_STDERR,
				 "netstat: no support for `%s' on this "
				 "system.\n",
				 what);
	if (req->explicit_count > 0)
		*pending = 1;
	return 0;
}

int ip_pending_status(int pending)
{
	return pending ? NETSTAT_STATUS_DEFERRED | pending : 0;
}
