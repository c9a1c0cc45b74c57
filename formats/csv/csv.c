/*
 * The csv format (RFC 4180). Every record starts with a "section" field;
 * each section opens with a header record whose first field is the word
 * "section" and whose other fields name the columns. Compound values are
 * spread over one field each ("local_address.port"), so every field is a
 * plain scalar. See docs/csv.md.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netstat/netstat.h>

#include "formats/common/fmt_value.h"
#include "formats/csv/csv_field.h"

/* One run of the format. */
struct csv_state {
	/* The section whose header was written last in this pass. */
	const struct netstat_section *open_section;
	struct fmt_warnings warnings;
};

static int csv_init(const struct netstat_host_api *host,
		    const struct netstat_option_value *options, void **state)
{
	struct csv_state *st = calloc(1, sizeof *st);
	if (!st)
		return NETSTAT_ERR_NOMEM;
	*state = st;
	return 0;
}

static void csv_fini(void *state)
{
	free(state);
}

static int put_header(struct csv_state *st,
		      const struct netstat_section *section,
		      const size_t *columns, size_t n_columns,
		      struct netstat_text *out)
{
	st->open_section = section;
	int rc = netstat_text_puts(out, "section");
	char buf[32];
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		const struct netstat_column *col =
			&section->columns[columns[i]];
		const char *key =
			fmt_column_key(col, columns[i], buf, sizeof buf);
		const char *const *names;
		size_t n = fmt_type_fields(fmt_column_shape(col), &names);
		if (n == 0) {
			rc = netstat_text_puts(out, ",");
			if (rc == 0)
				rc = csv_put_text(out, key);
			continue;
		}
		/* Dotted names: the JSON path of the same field. */
		for (size_t f = 0; f < n && rc == 0; f++) {
			char name[256];
			snprintf(name, sizeof name, "%s.%s", key, names[f]);
			rc = netstat_text_puts(out, ",");
			if (rc == 0)
				rc = csv_put_text(out, name);
		}
	}
	if (rc == 0)
		rc = netstat_text_puts(out, CSV_EOL);
	return rc;
}

static int csv_pass_begin(struct netstat_ctx *ctx, void *state,
			  const struct netstat_request *req,
			  struct netstat_text *out)
{
	struct csv_state *st = state;
	st->open_section = NULL;
	return 0;
}

static int csv_section_begin(struct netstat_ctx *ctx, void *state,
			     const struct netstat_request *req,
			     const struct netstat_section *section,
			     const size_t *columns, size_t n_columns,
			     struct netstat_text *out)
{
	return put_header(state, section, columns, n_columns, out);
}

static int csv_row(struct netstat_ctx *ctx, void *state,
		   const struct netstat_request *req,
		   const struct netstat_record *rec, const size_t *columns,
		   size_t n_columns, struct netstat_text *out)
{
	struct csv_state *st = state;
	const struct netstat_section *s = rec->section;
	int rc = 0;
	/* A row of a section other than the last header's: say again
	 * what its fields are. */
	if (!st->open_section || strcmp(st->open_section->key, s->key) != 0)
		rc = put_header(st, s, columns, n_columns, out);
	if (rc == 0)
		rc = csv_put_text(out, s->key);
	struct fmt_env env = fmt_env_of(ctx, req, "csv", &st->warnings);
	struct fmt_cell cell;
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		size_t c = columns[i];
		fmt_cell_fill(&cell, &env, s, c, fmt_record_value(rec, c));
		size_t n = cell.n_fields ? cell.n_fields : 1;
		for (size_t f = 0; f < n && rc == 0; f++) {
			rc = netstat_text_puts(out, ",");
			if (rc == 0 && !cell.null && cell.list)
				rc = csv_put_items(out, &cell, f);
			else if (rc == 0 && !cell.null)
				rc = csv_put_scalar(out, &cell.fields[f]);
		}
	}
	if (rc == 0)
		rc = netstat_text_puts(out, CSV_EOL);
	return rc;
}

static const struct netstat_format csv_format = {
	.size = sizeof(struct netstat_format),
	.view = NETSTAT_VIEW_STRUCTURED,
	.init = csv_init,
	.fini = csv_fini,
	.pass_begin = csv_pass_begin,
	.section_begin = csv_section_begin,
	.row = csv_row,
	/* .notice unset: notices go to stderr, stdout stays CSV. */
};

NETSTAT_MODULE(csv) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FORMAT,
	.name = "csv",
	.description =
		"RFC 4180 CSV, a header record per section (docs/csv.md)",
	.format = &csv_format,
};
