/* Source selection, order and run status; see sources.h. */
#include <string.h>

#include "core/run/sources.h"

/* Is `name` one of the comma-separated families of the -A list? */
static bool family_listed(const char *families, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = families; p && *p;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		if (len == n && strncmp(p, name, n) == 0)
			return true;
		p = comma ? comma + 1 : p + len;
	}
	return false;
}

bool dispatch_source_runs(const struct netstat_request *req,
			  const struct netstat_source *src)
{
	if (src->report != req->report)
		return false;
	if (req->report == NETSTAT_REPORT_CONNECTIONS) {
		if (req->explicit_count == 0)
			return (src->flags & NETSTAT_SOURCE_DEFAULT) != 0;
		return netstat_request_selects(req, src->selector) &&
		       netstat_request_selects(req, src->family);
	}
	/* --events: each family's stream when it was selected (-4, -6,
	 * or implied by -t / -u), else the defaults. */
	if (req->report == NETSTAT_REPORT_EVENTS && req->explicit_count > 0)
		return netstat_request_selects(req, src->family);
	/* -r and -s: the families named with -A, else the defaults. The
	 * other reports ignore -A, as net-tools does. */
	if ((req->report == NETSTAT_REPORT_ROUTES ||
	     req->report == NETSTAT_REPORT_STATISTICS) &&
	    req->families && *req->families)
		return family_listed(req->families, src->family);
	return (src->flags & NETSTAT_SOURCE_DEFAULT) != 0;
}

bool run_status_stops_before(struct run_status *rs,
			     const struct netstat_source *src)
{
	if (rs->status)
		return true;
	if (rs->deferred && strcmp(src->selector, rs->deferred_selector)) {
		rs->status = rs->deferred;
		return true;
	}
	return false;
}

void run_status_after(struct run_status *rs, const struct netstat_source *src,
		      int rc)
{
	if (rc == NETSTAT_LIST_SKIPPED)
		return;
	if (!(rc & NETSTAT_EXIT_DEFERRED)) {
		rs->status = rc;
	} else if (!rs->deferred) {
		rs->deferred = rc & 0xff;
		rs->deferred_selector = src->selector;
	}
}

int run_status_final(const struct run_status *rs)
{
	return rs->status ? rs->status : rs->deferred;
}
