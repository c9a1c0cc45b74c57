/*
 * The yaml format: the same document as json (docs/json.md), written with
 * libyaml's emitter, one YAML document ("---") per pass. Compound values
 * are flow mappings, so a row stays readable:
 *
 *   local_address: {family: inet, address: 0.0.0.0, port: 22, ...}
 *
 * See docs/yaml.md.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include <netstat/netstat.h>

#include "formats/common/fmt_number.h"
#include "formats/common/fmt_stream.h"
#include "formats/common/fmt_value.h"
#include "formats/yaml/yaml_text.h"

/* One run of the format. */
struct yout_state {
	struct fmt_stream stream; /* first: see fmt_stream.h */
	yaml_emitter_t emitter;	  /* initialised while in_pass */
	bool in_pass;
	const struct netstat_section *open_section;
	/* Where the emitter's output goes: the host buffer of the call
	 * that made libyaml flush, and the first error appending to it. */
	struct netstat_text *sink;
	int sink_rc;
	struct yout_scratch scratch;
	struct fmt_warnings warnings;
};

static int write_sink(void *data, unsigned char *buf, size_t size)
{
	struct yout_state *st = data;
	if (st->sink_rc == 0)
		st->sink_rc =
			netstat_text_append(st->sink, (const char *)buf, size);
	return st->sink_rc == 0;
}

/* Each callback points the emitter at its own output buffer. */
static void set_sink(struct yout_state *st, struct netstat_text *out)
{
	st->sink = out;
}

static int emit(struct yout_state *st, yaml_event_t *ev)
{
	if (!yaml_emitter_emit(&st->emitter, ev))
		return st->sink_rc ? st->sink_rc : NETSTAT_ERR_IO;
	return st->sink_rc;
}

static int emit_plain(struct yout_state *st, const char *text)
{
	yaml_event_t ev;
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)text,
					  (int)strlen(text), 1, 0,
					  YAML_PLAIN_SCALAR_STYLE))
		return NETSTAT_ERR_NOMEM;
	return emit(st, &ev);
}

static int emit_string(struct yout_state *st, const char *s)
{
	if (!s)
		return emit_plain(st, "null");
	size_t n;
	const char *clean = yout_clean(&st->scratch, s, &n);
	if (!clean)
		return NETSTAT_ERR_NOMEM;
	/* Quoted unless plain text reads back as this same string. */
	int plain = yout_plain_ok(clean, n);
	yaml_event_t ev;
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)clean,
					  (int)n, plain, 1,
					  YAML_ANY_SCALAR_STYLE))
		return NETSTAT_ERR_NOMEM;
	return emit(st, &ev);
}

static int emit_scalar(struct yout_state *st, const struct fmt_scalar *f)
{
	char buf[FMT_DOUBLE_SIZE];
	switch (f->kind) {
	case FMT_STRING:
		return emit_string(st, f->v.s);
	case FMT_INT:
		snprintf(buf, sizeof buf, "%" PRId64, f->v.i);
		return emit_plain(st, buf);
	case FMT_UINT:
		snprintf(buf, sizeof buf, "%" PRIu64, f->v.u);
		return emit_plain(st, buf);
	case FMT_DOUBLE:
		return emit_plain(st, fmt_double(f->v.d, buf) ? buf : "null");
	default:
		return emit_plain(st, "null");
	}
}

static int mapping_start(struct yout_state *st, yaml_mapping_style_t style)
{
	yaml_event_t ev;
	if (!yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, style))
		return NETSTAT_ERR_NOMEM;
	return emit(st, &ev);
}

static int mapping_end(struct yout_state *st)
{
	yaml_event_t ev;
	yaml_mapping_end_event_initialize(&ev);
	return emit(st, &ev);
}

static int sequence_start(struct yout_state *st, yaml_sequence_style_t style)
{
	yaml_event_t ev;
	if (!yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, style))
		return NETSTAT_ERR_NOMEM;
	return emit(st, &ev);
}

static int sequence_end(struct yout_state *st)
{
	yaml_event_t ev;
	yaml_sequence_end_event_initialize(&ev);
	return emit(st, &ev);
}

