/*
 * net-tools' rules for a kernel table that cannot be opened (reference
 * §3.2): only the IPv4 file of a pair is checked; a missing IPv6 file is
 * skipped silently. The status a missing IPv4 file earns is reported after
 * the IPv6 rows, so an IPv4 source leaves it to its IPv6 sibling when that
 * one runs (the two live in different modules and share no state: the
 * sibling looks at the IPv4 file again).
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
		ip_host->message(ctx, NETSTAT_STDERR, "%s: %s\n",
				 ip_host->proc_display(ctx, path, shown,
						       sizeof shown),
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

int ip_pending_status(const struct netstat_request *req, int pending)
{
	if (!pending)
		return 0;
	/* The source ran, so its selector was named; the sibling runs when
	 * inet6 was selected too. */
	if (netstat_request_selects(req, "inet6"))
		return 0;
	return 1;
}

int ip_sibling_status(struct netstat_ctx *ctx,
		      const struct netstat_request *req, const char *v4_path)
{
	if (!v4_path || req->explicit_count == 0 ||
	    netstat_request_has(req, NETSTAT_REQ_PROTOCOLS_IMPLIED) ||
	    !netstat_request_selects(req, "inet"))
		return 0;
	struct netstat_lines *lines = NULL;
	int rc = ip_host->lines_open(ctx, v4_path, &lines);
	if (rc == 0) {
		ip_host->lines_close(lines);
		return 0;
	}
	return missing_errno(-rc) ? 1 : 0;
}
