/*
 * Report dispatch. The core owns the order of sections; each family owns
 * the rows of its sources. Nothing here knows a family by name.
 */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include "core/run/counters.h"
#include "core/run/delta_state.h"
#include "core/run/dispatch.h"
#include "core/run/sources.h"
#include "core/run/stream.h"

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

/* Every source of a pass, in plan order, with net-tools' stop rules. */
static int run_sources(struct netstat_ctx *ctx, const struct plan *plan)
{
	struct run_status rs = {0};
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
		if (src->section->flags & NETSTAT_SECTION_EAGER)
			ctx_section_begin(ctx, src->section);
		int rc = src->list(ctx, ctx->req, src, plan->steps[i].state);
		run_status_after(&rs, src, list_result(ctx, src, rc));
	}
	return run_status_final(&rs);
}

int dispatch_pass(struct netstat_ctx *ctx, const struct plan *plan)
{
	ctx_pass_begin(ctx);
	int status = run_sources(ctx, plan);
	ctx_pass_end(ctx);
	return status;
}

/* --events: one pass; the sources open their streams, the host waits. */
static int dispatch_stream(struct netstat_ctx *ctx, const struct plan *plan)
{
	stream_hold_signals(ctx->stream);
	ctx_pass_begin(ctx);
	ctx_flush(ctx);
	int status = run_sources(ctx, plan);
	if (status == 0 && stream_watched(ctx->stream) == 0 &&
	    plan->n_steps == 0) {
		ctx->pub.host->message(ctx, NETSTAT_STDERR,
				       "netstat: --events: no event source "
				       "for this selection\n");
		status = NETSTAT_EXIT_UNAVAILABLE;
	}
	ctx_flush(ctx);
	int waited = stream_wait(ctx, ctx->stream);
	if (status == 0)
		status = waited;
	ctx_pass_end(ctx);
	ctx_flush(ctx);
	return status;
}

static double monotonic_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void sleep_seconds(double seconds)
{
	struct timespec left = {.tv_sec = (time_t)seconds};
	left.tv_nsec = (long)((seconds - (double)left.tv_sec) * 1e9);
	while (nanosleep(&left, &left) != 0)
		;
}

/* --delta: the state of the last run in, or --reset's clean start. */
static int counters_start(struct netstat_ctx *ctx, const struct plan *plan,
			  char *path, size_t size)
{
	if (plan->counters_mode != COUNTERS_DELTA)
		return 0;
	int rc = delta_state_path(path, size);
	if (rc == 0)
		rc = plan->reset ? delta_state_reset(path)
				 : delta_state_load(ctx->counters, path,
						    monotonic_now());
	if (rc < 0) {
		ctx->pub.host->message(ctx, NETSTAT_STDERR,
				       "netstat: --delta: state file %s: %s\n",
				       path[0] ? path : "",
				       netstat_strerror(rc));
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	return 0;
}

/* After a pass of --rate or --delta: its values become the previous
 * ones (and --delta's state file). */
static int counters_after(struct netstat_ctx *ctx, const struct plan *plan,
			  const char *path)
{
	counters_pass_end(ctx->counters);
	int rc = counters_error(ctx->counters);
	if (rc < 0) {
		fputs("netstat: out of virtual memory\n", stderr);
		return NETSTAT_EXIT_NOMEM;
	}
	if (plan->counters_mode == COUNTERS_DELTA)
		rc = delta_state_save(ctx->counters, path);
	if (rc < 0) {
		ctx->pub.host->message(ctx, NETSTAT_STDERR,
				       "netstat: --delta: cannot save %s: %s\n",
				       path, netstat_strerror(rc));
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	return 0;
}

int dispatch_report(struct netstat_ctx *ctx, const struct plan *plan)
{
	if (ctx->stream)
		return dispatch_stream(ctx, plan);
	char state[4096] = "";
	int status = ctx->counters
			     ? counters_start(ctx, plan, state, sizeof state)
			     : 0;
	for (ctx->pub.iteration = 0; status == 0; ctx->pub.iteration++) {
		/* --rate's first pass is a silent sample: rates need two. */
		ctx->muted = plan->counters_mode == COUNTERS_RATE &&
			     ctx->pub.iteration == 0;
		if (ctx->counters)
			counters_pass_begin(ctx->counters, monotonic_now());
		status = dispatch_pass(ctx, plan);
		if (ctx->counters && status == 0)
			status = counters_after(ctx, plan, state);
		ctx_flush(ctx);
		if (status != 0)
			return status;
		if (!plan->repeat && !ctx->muted)
			break;
		sleep_seconds(plan->period);
	}
	ctx->muted = false;
	if (status != 0)
		return status;
	if (plan->stop_status)
		ctx->pub.host->message(ctx, plan->stop_stream, "%s",
				       plan->stop_message);
	return plan->stop_status;
}