static int emit_fields(struct yout_state *st, const struct fmt_cell *cell,
		       uint32_t shape);

static int emit_cell(struct yout_state *st, struct fmt_cell *cell,
		     uint32_t shape)
{
	if (cell->null)
		return emit_plain(st, "null");
	if (!fmt_shape_is_list(shape))
		return cell->n_fields == 0 ? emit_scalar(st, &cell->fields[0])
					   : emit_fields(st, cell, shape);
	/* A list value: a block sequence of flow mappings; a flow sequence
	 * of scalars ([] when empty). */
	int rc = sequence_start(st, cell->n_fields ? YAML_BLOCK_SEQUENCE_STYLE
						   : YAML_FLOW_SEQUENCE_STYLE);
	for (size_t i = 0; i < cell->n_items && rc == 0; i++) {
		fmt_cell_item(cell, i);
		rc = cell->n_fields ? emit_fields(st, cell, shape)
				    : emit_scalar(st, &cell->fields[0]);
	}
	return rc ? rc : sequence_end(st);
}

static int emit_fields(struct yout_state *st, const struct fmt_cell *cell,
		       uint32_t shape)
{
	const char *const *names;
	fmt_type_fields(shape, &names);
	int rc = mapping_start(st, YAML_FLOW_MAPPING_STYLE);
	for (size_t i = 0; i < cell->n_fields && rc == 0; i++) {
		rc = emit_plain(st, names[i]);
		if (rc == 0)
			rc = emit_scalar(st, &cell->fields[i]);
	}
	return rc ? rc : mapping_end(st);
}

static int start_document(struct yout_state *st, struct netstat_ctx *ctx,
			  const struct netstat_request *req)
{
	if (!yaml_emitter_initialize(&st->emitter))
		return NETSTAT_ERR_NOMEM;
	yaml_emitter_set_output(&st->emitter, write_sink, st);
	yaml_emitter_set_unicode(&st->emitter, 1);
	yaml_emitter_set_width(&st->emitter, -1); /* never fold long text */
	st->sink_rc = 0;
	st->in_pass = true;
	st->open_section = NULL;

	yaml_event_t ev;
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	int rc = emit(st, &ev);
	if (rc == 0) {
		if (yaml_document_start_event_initialize(&ev, NULL, NULL, NULL,
							 0))
			rc = emit(st, &ev);
		else
			rc = NETSTAT_ERR_NOMEM;
	}
	char pass[16];
	snprintf(pass, sizeof pass, "%d", netstat_ctx_iteration(ctx));
	if (rc == 0)
		rc = mapping_start(st, YAML_BLOCK_MAPPING_STYLE);
	if (rc == 0)
		rc = emit_plain(st, "schema");
	if (rc == 0)
		rc = emit_string(st, "netstat/1");
	if (rc == 0)
		rc = emit_plain(st, "report");
	if (rc == 0)
		rc = emit_string(st, fmt_report_name(req->report));
	if (rc == 0)
		rc = emit_plain(st, "pass");
	if (rc == 0)
		rc = emit_plain(st, pass);
	if (rc == 0)
		rc = emit_plain(st, "sections");
	if (rc == 0)
		rc = sequence_start(st, YAML_BLOCK_SEQUENCE_STYLE);
	return rc;
}

/* Drops the current document's emitter (after its end, or when a pass
 * is cut short). */
static void end_document(struct yout_state *st)
{
	if (st->in_pass)
		yaml_emitter_delete(&st->emitter);
	st->in_pass = false;
	st->open_section = NULL;
}

static int close_section(struct yout_state *st)
{
	if (!st->open_section)
		return 0;
	st->open_section = NULL;
	int rc = sequence_end(st); /* rows */
	return rc ? rc : mapping_end(st);
}

/* A key and its string value. */
static int emit_pair(struct yout_state *st, const char *key, const char *value)
{
	int rc = emit_plain(st, key);
	return rc ? rc : emit_string(st, value);
}

/* `netns: {...}` of a section whose records come from a namespace
 * (--netns, --all-netns); nothing otherwise. */
