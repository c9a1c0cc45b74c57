/*
 * Report dispatch. The core owns the order of sections; each family owns
 * the rows of its sources. Nothing here knows a family by name.
 */
#include <time.h>

#include "core/run/dispatch.h"

int dispatch_pass(struct netstat_ctx *ctx,
		  const struct netstat_source *const *sources, size_t n)
{
	struct run_status rs = {0};
	ctx_pass_begin(ctx);
	for (size_t i = 0; i < n; i++) {
		const struct netstat_source *src = sources[i];
		if (run_status_stops_before(&rs, src))
			break;
		/* A source listed twice (-r -A ax25,ax25) prints its table
		 * twice, headers included, as net-tools does. */
		for (size_t j = 0; j < i; j++)
			if (sources[j] == src) {
				ctx_sections_restart(ctx);
				break;
			}
		if (src->section->flags & NETSTAT_SECTION_EAGER)
			ctx_section_begin(ctx, src->section);
		run_status_after(&rs, src, src->list(ctx, ctx->req, src));
	}
	ctx_pass_end(ctx);
	return run_status_final(&rs);
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
