/*
 * The json format: one JSON document per pass, on one line (so -c gives
 * JSON Lines). The document is written as rows stream in, never held:
 *
 *   {"schema":"netstat/1","report":"connections","pass":0,"sections":[
 *     {"key":"unix","title":"...","columns":[...],"rows":[{...},...]}]}
 *
 * (under --netns and --all-netns a section also has "netns":{...} after
 * its title: the namespace its rows come from).
 *
 * With the option `pretty: true` the same document is indented over
 * several lines, one column or row per line, for people to read.
 * See docs/json.md and docs/netstat.schema.json.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <netstat/netstat.h>

#include "formats/common/fmt_stream.h"
#include "formats/common/fmt_value.h"
#include "formats/json/json_row.h"
#include "formats/json/json_write.h"

#define JSON_SCHEMA_ID "netstat/1"

/* The module's options, in descriptor order (init's `options`). */
enum json_option { JSON_OPT_PRETTY, JSON_N_OPTIONS };

static const struct netstat_option json_options[JSON_N_OPTIONS] = {
	[JSON_OPT_PRETTY] = {.key = "pretty",
			     .type = NETSTAT_OPTION_BOOL,
			     .default_value = "false",
			     .help = "indent each document, one column or row "
				     "per line (false: one line per "
				     "document)"},
};

/* One run of the format: its options and where the current document
 * stands. */
struct json_state {
	struct fmt_stream stream; /* first: see fmt_stream.h */
	bool pretty;
	const struct json_style *style;
	bool in_pass;
	size_t n_sections;
	const struct netstat_section *open_section;
	size_t n_rows;
	struct fmt_warnings warnings;
	struct json_members members;
	struct json_row_plan keys; /* of open_section */
};

/* Nesting depths of the document's parts, for indentation. */
enum json_depth {
	DEPTH_DOCUMENT = 0,
	DEPTH_DOCUMENT_MEMBER = 1, /* schema, report, pass, sections */
	DEPTH_SECTION = 2,
	DEPTH_SECTION_MEMBER = 3, /* key, title, columns, rows */
	DEPTH_ITEM = 4,		  /* a column or a row, on one line */
};

/* Members of a document and of a section. */
#define DOCUMENT_MEMBERS 4
#define SECTION_MEMBERS 4

/* A line break and the indentation of `depth`: pretty only. */
static int newline(const struct json_state *st, struct netstat_text *out,
		   int depth)
{
	if (!st->pretty)
		return 0;
	int rc = netstat_text_puts(out, "\n");
	return rc ? rc : netstat_text_fill(out, ' ', 2 * (size_t)depth);
}

/* Before item `n` (from 0) of an array or of a multi-line object. */
static int next_item(const struct json_state *st, struct netstat_text *out,
		     size_t n, int depth)
{
	int rc = n ? netstat_text_puts(out, ",") : 0;
	return rc ? rc : newline(st, out, depth);
}

/* Ends an array or multi-line object of `n` items laid at `depth`. */
static int close_block(const struct json_state *st, struct netstat_text *out,
		       size_t n, int depth, const char *closer)
{
	int rc = n ? newline(st, out, depth - 1) : 0;
	return rc ? rc : netstat_text_puts(out, closer);
}

/* `"key":` (or `"key": ` when pretty). */
static int put_key(const struct json_state *st, struct netstat_text *out,
		   const char *key)
{
	int rc = json_put_string(out, key);
	return rc ? rc : netstat_text_puts(out, st->style->colon);
}

static int start_document(struct json_state *st, struct netstat_ctx *ctx,
			  const struct netstat_request *req,
			  struct netstat_text *out)
{
	st->in_pass = true;
	st->n_sections = 0;
	st->open_section = NULL;
	int rc = netstat_text_puts(out, "{");
	if (rc == 0)
		rc = next_item(st, out, 0, DEPTH_DOCUMENT_MEMBER);
	if (rc == 0)
		rc = put_key(st, out, "schema");
	if (rc == 0)
		rc = json_put_string(out, JSON_SCHEMA_ID);
	if (rc == 0)
		rc = next_item(st, out, 1, DEPTH_DOCUMENT_MEMBER);
	if (rc == 0)
		rc = put_key(st, out, "report");
	if (rc == 0)
		rc = json_put_string(out, fmt_report_name(req->report));
	if (rc == 0)
		rc = next_item(st, out, 2, DEPTH_DOCUMENT_MEMBER);
	if (rc == 0)
		rc = put_key(st, out, "pass");
	if (rc == 0)
		rc = netstat_text_printf(out, "%d", netstat_ctx_iteration(ctx));
	if (rc == 0)
		rc = next_item(st, out, 3, DEPTH_DOCUMENT_MEMBER);
	if (rc == 0)
		rc = put_key(st, out, "sections");
	if (rc == 0)
		rc = netstat_text_puts(out, "[");
	return rc;
}

