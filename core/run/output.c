/*
 * The output path: records go to the selected format, which appends to one
 * buffered writer on stdout. Sections are opened on demand (once per pass,
 * by key) so several families can feed one section.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/query/query.h"
#include "core/query/filter.h"
#include "core/run/counters.h"
#include "core/run/stream.h"
#include "core/run/columns.h"
#include "core/run/context.h"
#include "core/run/netns_view.h"
#include "core/services/programs.h"

#define OUT_CHUNK (64 * 1024)

static int write_all(struct netstat_ctx *ctx, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(ctx->out_fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0) {
			if (!ctx->write_errno)
				ctx->write_errno = errno;
			return -errno;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int ctx_flush(struct netstat_ctx *ctx)
{
	int rc = write_all(ctx, ctx->out.buf, ctx->out.len);
	ctx->out.len = 0;
	return rc;
}

/* netstat_text.grow for stdout: flush, and enlarge only for a single
 * piece of text bigger than the whole buffer. */
static int out_grow(struct netstat_text *t, size_t need)
{
	struct netstat_ctx *ctx =
		(struct netstat_ctx *)((char *)t -
				       offsetof(struct netstat_ctx, out));
	ctx_flush(ctx);
	if (need <= t->cap)
		return 0;
	char *p = realloc(t->buf, need);
	if (!p)
		return NETSTAT_ERR_NOMEM;
	t->buf = p;
	t->cap = need;
	return 0;
}

int ctx_init(struct netstat_ctx *ctx, const struct netstat_host_api *host,
	     const struct netstat_request *req,
	     const struct netstat_module *format, void *format_state, int fd)
{
	memset(ctx, 0, sizeof *ctx);
	ctx->pub.host = host;
	ctx->pub.req = req;
	ctx->req = req;
	ctx->format = format->format;
	ctx->format_state = format_state;
	ctx->format_name = format->name;
	ctx->out_fd = fd;
	ctx->out.buf = malloc(OUT_CHUNK);
	if (!ctx->out.buf)
		return NETSTAT_ERR_NOMEM;
	ctx->out.cap = OUT_CHUNK;
	ctx->out.grow = out_grow;
	return 0;
}

void ctx_free(struct netstat_ctx *ctx)
{
	free(ctx->out.buf);
	ctx->out.buf = NULL;
}

static bool section_needs_programs(const struct netstat_section *s)
{
	for (size_t i = 0; i < s->n_columns; i++)
		if (s->columns[i].when & NETSTAT_WHEN_PROGRAMS)
			return true;
	return false;
}

/* Keeps the first failure of a format callback, as write errors are
 * kept: the run goes on and ends with it (ctx_output_status). */
static void format_result(struct netstat_ctx *ctx, int rc)
{
	if (rc < 0 && !ctx->format_error)
		ctx->format_error = rc;
}

static void flush_query(struct netstat_ctx *ctx);

static void close_current(struct netstat_ctx *ctx)
{
	if (ctx->current && ctx->format->section_end)
		format_result(ctx, ctx->format->section_end(
					   ctx, ctx->format_state, ctx->req,
					   ctx->current, &ctx->out));
	ctx->current = NULL;
}

void ctx_pass_begin(struct netstat_ctx *ctx)
{
	ctx->n_begun = 0;
	ctx->current = NULL;
	ctx->programs_built = false;
	if (ctx->format->pass_begin && !ctx->muted)
		format_result(ctx,
			      ctx->format->pass_begin(ctx, ctx->format_state,
						      ctx->req, &ctx->out));
}

void ctx_pass_end(struct netstat_ctx *ctx)
{
	if (ctx->muted)
		return;
	flush_query(ctx);
	close_current(ctx);
	if (ctx->format->pass_end)
		format_result(ctx, ctx->format->pass_end(ctx, ctx->format_state,
							 ctx->req, &ctx->out));
}

