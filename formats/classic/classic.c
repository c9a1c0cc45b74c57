/*
 * The classic format: net-tools 2.10 text, byte for byte.
 *
 * It knows nothing of families: a section's columns say width, alignment
 * and separator; where net-tools has a rule of its own the plugin supplies
 * a cell or row renderer, which this module calls.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <netstat/netstat.h>

#include "formats/classic/classic_cell.h"

static const struct netstat_host_api *host;

/* Scratch buffer for one cell, reused across rows (no allocation per row). */
static char *cell_buf;
static size_t cell_cap;

static int cell_grow(struct netstat_text *t, size_t need)
{
	size_t cap = t->cap ? t->cap : 256;
	while (cap - t->len < need)
		cap *= 2;
	char *p = realloc(t->buf, cap);
	if (!p)
		return NETSTAT_ERR_NOMEM;
	t->buf = p;
	t->cap = cap;
	cell_buf = p;
	cell_cap = cap;
	return 0;
}

/* Scratch buffer for a whole row (or an escaped cell). */
static char *row_buf;
static size_t row_cap;

static int row_grow(struct netstat_text *t, size_t need)
{
	size_t cap = t->cap ? t->cap : 256;
	while (cap - t->len < need)
		cap *= 2;
	char *p = realloc(t->buf, cap);
	if (!p)
		return NETSTAT_ERR_NOMEM;
	t->buf = p;
	t->cap = cap;
	row_buf = p;
	row_cap = cap;
	return 0;
}

/* A cell is one line; a row renderer may write several. */
static bool is_control(unsigned char c, bool newline_ok)
{
	return (c < 0x20 && !(newline_ok && c == '\n')) || c == 0x7f;
}

/*
 * Copies rendered text to `out` with every control byte (but the newline,
 * when `newline_ok`) escaped: whatever a plugin's renderer lets through
 * from the kernel or from another process never reaches the terminal
 * (docs/security.md).
 */
static int put_escaped(struct netstat_text *out, const char *s, size_t n,
		       bool newline_ok)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		if (!is_control((unsigned char)s[i], newline_ok))
			continue;
		int rc = netstat_text_append(out, s + run, i - run);
		if (rc == 0)
			rc = netstat_text_put_untrusted(out, s + i, 1);
		if (rc < 0)
			return rc;
		run = i + 1;
	}
	return netstat_text_append(out, s + run, n - run);
}

static int classic_init(const struct netstat_host_api *h)
{
	host = h;
	return 0;
}

static void classic_fini(void)
{
	free(cell_buf);
	cell_buf = NULL;
	cell_cap = 0;
	free(row_buf);
	row_buf = NULL;
	row_cap = 0;
}

/* Appends `s` (length n) to `out` as net-tools' %-W.Ws / %Ws would. */
static int put_field(struct netstat_text *out, const struct netstat_column *col,
		     const char *s, size_t n, int pad)
{
	size_t width = col->width > 0 ? (size_t)col->width : 0;
	if ((col->flags & NETSTAT_COL_TRUNCATE) && width && n > width)
		n = width;
	size_t fill = pad && n < width ? width - n : 0;
	int rc = 0;
	if (col->flags & NETSTAT_COL_RIGHT)
		rc = netstat_text_fill(out, ' ', fill);
	if (rc == 0)
		rc = netstat_text_append(out, s, n);
	if (rc == 0 && !(col->flags & NETSTAT_COL_RIGHT))
		rc = netstat_text_fill(out, ' ', fill);
	return rc;
}

static int classic_section_begin(struct netstat_ctx *ctx,
				 const struct netstat_request *req,
				 const struct netstat_section *section,
				 const size_t *columns, size_t n_columns,
				 struct netstat_text *out)
{
	if (!(section->flags & NETSTAT_SECTION_HEADER_ONCE) ||
	    req->iteration == 0) {
		if (section->classic_title)
			section->classic_title(ctx, req, out);
		else if (section->title)
			netstat_text_printf(out, "%s\n", section->title);
	}
	if (section->flags & NETSTAT_SECTION_NO_COLUMN_LINE)
		return 0;
	for (size_t i = 0; i < n_columns; i++) {
		const struct netstat_column *col =
			&section->columns[columns[i]];
		if (col->flags & NETSTAT_COL_STRUCTURED_ONLY)
			continue;
		const char *title = col->title ? col->title : "";
		if (col->sep)
			netstat_text_puts(out, col->sep);
		put_field(out, col, title, strlen(title),
			  !(col->flags & NETSTAT_COL_NO_TITLE_PAD));
	}
	return netstat_text_puts(out, "\n");
}

static int classic_row(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, const size_t *columns,
		       size_t n_columns, struct netstat_text *out)
{
	struct netstat_text row = {
		.buf = row_buf, .len = 0, .cap = row_cap, .grow = row_grow};
	if (rec->classic_row) {
		rec->classic_row(ctx, req, rec, &row);
		return put_escaped(out, row.buf, row.len, true);
	}
	const struct netstat_section *section = rec->section;
	struct netstat_text cell = {
		.buf = cell_buf, .len = 0, .cap = cell_cap, .grow = cell_grow};
	for (size_t i = 0; i < n_columns; i++) {
		size_t c = columns[i];
		const struct netstat_column *col = &section->columns[c];
		if (col->flags & NETSTAT_COL_STRUCTURED_ONLY)
			continue;
		cell.len = 0;
		if (col->classic)
			col->classic(ctx, req, rec, c, &cell);
		else if (c < rec->n_values &&
			 rec->values[c].type != NETSTAT_T_NULL)
			classic_cell_default(ctx, host, req, &rec->values[c],
					     &cell);
		else if (col->type == NETSTAT_T_PROCESS)
			netstat_text_puts(&cell, "-"); /* no owner known */
		const char *text = cell.buf;
		size_t len = cell.len;
		for (size_t k = 0; k < len; k++)
			if (is_control((unsigned char)text[k], false)) {
				row.len = 0;
				put_escaped(&row, cell.buf, cell.len, false);
				text = row.buf;
				len = row.len;
				break;
			}
		if (col->sep)
			netstat_text_puts(out, col->sep);
		int rc = put_field(out, col, text, len, 1);
		if (rc < 0)
			return rc;
	}
	return netstat_text_puts(out, "\n");
}

static int classic_notice(struct netstat_ctx *ctx, const char *text,
			  struct netstat_text *out)
{
	return put_escaped(out, text, strlen(text), true);
}

static const struct netstat_format classic_format = {
	.size = sizeof(struct netstat_format),
	.init = classic_init,
	.fini = classic_fini,
	.section_begin = classic_section_begin,
	.row = classic_row,
	.notice = classic_notice,
};

NETSTAT_MODULE(classic) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FORMAT,
	.name = "classic",
	.description = "net-tools 2.10 compatible text",
	.format = &classic_format,
};