static int close_section(struct json_state *st, struct netstat_text *out)
{
	if (!st->open_section)
		return 0;
	st->open_section = NULL;
	int rc = close_block(st, out, st->n_rows, DEPTH_ITEM, "]");
	return rc ? rc
		  : close_block(st, out, SECTION_MEMBERS, DEPTH_SECTION_MEMBER,
				"}");
}

/* One entry of "columns", on one line. */
static int put_column(const struct json_state *st, struct netstat_text *out,
		      const struct netstat_column *col, size_t index)
{
	const char *comma = st->style->comma;
	char buf[32];
	int rc = netstat_text_puts(out, "{");
	if (rc == 0)
		rc = put_key(st, out, "key");
	if (rc == 0)
		rc = json_put_string(
			out, fmt_column_key(col, index, buf, sizeof buf));
	if (rc == 0)
		rc = netstat_text_puts(out, comma);
	if (rc == 0)
		rc = put_key(st, out, "title");
	if (rc == 0)
		rc = json_put_string(out, col->title);
	if (rc == 0)
		rc = netstat_text_puts(out, comma);
	if (rc == 0)
		rc = put_key(st, out, "type");
	if (rc == 0)
		rc = json_put_string(out, fmt_type_name(fmt_column_shape(col)));
	if (rc == 0)
		rc = netstat_text_puts(out, "}");
	return rc;
}

/* `"netns":{...},` of a section whose records come from a namespace
 * (--netns, --all-netns); nothing otherwise. */
static int put_netns(const struct json_state *st, struct netstat_ctx *ctx,
		     struct netstat_text *out)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	const struct netstat_netns *ns = host->netns ? host->netns(ctx) : NULL;
	if (!ns)
		return 0;
	const char *comma = st->style->comma;
	int rc = next_item(st, out, 2, DEPTH_SECTION_MEMBER);
	if (rc == 0)
		rc = put_key(st, out, "netns");
	if (rc == 0)
		rc = netstat_text_puts(out, "{");
	if (rc == 0)
		rc = put_key(st, out, "inode");
	if (rc == 0)
		rc = netstat_text_printf(out, "%llu%s",
					 (unsigned long long)ns->inode, comma);
	if (rc == 0)
		rc = put_key(st, out, "host");
	if (rc == 0)
		rc = netstat_text_printf(out, "%s%s",
					 ns->host ? "true" : "false", comma);
	const char *keys[] = {"name", "names"};
	const char *texts[] = {ns->name, ns->names};
	for (size_t i = 0; i < 2 && rc == 0; i++) {
		rc = put_key(st, out, keys[i]);
		if (rc == 0)
			rc = json_put_string(out, texts[i]);
		if (rc == 0)
			rc = netstat_text_puts(out, comma);
	}
	if (rc == 0)
		rc = put_key(st, out, "pid");
	if (rc == 0)
		rc = ns->pid ? netstat_text_printf(out, "%u", (unsigned)ns->pid)
			     : netstat_text_puts(out, "null");
	if (rc == 0)
		rc = netstat_text_puts(out, comma);
	if (rc == 0)
		rc = put_key(st, out, "command");
	if (rc == 0)
		rc = json_put_string(out, ns->command);
	if (rc == 0)
		rc = netstat_text_puts(out, comma);
	const char *more_keys[] = {"cgroup", "container_runtime",
				   "container_id", "pod_uid", "unit"};
	const char *more[] = {ns->cgroup, ns->container_runtime,
			      ns->container_id, ns->pod_uid, ns->unit};
	for (size_t i = 0; i < 5 && rc == 0; i++) {
		if (i > 0)
			rc = netstat_text_puts(out, comma);
		if (rc == 0)
			rc = put_key(st, out, more_keys[i]);
		if (rc == 0)
			rc = json_put_string(out, more[i]);
	}
	return rc ? rc : netstat_text_puts(out, "}");
}

static int begin(struct json_state *st, struct netstat_ctx *ctx,
		 const struct netstat_request *req,
		 const struct netstat_section *section, const size_t *columns,
		 size_t n_columns, struct netstat_text *out)
{
	int rc = st->in_pass ? close_section(st, out)
			     : start_document(st, ctx, req, out);
	if (rc == 0)
		rc = next_item(st, out, st->n_sections++, DEPTH_SECTION);
	if (rc == 0)
		rc = netstat_text_puts(out, "{");
	if (rc == 0)
		rc = next_item(st, out, 0, DEPTH_SECTION_MEMBER);
	if (rc == 0)
		rc = put_key(st, out, "key");
	if (rc == 0)
		rc = json_put_string(out, section->key);
	if (rc == 0)
		rc = next_item(st, out, 1, DEPTH_SECTION_MEMBER);
	if (rc == 0)
		rc = put_key(st, out, "title");
	if (rc == 0)
		rc = json_put_string(out, section->title);
	if (rc == 0)
		rc = put_netns(st, ctx, out);
	if (rc == 0)
		rc = next_item(st, out, 2, DEPTH_SECTION_MEMBER);
	if (rc == 0)
		rc = put_key(st, out, "columns");
	if (rc == 0)
		rc = netstat_text_puts(out, "[");
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		rc = next_item(st, out, i, DEPTH_ITEM);
		if (rc == 0)
			rc = put_column(st, out, &section->columns[columns[i]],
					columns[i]);
	}
	if (rc == 0)
		rc = close_block(st, out, n_columns, DEPTH_ITEM, "]");
	if (rc == 0)
		rc = next_item(st, out, 3, DEPTH_SECTION_MEMBER);
	if (rc == 0)
		rc = put_key(st, out, "rows");
	if (rc == 0)
		rc = netstat_text_puts(out, "[");
	if (rc == 0)
		rc = json_row_plan_set(&st->keys, section, columns, n_columns,
				       &st->members);
	st->open_section = section;
	st->n_rows = 0;
	return rc;
}

