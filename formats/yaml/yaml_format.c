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
#include <string.h>
#include <yaml.h>

#include <netstat/netstat.h>

#include "formats/common/fmt_number.h"
#include "formats/common/fmt_value.h"
#include "formats/yaml/yaml_text.h"

static const struct netstat_host_api *host;

static yaml_emitter_t emitter;
static bool in_pass;
static const struct netstat_section *open_section;
/* Where the emitter's output goes: the host buffer of the call that
 * made libyaml flush. */
static struct netstat_text *sink;
static int sink_rc;

static int write_sink(void *data, unsigned char *buf, size_t size)
{
	if (sink_rc == 0)
		sink_rc = netstat_text_append(sink, (const char *)buf, size);
	return sink_rc == 0;
}

static int emit(yaml_event_t *ev)
{
	if (!yaml_emitter_emit(&emitter, ev))
		return sink_rc ? sink_rc : NETSTAT_ERR_IO;
	return sink_rc;
}

static int emit_plain(const char *text)
{
	yaml_event_t ev;
	yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)text,
				     (int)strlen(text), 1, 0,
				     YAML_PLAIN_SCALAR_STYLE);
	return emit(&ev);
}

static int emit_string(const char *s)
{
	if (!s)
		return emit_plain("null");
	size_t n;
	const char *clean = yout_clean(s, &n);
	if (!clean)
		return NETSTAT_ERR_NOMEM;
	/* Quoted unless plain text reads back as this same string. */
	int plain = yout_plain_ok(clean, n);
	yaml_event_t ev;
	yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)clean,
				     (int)n, plain, 1, YAML_ANY_SCALAR_STYLE);
	return emit(&ev);
}

static int emit_scalar(const struct fmt_scalar *f)
{
	char buf[FMT_DOUBLE_SIZE];
	switch (f->kind) {
	case FMT_STRING:
		return emit_string(f->v.s);
	case FMT_INT:
		snprintf(buf, sizeof buf, "%" PRId64, f->v.i);
		return emit_plain(buf);
	case FMT_UINT:
		snprintf(buf, sizeof buf, "%" PRIu64, f->v.u);
		return emit_plain(buf);
	case FMT_DOUBLE:
		return emit_plain(fmt_double(f->v.d, buf) ? buf : "null");
	default:
		return emit_plain("null");
	}
}

static int mapping_start(yaml_mapping_style_t style)
{
	yaml_event_t ev;
	yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, style);
	return emit(&ev);
}

static int mapping_end(void)
{
	yaml_event_t ev;
	yaml_mapping_end_event_initialize(&ev);
	return emit(&ev);
}

static int sequence_start(yaml_sequence_style_t style)
{
	yaml_event_t ev;
	yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, style);
	return emit(&ev);
}

static int sequence_end(void)
{
	yaml_event_t ev;
	yaml_sequence_end_event_initialize(&ev);
	return emit(&ev);
}

static int emit_cell(const struct fmt_cell *cell, uint32_t shape)
{
	if (cell->null)
		return emit_plain("null");
	if (cell->n_fields == 0)
		return emit_scalar(&cell->fields[0]);
	const char *const *names;
	fmt_type_fields(shape, &names);
	int rc = mapping_start(YAML_FLOW_MAPPING_STYLE);
	for (size_t i = 0; i < cell->n_fields && rc == 0; i++) {
		rc = emit_plain(names[i]);
		if (rc == 0)
			rc = emit_scalar(&cell->fields[i]);
	}
	return rc ? rc : mapping_end();
}

static int start_document(const struct netstat_request *req)
{
	if (!yaml_emitter_initialize(&emitter))
		return NETSTAT_ERR_NOMEM;
	yaml_emitter_set_output(&emitter, write_sink, NULL);
	yaml_emitter_set_unicode(&emitter, 1);
	yaml_emitter_set_width(&emitter, -1); /* never fold long text */
	in_pass = true;
	open_section = NULL;

	yaml_event_t ev;
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	int rc = emit(&ev);
	if (rc == 0) {
		yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 0);
		rc = emit(&ev);
	}
	char pass[16];
	snprintf(pass, sizeof pass, "%d", req->iteration);
	if (rc == 0)
		rc = mapping_start(YAML_BLOCK_MAPPING_STYLE);
	if (rc == 0)
		rc = emit_plain("schema");
	if (rc == 0)
		rc = emit_string("netstat/1");
	if (rc == 0)
		rc = emit_plain("report");
	if (rc == 0)
		rc = emit_string(fmt_report_name(req->report));
	if (rc == 0)
		rc = emit_plain("pass");
	if (rc == 0)
		rc = emit_plain(pass);
	if (rc == 0)
		rc = emit_plain("sections");
	if (rc == 0)
		rc = sequence_start(YAML_BLOCK_SEQUENCE_STYLE);
	return rc;
}

static int close_section(void)
{
	if (!open_section)
		return 0;
	open_section = NULL;
	int rc = sequence_end(); /* rows */
	return rc ? rc : mapping_end();
}

