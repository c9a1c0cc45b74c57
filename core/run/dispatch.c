/*
 * Report dispatch. The core owns the order of sections; each family owns
 * the rows of its sources. Nothing here knows a family by name.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/run/dispatch.h"

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
	/* -r and -s: the families named with -A, else the defaults. The
	 * other reports ignore -A, as net-tools does. */
	if ((req->report == NETSTAT_REPORT_ROUTES ||
	     req->report == NETSTAT_REPORT_STATISTICS) &&
	    req->families && *req->families)
		return family_listed(req->families, src->family);
	return (src->flags & NETSTAT_SOURCE_DEFAULT) != 0;
}

static int before(const struct netstat_source *a,
		  const struct netstat_source *b)
{
	if (a->section->order != b->section->order)
		return a->section->order < b->section->order;
	return a->order < b->order;
}

void dispatch_sort(const struct netstat_source **sources, size_t n)
{
	/* Insertion sort: a few dozen sources, and it is stable. */
	for (size_t i = 1; i < n; i++) {
		const struct netstat_source *s = sources[i];
		size_t j = i;
		while (j > 0 && before(s, sources[j - 1])) {
			sources[j] = sources[j - 1];
			j--;
		}
		sources[j] = s;
	}
}

int dispatch_pass(struct netstat_ctx *ctx,
		  const struct netstat_source *const *sources, size_t n)
{
	int status = 0;
	int deferred = 0; /* status waiting for its selector's other sources */
	const char *deferred_selector = NULL;
	ctx_pass_begin(ctx);
	for (size_t i = 0; i < n && status == 0; i++) {
		const struct netstat_source *src = sources[i];
		if (deferred && strcmp(src->selector, deferred_selector) != 0) {
			status = deferred;
			break;
		}
		/* A source listed twice (-r -A ax25,ax25) prints its table
		 * twice, headers included, as net-tools does. */
		for (size_t j = 0; j < i; j++)
			if (sources[j] == src) {
				ctx_sections_restart(ctx);
				break;
			}
		if (src->section->flags & NETSTAT_SECTION_EAGER)
			ctx_section_begin(ctx, src->section);
		int rc = src->list(ctx, ctx->req, src);
		if (rc & NETSTAT_STATUS_DEFERRED) {
			if (!deferred) {
				deferred = rc & 0xff;
				deferred_selector = src->selector;
			}
		} else {
			status = rc;
		}
	}
	if (status == 0)
		status = deferred;
	ctx_pass_end(ctx);
	return status;
}

int dispatch_report(struct netstat_ctx *ctx,
		    const struct netstat_source *const *sources, size_t n)
{
	struct netstat_request *req = (struct netstat_request *)ctx->req;
	bool repeat = (req->flags & NETSTAT_REQ_CONTINUOUS) &&
		      req->report != NETSTAT_REPORT_STATISTICS;
	for (req->iteration = 0;; req->iteration++) {
		int status = dispatch_pass(ctx, sources, n);
		ctx_flush(ctx);
		if (status != 0 || !repeat)
			return status;
		struct timespec one_second = {.tv_sec = 1};
		while (nanosleep(&one_second, &one_second) != 0)
			;
	}
}