static int document_pass_begin(struct netstat_ctx *ctx, void *state,
			       const struct netstat_request *req,
			       struct netstat_text *out)
{
	return start_document(state, ctx, req, out);
}

static int document_section_begin(struct netstat_ctx *ctx, void *state,
				  const struct netstat_request *req,
				  const struct netstat_section *section,
				  const size_t *columns, size_t n_columns,
				  struct netstat_text *out)
{
	return begin(state, ctx, req, section, columns, n_columns, out);
}

static int document_row(struct netstat_ctx *ctx, void *state,
			const struct netstat_request *req,
			const struct netstat_record *rec, const size_t *columns,
			size_t n_columns, struct netstat_text *out)
{
	struct json_state *st = state;
	const struct netstat_section *s = rec->section;
	int rc = 0;
	/* Rows of a section the host did not (re)open start a new entry
	 * with the same key, rather than landing in the wrong one. */
	if (!st->open_section || strcmp(st->open_section->key, s->key) != 0)
		rc = begin(st, ctx, req, s, columns, n_columns, out);
	if (rc == 0)
		rc = next_item(st, out, st->n_rows++, DEPTH_ITEM);
	if (rc == 0 && !json_row_plan_matches(&st->keys, s, columns, n_columns))
		rc = json_row_plan_set(&st->keys, s, columns, n_columns,
				       &st->members);
	struct fmt_env env = fmt_env_of(ctx, req, "json", &st->warnings);
	return rc ? rc
		  : json_row_write(out, &st->keys, rec, &env, &st->members);
}

static int document_section_end(struct netstat_ctx *ctx, void *state,
				const struct netstat_request *req,
				const struct netstat_section *section,
				struct netstat_text *out)
{
	return close_section(state, out);
}

static int document_pass_end(struct netstat_ctx *ctx, void *state,
			     const struct netstat_request *req,
			     struct netstat_text *out)
{
	struct json_state *st = state;
	int rc = st->in_pass ? close_section(st, out)
			     : start_document(st, ctx, req, out);
	st->in_pass = false;
	if (rc == 0)
		rc = close_block(st, out, st->n_sections, DEPTH_SECTION, "]");
	if (rc == 0)
		rc = close_block(st, out, DOCUMENT_MEMBERS,
				 DEPTH_DOCUMENT_MEMBER, "}");
	if (rc == 0)
		rc = netstat_text_puts(out, "\n");
	return rc;
}

/* One document per pass; in a stream (fmt_stream.h), one per record. */
static const struct netstat_format json_document = {
	.pass_begin = document_pass_begin,
	.section_begin = document_section_begin,
	.row = document_row,
	.section_end = document_section_end,
	.pass_end = document_pass_end,
};

static int json_init(const struct netstat_host_api *host,
		     const struct netstat_option_value *options, void **state)
{
	struct json_state *st = calloc(1, sizeof *st);
	if (!st)
		return NETSTAT_ERR_NOMEM;
	st->stream.document = &json_document;
	st->pretty = options && options[JSON_OPT_PRETTY].b;
	st->style = st->pretty ? &json_spaced : &json_compact;
	if (json_members_init(&st->members, st->style) < 0) {
		free(st);
		return NETSTAT_ERR_NOMEM;
	}
	*state = st;
	return 0;
}

static void json_fini(void *state)
{
	struct json_state *st = state;
	json_row_plan_free(&st->keys);
	free(st);
}

static const struct netstat_format json_format = {
	.size = sizeof(struct netstat_format),
	.view = NETSTAT_VIEW_STRUCTURED,
	.init = json_init,
	.fini = json_fini,
	.pass_begin = fmt_stream_pass_begin,
	.section_begin = fmt_stream_section_begin,
	.row = fmt_stream_row,
	.section_end = fmt_stream_section_end,
	/* .notice unset: notices go to stderr, stdout stays JSON. */
	.pass_end = fmt_stream_pass_end,
};

NETSTAT_MODULE(json) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FORMAT,
	.name = "json",
	.description = "JSON, one document per pass (docs/json.md)",
	.options = json_options,
	.n_options = JSON_N_OPTIONS,
	.format = &json_format,
};