static int emit_netns(struct yout_state *st, struct netstat_ctx *ctx)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	const struct netstat_netns *ns = host->netns ? host->netns(ctx) : NULL;
	if (!ns)
		return 0;
	char inode[32], pid[16];
	snprintf(inode, sizeof inode, "%llu", (unsigned long long)ns->inode);
	snprintf(pid, sizeof pid, ns->pid ? "%u" : "null", (unsigned)ns->pid);
	int rc = emit_plain(st, "netns");
	if (rc == 0)
		rc = mapping_start(st, YAML_FLOW_MAPPING_STYLE);
	if (rc == 0)
		rc = emit_plain(st, "inode");
	if (rc == 0)
		rc = emit_plain(st, inode);
	if (rc == 0)
		rc = emit_plain(st, "host");
	if (rc == 0)
		rc = emit_plain(st, ns->host ? "true" : "false");
	if (rc == 0)
		rc = emit_pair(st, "name", ns->name);
	if (rc == 0)
		rc = emit_pair(st, "names", ns->names);
	if (rc == 0)
		rc = emit_plain(st, "pid");
	if (rc == 0)
		rc = emit_plain(st, pid);
	if (rc == 0)
		rc = emit_pair(st, "command", ns->command);
	if (rc == 0)
		rc = emit_pair(st, "cgroup", ns->cgroup);
	if (rc == 0)
		rc = emit_pair(st, "container_runtime", ns->container_runtime);
	if (rc == 0)
		rc = emit_pair(st, "container_id", ns->container_id);
	if (rc == 0)
		rc = emit_pair(st, "pod_uid", ns->pod_uid);
	if (rc == 0)
		rc = emit_pair(st, "unit", ns->unit);
	return rc ? rc : mapping_end(st);
}

static int begin(struct yout_state *st, struct netstat_ctx *ctx,
		 const struct netstat_request *req,
		 const struct netstat_section *section, const size_t *columns,
		 size_t n_columns)
{
	int rc = st->in_pass ? close_section(st) : start_document(st, ctx, req);
	if (rc == 0)
		rc = mapping_start(st, YAML_BLOCK_MAPPING_STYLE);
	if (rc == 0)
		rc = emit_pair(st, "key", section->key);
	if (rc == 0)
		rc = emit_pair(st, "title", section->title);
	if (rc == 0)
		rc = emit_netns(st, ctx);
	if (rc == 0)
		rc = emit_plain(st, "columns");
	if (rc == 0)
		rc = sequence_start(st, YAML_BLOCK_SEQUENCE_STYLE);
	char buf[32];
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		size_t c = columns[i];
		const struct netstat_column *col = &section->columns[c];
		rc = mapping_start(st, YAML_FLOW_MAPPING_STYLE);
		if (rc == 0)
			rc = emit_pair(st, "key",
				       fmt_column_key(col, c, buf, sizeof buf));
		if (rc == 0)
			rc = emit_pair(st, "title", col->title);
		if (rc == 0)
			rc = emit_pair(st, "type",
				       fmt_type_name(fmt_column_shape(col)));
		if (rc == 0)
			rc = mapping_end(st);
	}
	if (rc == 0)
		rc = sequence_end(st);
	if (rc == 0)
		rc = emit_plain(st, "rows");
	if (rc == 0)
		rc = sequence_start(st, YAML_BLOCK_SEQUENCE_STYLE);
	st->open_section = section;
	return rc;
}

static int document_pass_begin(struct netstat_ctx *ctx, void *state,
			       const struct netstat_request *req,
			       struct netstat_text *out)
{
	struct yout_state *st = state;
	end_document(st); /* a pass that never ended */
	set_sink(st, out);
	return start_document(st, ctx, req);
}

static int document_section_begin(struct netstat_ctx *ctx, void *state,
				  const struct netstat_request *req,
				  const struct netstat_section *section,
				  const size_t *columns, size_t n_columns,
				  struct netstat_text *out)
{
	struct yout_state *st = state;
	set_sink(st, out);
	return begin(st, ctx, req, section, columns, n_columns);
}