int ctx_output_status(struct netstat_ctx *ctx)
{
	if (ctx->write_errno && ctx->output_path) {
		fprintf(stderr, "netstat: --output %s: write error: %s\n",
			ctx->output_path, strerror(ctx->write_errno));
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	if (ctx->write_errno) {
		fprintf(stderr, "netstat: write error: %s\n",
			strerror(ctx->write_errno));
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	if (ctx->format_error) {
		fprintf(stderr, "netstat: output format `%s': %s\n",
			ctx->format_name, netstat_strerror(ctx->format_error));
		return ctx->format_error == NETSTAT_ERR_NOMEM
			       ? NETSTAT_EXIT_NOMEM
			       : NETSTAT_EXIT_UNAVAILABLE;
	}
	return 0;
}

void ctx_sections_restart(struct netstat_ctx *ctx)
{
	flush_query(ctx);
	close_current(ctx);
	ctx->n_begun = 0;
}

static bool begun_this_pass(struct netstat_ctx *ctx, const char *key)
{
	for (size_t i = 0; i < ctx->n_begun; i++)
		if (strcmp(ctx->begun[i], key) == 0)
			return true;
	return false;
}

/* -p: the process map is built once per pass, before the first section
 * that shows it (its notes come before that header). Every holder of a
 * socket is kept only where a process list can be shown: a structured
 * format, or a query (--columns may name the list in classic). */
static void prepare_section(struct netstat_ctx *ctx,
			    const struct netstat_section *s)
{
	if (!ctx->programs_built &&
	    (ctx->req->flags & (NETSTAT_REQ_PROGRAMS | NETSTAT_REQ_CONTEXT)) &&
	    section_needs_programs(s)) {
		programs_build(ctx->format->view == NETSTAT_VIEW_STRUCTURED ||
			       ctx->query != NULL);
		ctx->programs_built = true;
	}
}

void ctx_prepare_section(struct netstat_ctx *ctx,
			 const struct netstat_section *section)
{
	prepare_section(ctx, ctx_section_shown(ctx, section));
}

/* Makes `s` the current section; prints its header the first time in a
 * pass. */
static void switch_section(struct netstat_ctx *ctx,
			   const struct netstat_section *s)
{
	if (ctx->current &&
	    (ctx->current == s || strcmp(ctx->current->key, s->key) == 0))
		return;
	close_current(ctx);
	ctx->n_columns = columns_shown(s, ctx->req, ctx->format->view,
				       ctx->columns, CTX_MAX_COLUMNS);
	ctx->current = s;
	if (begun_this_pass(ctx, s->key))
		return;
	if (ctx->n_begun < CTX_MAX_SECTIONS)
		ctx->begun[ctx->n_begun++] = s->key;
	prepare_section(ctx, s);
	if (ctx->format->section_begin)
		format_result(ctx,
			      ctx->format->section_begin(
				      ctx, ctx->format_state, ctx->req, s,
				      ctx->columns, ctx->n_columns, &ctx->out));
}

static void begin_direct(void *c, const struct netstat_section *section)
{
	switch_section(c, section);
}

static void emit_direct(void *c, const struct netstat_record *rec)
{
	struct netstat_ctx *ctx = c;
	switch_section(ctx, rec->section);
	format_result(ctx, ctx->format->row(ctx, ctx->format_state, ctx->req,
					    rec, ctx->columns, ctx->n_columns,
					    &ctx->out));
}

static struct query_sink sink_of(struct netstat_ctx *ctx)
{
	return (struct query_sink){ctx, begin_direct, emit_direct};
}

/* Notes a section the running source fills that is not its own. */
static void note_section(struct netstat_ctx *ctx,
			 const struct netstat_section *s)
{
	const struct netstat_section *own =
		ctx->source ? ctx->source->section : NULL;
	if (own && s != own && strcmp(s->key, own->key) != 0)
		ctx->source_elsewhere = true;
}

const struct netstat_section *ctx_section_shown(struct netstat_ctx *ctx,
						const struct netstat_section *s)
{
	return ctx->netns_view ? netns_view_section(ctx->netns_view, s) : s;
}

void ctx_section_begin(struct netstat_ctx *ctx,
		       const struct netstat_section *section)
{
	note_section(ctx, section);
	section = ctx_section_shown(ctx, section);
	if (ctx->counters) {
		section = ctx->muted ? NULL
				     : counters_section(ctx->counters, section);
		if (!section)
			return;
	}
	if (!ctx->query) {
		switch_section(ctx, section);
		return;
	}
	prepare_section(ctx, section);
	struct query_sink sink = sink_of(ctx);
	query_begin(ctx->query, &sink, section);
}

void ctx_emit(struct netstat_ctx *ctx, const struct netstat_record *rec)
{
	note_section(ctx, rec->section);
	struct netstat_record labelled;
	if (ctx->netns_view) {
		int rc = netns_view_record(ctx->netns_view, rec, &labelled);
		if (rc < 0) {
			format_result(ctx, rc);
			return;
		}
		rec = &labelled;
	}
	struct netstat_record counted;
	if (ctx->counters) {
		if (!counters_apply(ctx->counters, rec, &counted) || ctx->muted)
			return;
		rec = &counted;
	}
	if (ctx->stream) {
		/* Only what the filter lets through counts as an event. */
		struct filter *f = query_filter(ctx->query);
		if (!stream_accepts(ctx->stream) ||
		    (f && !filter_match(f, rec)))
			return;
	}
	if (!ctx->query) {
		emit_direct(ctx, rec);
	} else {
		prepare_section(ctx, rec->section);
		struct query_sink sink = sink_of(ctx);
		query_emit(ctx->query, &sink, rec);
	}
	if (ctx->stream)
		stream_emitted(ctx, ctx->stream);
}

/* What the query stage holds goes out before a section closes. */
static void flush_query(struct netstat_ctx *ctx)
{
	if (!ctx->query)
		return;
	struct query_sink sink = sink_of(ctx);
	query_flush(ctx->query, &sink);
	format_result(ctx, query_error(ctx->query));
}

void ctx_vmessage(struct netstat_ctx *ctx, int stream, const char *fmt,
		  va_list ap)
{
	if (stream == NETSTAT_NOTICE && ctx->format->notice) {
		char buf[4096];
		vsnprintf(buf, sizeof buf, fmt, ap);
		format_result(ctx, ctx->format->notice(ctx, ctx->format_state,
						       buf, &ctx->out));
		return;
	}
	/* On a terminal keep the two streams in the order they were
	 * written; otherwise stdout stays fully buffered, like net-tools. */
	if (isatty(ctx->out_fd))
		ctx_flush(ctx);
	/* Messages may quote what a plugin read (an interface name, a
	 * token): control bytes but the newline are escaped, as in the
	 * classic output (docs/security.md). */
	char *text;
	if (vasprintf(&text, fmt, ap) < 0)
		return;
	for (const char *p = text; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if ((c < 0x20 && c != '\n') || c == 0x7f)
			fprintf(stderr, "\\%03o", c);
		else
			fputc(c, stderr);
	}
	free(text);
}