/* A key and its string value. */
static int emit_pair(const char *key, const char *value)
{
	int rc = emit_plain(key);
	return rc ? rc : emit_string(value);
}

static int begin(const struct netstat_request *req,
		 const struct netstat_section *section, const size_t *columns,
		 size_t n_columns)
{
	int rc = in_pass ? close_section() : start_document(req);
	if (rc == 0)
		rc = mapping_start(YAML_BLOCK_MAPPING_STYLE);
	if (rc == 0)
		rc = emit_pair("key", section->key);
	if (rc == 0)
		rc = emit_pair("title", section->title);
	if (rc == 0)
		rc = emit_plain("columns");
	if (rc == 0)
		rc = sequence_start(YAML_BLOCK_SEQUENCE_STYLE);
	char buf[32];
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		size_t c = columns[i];
		const struct netstat_column *col = &section->columns[c];
		rc = mapping_start(YAML_FLOW_MAPPING_STYLE);
		if (rc == 0)
			rc = emit_pair("key",
				       fmt_column_key(col, c, buf, sizeof buf));
		if (rc == 0)
			rc = emit_pair("title", col->title);
		if (rc == 0)
			rc = emit_pair("type",
				       fmt_type_name(fmt_column_shape(col)));
		if (rc == 0)
			rc = mapping_end();
	}
	if (rc == 0)
		rc = sequence_end();
	if (rc == 0)
		rc = emit_plain("rows");
	if (rc == 0)
		rc = sequence_start(YAML_BLOCK_SEQUENCE_STYLE);
	open_section = section;
	return rc;
}

static int yout_init(const struct netstat_host_api *h)
{
	host = h;
	return 0;
}

static void yout_fini(void)
{
	if (in_pass)
		yaml_emitter_delete(&emitter);
	in_pass = false;
	yout_clean_free();
}

static int yout_pass_begin(struct netstat_ctx *ctx,
			   const struct netstat_request *req,
			   struct netstat_text *out)
{
	sink = out;
	sink_rc = 0;
	if (in_pass)
		yaml_emitter_delete(&emitter); /* a pass that never ended */
	return start_document(req);
}

static int yout_section_begin(struct netstat_ctx *ctx,
			      const struct netstat_request *req,
			      const struct netstat_section *section,
			      const size_t *columns, size_t n_columns,
			      struct netstat_text *out)
{
	sink = out;
	return begin(req, section, columns, n_columns);
}

static int yout_row(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_record *rec, const size_t *columns,
		    size_t n_columns, struct netstat_text *out)
{
	const struct netstat_section *s = rec->section;
	sink = out;
	int rc = 0;
	if (!open_section || strcmp(open_section->key, s->key) != 0)
		rc = begin(req, s, columns, n_columns);
	if (rc == 0)
		rc = mapping_start(YAML_BLOCK_MAPPING_STYLE);
	struct fmt_env env = {ctx, host, req, "yaml"};
	struct fmt_cell cell;
	char buf[32];
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		size_t c = columns[i];
		const struct netstat_column *col = &s->columns[c];
		rc = emit_string(fmt_column_key(col, c, buf, sizeof buf));
		fmt_cell_fill(&cell, &env, s, c, fmt_record_value(rec, c));
		if (rc == 0)
			rc = emit_cell(&cell, fmt_column_shape(col));
	}
	return rc ? rc : mapping_end();
}

static int yout_section_end(struct netstat_ctx *ctx,
			    const struct netstat_request *req,
			    const struct netstat_section *section,
			    struct netstat_text *out)
{
	sink = out;
	return close_section();
}

static int yout_pass_end(struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 struct netstat_text *out)
{
	sink = out;
	int rc = in_pass ? close_section() : start_document(req);
	if (rc == 0)
		rc = sequence_end(); /* sections */
	if (rc == 0)
		rc = mapping_end();
	yaml_event_t ev;
	if (rc == 0) {
		yaml_document_end_event_initialize(&ev, 1);
		rc = emit(&ev);
	}
	if (rc == 0) {
		yaml_stream_end_event_initialize(&ev);
		rc = emit(&ev);
	}
	if (rc == 0 && !yaml_emitter_flush(&emitter))
		rc = sink_rc ? sink_rc : NETSTAT_ERR_IO;
	if (rc != 0)
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: yaml: cannot write the document: %s\n",
			      emitter.problem ? emitter.problem
					      : host->strerror(rc));
	yaml_emitter_delete(&emitter);
	in_pass = false;
	return rc;
}

static const struct netstat_format yout_format = {
	.size = sizeof(struct netstat_format),
	.init = yout_init,
	.fini = yout_fini,
	.pass_begin = yout_pass_begin,
	.section_begin = yout_section_begin,
	.row = yout_row,
	.section_end = yout_section_end,
	/* .notice unset: notices go to stderr, stdout stays YAML. */
	.pass_end = yout_pass_end,
};

NETSTAT_MODULE(yaml) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FORMAT,
	.name = "yaml",
	.description = "YAML, one document per pass (docs/yaml.md)",
	.format = &yout_format,
};
