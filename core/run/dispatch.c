/*
 * Report dispatch. The core owns the order of sections; each family owns
 * the rows of its sources. Nothing here knows a family by name.
 */
#include <stdarg.h>
#include <time.h>

#include "core/run/dispatch.h"
#include "core/run/sources.h"

/* What a list function returned, as an exit status (family.h): errors
 * are reported here, once, naming the source. */
static int list_result(struct netstat_ctx *ctx,
		       const struct netstat_source *src, int rc)
{
	if (rc >= 0)
		return rc;
	ctx->pub.host->message(ctx, NETSTAT_STDERR, "netstat: %s: %s\n",
			       src->name, netstat_strerror(rc));
	return rc == NETSTAT_ERR_NOMEM ? NETSTAT_EXIT_NOMEM
				       : NETSTAT_EXIT_UNAVAILABLE;
}

/* Structured formats show the section of a source that opened its table,
 * even when it listed no rows or the filter kept none, so a consumer
 * always learns its columns; classic keeps net-tools' bytes. A source
 * that fed another section has said where its rows go (inet6 routes fill
 * the cache section with -C). Beginning a begun section does nothing. */
static void announce_empty(struct netstat_ctx *ctx,
			   const struct netstat_source *src, int rc)
{
	if (rc == 0 && !ctx->source_unavailable && !ctx->source_elsewhere &&
	    ctx->format->view != NETSTAT_VIEW_CLASSIC)
		ctx_section_begin(ctx, src->section);
}

int dispatch_pass(struct netstat_ctx *ctx, const struct plan *plan)
{
	struct run_status rs = {0};
	ctx_pass_begin(ctx);
	for (size_t i = 0; i < plan->n_steps; i++) {
		const struct netstat_source *src = plan->steps[i].src;
		if (run_status_stops_before(&rs, src))
			break;
		/* A source listed twice (-r -A ax25,ax25) prints its table
		 * twice, headers included, as net-tools does. */
		for (size_t j = 0; j < i; j++)
			if (plan->steps[j].src == src) {
				ctx_sections_restart(ctx);
				break;
			}
		/* Structured formats show a section once its table opened
		 * (announce_empty), not before. */
		if ((src->section->flags & NETSTAT_SECTION_EAGER) &&
		    ctx->format->view == NETSTAT_VIEW_CLASSIC)
			ctx_section_begin(ctx, src->section);
		ctx->source = src;
		ctx->source_unavailable = false;
		ctx->source_elsewhere = false;
		int rc = src->list(ctx, ctx->req, src, plan->steps[i].state);
		ctx->source = NULL;
		announce_empty(ctx, src, rc);
		run_status_after(&rs, src, list_result(ctx, src, rc));
	}
	ctx_pass_end(ctx);
	return run_status_final(&rs);
}

int dispatch_report(struct netstat_ctx *ctx, const struct plan *plan)
{
	for (ctx->pub.iteration = 0;; ctx->pub.iteration++) {
		int status = ctx_output_open(ctx);
		if (status != 0)
			return status;
		status = dispatch_pass(ctx, plan);
		ctx_flush(ctx);
		int committed = ctx_output_commit(ctx);
		if (status == 0)
			status = committed;
		if (status != 0)
			return status;
		if (!plan->repeat)
			break;
		struct timespec one_second = {.tv_sec = 1};
		while (nanosleep(&one_second, &one_second) != 0)
			;
	}
	if (plan->stop_status)
		ctx->pub.host->message(ctx, plan->stop_stream, "%s",
				       plan->stop_message);
	return plan->stop_status;
}
