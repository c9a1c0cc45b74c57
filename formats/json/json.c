/*
 * The json format: one JSON document per pass, on one line (so -c gives
 * JSON Lines). The document is written as rows stream in, never held:
 *
 *   {"schema":"netstat/1","report":"connections","pass":0,"sections":[
 *     {"key":"unix","title":"...","columns":[...],"rows":[{...},...]}]}
 *
 * See docs/json.md and docs/netstat.schema.json.
 */
#include <stdbool.h>
#include <string.h>

#include <netstat/netstat.h>

#include "formats/common/fmt_value.h"
#include "formats/json/json_write.h"

#define JSON_SCHEMA_ID "netstat/1"

static const struct netstat_host_api *host;

/* Where the current document stands. */
static bool in_pass;
static size_t n_sections;
static const struct netstat_section *open_section;
static size_t n_rows;

static int json_init(const struct netstat_host_api *h)
{
	host = h;
	return 0;
}

static int start_document(const struct netstat_request *req,
			  struct netstat_text *out)
{
	in_pass = true;
	n_sections = 0;
	open_section = NULL;
	int rc = netstat_text_puts(out, "{\"schema\":\"" JSON_SCHEMA_ID
					"\",\"report\":");
	if (rc == 0)
		rc = json_put_string(out, fmt_report_name(req->report));
	if (rc == 0)
		rc = netstat_text_printf(out, ",\"pass\":%d,\"sections\":[",
					 req->iteration);
	return rc;
}

static int close_section(struct netstat_text *out)
{
	if (!open_section)
		return 0;
	open_section = NULL;
	return netstat_text_puts(out, "]}");
}

static int put_column(struct netstat_text *out,
		      const struct netstat_column *col, size_t index)
{
	char buf[32];
	int rc = netstat_text_puts(out, "{\"key\":");
	if (rc == 0)
		rc = json_put_string(
			out, fmt_column_key(col, index, buf, sizeof buf));
	if (rc == 0)
		rc = netstat_text_puts(out, ",\"title\":");
	if (rc == 0)
		rc = json_put_string(out, col->title);
	if (rc == 0)
		rc = netstat_text_printf(out, ",\"type\":\"%s\"}",
					 fmt_type_name(fmt_column_shape(col)));
	return rc;
}

static int begin(const struct netstat_request *req,
		 const struct netstat_section *section, const size_t *columns,
		 size_t n_columns, struct netstat_text *out)
{
	int rc = in_pass ? close_section(out) : start_document(req, out);
	if (rc == 0 && n_sections++ > 0)
		rc = netstat_text_puts(out, ",");
	if (rc == 0)
		rc = netstat_text_puts(out, "{\"key\":");
	if (rc == 0)
		rc = json_put_string(out, section->key);
	if (rc == 0)
		rc = netstat_text_puts(out, ",\"title\":");
	if (rc == 0)
		rc = json_put_string(out, section->title);
	if (rc == 0)
		rc = netstat_text_puts(out, ",\"columns\":[");
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		if (i > 0)
			rc = netstat_text_puts(out, ",");
		if (rc == 0)
			rc = put_column(out, &section->columns[columns[i]],
					columns[i]);
	}
	if (rc == 0)
		rc = netstat_text_puts(out, "],\"rows\":[");
	open_section = section;
	n_rows = 0;
	return rc;
}

static int json_pass_begin(struct netstat_ctx *ctx,
			   const struct netstat_request *req,
			   struct netstat_text *out)
{
	return start_document(req, out);
}

static int json_section_begin(struct netstat_ctx *ctx,
			      const struct netstat_request *req,
			      const struct netstat_section *section,
			      const size_t *columns, size_t n_columns,
			      struct netstat_text *out)
{
	return begin(req, section, columns, n_columns, out);
}

static int json_row(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_record *rec, const size_t *columns,
		    size_t n_columns, struct netstat_text *out)
{
	const struct netstat_section *s = rec->section;
	int rc = 0;
	/* Rows of a section the host did not (re)open start a new entry
	 * with the same key, rather than landing in the wrong one. */
	if (!open_section || strcmp(open_section->key, s->key) != 0)
		rc = begin(req, s, columns, n_columns, out);
	if (rc == 0)
		rc = netstat_text_puts(out, n_rows++ ? ",{" : "{");
	struct fmt_env env = {ctx, host, req, "json"};
	struct fmt_cell cell;
	char buf[32];
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		size_t c = columns[i];
		const struct netstat_column *col = &s->columns[c];
		rc = netstat_text_puts(out, i ? "," : "");
		if (rc == 0)
			rc = json_put_string(
				out, fmt_column_key(col, c, buf, sizeof buf));
		if (rc == 0)
			rc = netstat_text_puts(out, ":");
		fmt_cell_fill(&cell, &env, s, c, fmt_record_value(rec, c));
		if (rc == 0)
			rc = json_put_cell(out, &cell, fmt_column_shape(col));
	}
	if (rc == 0)
		rc = netstat_text_puts(out, "}");
	return rc;
}

static int json_section_end(struct netstat_ctx *ctx,
			    const struct netstat_request *req,
			    const struct netstat_section *section,
			    struct netstat_text *out)
{
	return close_section(out);
}

static int json_pass_end(struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 struct netstat_text *out)
{
	int rc = in_pass ? close_section(out) : start_document(req, out);
	in_pass = false;
	if (rc == 0)
		rc = netstat_text_puts(out, "]}\n");
	return rc;
}

static const struct netstat_format json_format = {
	.size = sizeof(struct netstat_format),
	.init = json_init,
	.pass_begin = json_pass_begin,
	.section_begin = json_section_begin,
	.row = json_row,
	.section_end = json_section_end,
	/* .notice unset: notices go to stderr, stdout stays JSON. */
	.pass_end = json_pass_end,
};

NETSTAT_MODULE(json) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FORMAT,
	.name = "json",
	.description = "JSON, one document per pass (docs/json.md)",
	.format = &json_format,
};
