/*
 * Report dispatch. The core owns the order of sections; each family owns
 * the rows of its sources. Nothing here knows a family by name.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include "core/run/counters.h"
#include "core/run/delta_state.h"
#include "core/run/dispatch.h"
#include "core/run/netns_view.h"
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

/* Structured formats show the section of a source that opened its table,
 * even when it listed no rows or the filter kept none, so a consumer
 * always learns its columns; classic keeps net-tools' bytes. A source
 * that fed another section has said where its rows go (inet6 routes fill
 * the cache section with -C). Beginning a begun section does nothing. A
 * stream (--events) has no table: each event is its own document. */
static void announce_empty(struct netstat_ctx *ctx,
			   const struct netstat_source *src, int rc)
{
	if (rc == 0 && !ctx->source_unavailable && !ctx->source_elsewhere &&
	    ctx->format->view != NETSTAT_VIEW_CLASSIC &&
	    !netstat_request_has(ctx->req, NETSTAT_REQ_STREAM))
		ctx_section_begin(ctx, src->section);
}

/* The plan's sources, in order, in the namespace the thread is in. */
static int run_steps(struct netstat_ctx *ctx, const struct plan *plan)
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
		/* Structured formats show a section once its table opened
		 * (announce_empty), not before; what its rows read (the -p
		 * map) must be there when they are made. */
		if (ctx->format->view != NETSTAT_VIEW_CLASSIC)
			ctx_prepare_section(ctx, src->section);
		else if (src->section->flags & NETSTAT_SECTION_EAGER)
			ctx_section_begin(ctx, src->section);
		ctx->source = src;
		ctx->source_unavailable = false;
		ctx->source_elsewhere = false;
		int rc = src->list(ctx, ctx->req, src, plan->steps[i].state);
		ctx->source = NULL;
		announce_empty(ctx, src, rc);
		run_status_after(&rs, src, list_result(ctx, src, rc));
	}
	return run_status_final(&rs);
}

static void skip_namespace(struct netstat_ctx *ctx, struct dispatch_netns *ns,
			   const struct netns_entry *e, const char *why)
{
	char label[512] = "";
	if (e->names[0])
		snprintf(label, sizeof label, " (%s)", e->names);
	else if (e->pid)
		snprintf(label, sizeof label, " (pid %d)", (int)e->pid);
	ctx->pub.host->message(ctx, NETSTAT_STDERR,
			       "netstat: warning: network namespace "
			       "net:[%llu]%s skipped: %s\n",
			       (unsigned long long)e->inode, label, why);
	ns->skipped++;
}

/* The plan in namespace `e`, as one block of the pass; -1 when it could
 * not be entered (warned), else the block's status. */
static int run_in(struct netstat_ctx *ctx, const struct plan *plan,
		  struct dispatch_netns *ns, const struct netns_entry *e)
{
	int rc = netns_enter(e);
	if (rc < 0) {
		/* Found through a process that has exited since (ENOENT), or
		 * whose pid now belongs to another namespace (ESRCH). */
		skip_namespace(ctx, ns, e,
			       rc == -ESRCH || rc == -ENOENT
				       ? "it is gone"
				       : netstat_strerror(rc));
		return -1;
	}
	char err[512];
	if (ns->restart && ns->restart(ns->arg, err, sizeof err) < 0) {
		netns_leave();
		skip_namespace(ctx, ns, e, err);
		return -1;
	}
	/* Each namespace's block starts its sections afresh, as a run of
	 * netstat inside it would. */
	ctx_sections_restart(ctx);
	netns_view_enter(ctx->netns_view, e);
	if (ns->mode == NETNS_MODE_ALL &&
	    ctx->format->view == NETSTAT_VIEW_CLASSIC)
		netns_view_classic_header(e, &ctx->out);
	int status = run_steps(ctx, plan);
	/* Held rows go out while their namespace's labels are valid. */
	ctx_sections_restart(ctx);
	netns_leave();
	return status;
}

static int run_namespaces(struct netstat_ctx *ctx, const struct plan *plan,
			  struct dispatch_netns *ns)
{
	if (ns->mode == NETNS_MODE_ONE) {
		int status = run_in(ctx, plan, ns, &ns->one);
		return status < 0 ? NETSTAT_EXIT_UNAVAILABLE : status;
	}
	/* Namespaces come and go between -c passes. */
	netns_list_free(&ns->found);
	int rc = netns_discover(&ns->found);
	if (rc < 0) {
		ctx->pub.host->message(ctx, NETSTAT_STDERR,
				       "netstat: --all-netns: %s\n",
				       netstat_strerror(rc));
		return NETSTAT_EXIT_NOMEM;
	}
	int status = 0;
	for (size_t i = 0; i < ns->found.n; i++) {
		int s = run_in(ctx, plan, ns, &ns->found.entries[i]);
		if (s > 0 && !status)
			status = s;
	}
	netns_view_enter(ctx->netns_view, NULL);
	return status;
}

int dispatch_pass(struct netstat_ctx *ctx, const struct plan *plan,
		  struct dispatch_netns *netns)
{
	ctx_pass_begin(ctx);
	int status = netns && netns->mode != NETNS_MODE_NONE
			     ? run_namespaces(ctx, plan, netns)
			     : run_steps(ctx, plan);
	ctx_pass_end(ctx);
	return status;
}

/* --events: one pass; the sources open their streams, the host waits. */
static int dispatch_stream(struct netstat_ctx *ctx, const struct plan *plan)
{
	stream_hold_signals(ctx->stream);
	ctx_pass_begin(ctx);
	ctx_flush(ctx);
	int status = run_steps(ctx, plan);
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

int dispatch_report(struct netstat_ctx *ctx, const struct plan *plan,
		    struct dispatch_netns *netns)
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
		/* --output: each shown pass replaces the file. */
		if (!ctx->muted)
			status = ctx_output_open(ctx);
		if (status == 0)
			status = dispatch_pass(ctx, plan, netns);
		if (ctx->counters && status == 0)
			status = counters_after(ctx, plan, state);
		ctx_flush(ctx);
		int committed = ctx_output_commit(ctx);
		if (status == 0)
			status = committed;
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