static int document_row(struct netstat_ctx *ctx, void *state,
			const struct netstat_request *req,
			const struct netstat_record *rec, const size_t *columns,
			size_t n_columns, struct netstat_text *out)
{
	struct yout_state *st = state;
	const struct netstat_section *s = rec->section;
	set_sink(st, out);
	int rc = 0;
	if (!st->open_section || strcmp(st->open_section->key, s->key) != 0)
		rc = begin(st, ctx, req, s, columns, n_columns);
	if (rc == 0)
		rc = mapping_start(st, YAML_BLOCK_MAPPING_STYLE);
	struct fmt_env env = fmt_env_of(ctx, req, "yaml", &st->warnings);
	struct fmt_cell cell;
	char buf[32];
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		size_t c = columns[i];
		const struct netstat_column *col = &s->columns[c];
		rc = emit_string(st, fmt_column_key(col, c, buf, sizeof buf));
		fmt_cell_fill(&cell, &env, s, c, fmt_record_value(rec, c));
		if (rc == 0)
			rc = emit_cell(st, &cell, fmt_column_shape(col));
	}
	return rc ? rc : mapping_end(st);
}

static int document_section_end(struct netstat_ctx *ctx, void *state,
				const struct netstat_request *req,
				const struct netstat_section *section,
				struct netstat_text *out)
{
	struct yout_state *st = state;
	set_sink(st, out);
	return close_section(st);
}

static int document_pass_end(struct netstat_ctx *ctx, void *state,
			     const struct netstat_request *req,
			     struct netstat_text *out)
{
	struct yout_state *st = state;
	set_sink(st, out);
	int rc = st->in_pass ? close_section(st) : start_document(st, ctx, req);
	if (rc == 0)
		rc = sequence_end(st); /* sections */
	if (rc == 0)
		rc = mapping_end(st);
	yaml_event_t ev;
	if (rc == 0) {
		yaml_document_end_event_initialize(&ev, 1);
		rc = emit(st, &ev);
	}
	if (rc == 0) {
		yaml_stream_end_event_initialize(&ev);
		rc = emit(st, &ev);
	}
	if (rc == 0 && !yaml_emitter_flush(&st->emitter))
		rc = st->sink_rc ? st->sink_rc : NETSTAT_ERR_IO;
	/* The host names a failed callback with its error; only libyaml's
	 * own reason for refusing the document would be lost. */
	if (rc != 0 && st->sink_rc == 0 && st->in_pass && st->emitter.problem) {
		const struct netstat_host_api *host = netstat_ctx_host(ctx);
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: yaml: cannot write the document: %s\n",
			      st->emitter.problem);
	}
	end_document(st);
	return rc;
}

/* One document per pass; in a stream (fmt_stream.h), one per record. */
static const struct netstat_format yout_document = {
	.pass_begin = document_pass_begin,
	.section_begin = document_section_begin,
	.row = document_row,
	.section_end = document_section_end,
	.pass_end = document_pass_end,
};

static int yout_init(const struct netstat_host_api *host,
		     const struct netstat_option_value *options, void **state)
{
	struct yout_state *st = calloc(1, sizeof *st);
	if (!st)
		return NETSTAT_ERR_NOMEM;
	st->stream.document = &yout_document;
	*state = st;
	return 0;
}

static void yout_fini(void *state)
{
	struct yout_state *st = state;
	if (!st)
		return;
	end_document(st);
	yout_scratch_free(&st->scratch);
	free(st);
}

static const struct netstat_format yout_format = {
	.size = sizeof(struct netstat_format),
	.view = NETSTAT_VIEW_STRUCTURED,
	.init = yout_init,
	.fini = yout_fini,
	.pass_begin = fmt_stream_pass_begin,
	.section_begin = fmt_stream_section_begin,
	.row = fmt_stream_row,
	.section_end = fmt_stream_section_end,
	/* .notice unset: notices go to stderr, stdout stays YAML. */
	.pass_end = fmt_stream_pass_end,
};

NETSTAT_MODULE(yaml) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FORMAT,
	.name = "yaml",
	.description = "YAML, one document per pass (docs/yaml.md)",
	.format = &yout_format,
};
