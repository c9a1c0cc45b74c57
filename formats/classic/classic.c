/*
 * The classic format: net-tools 2.10 text, byte for byte.
 *
 * It knows nothing of families: a section's classic layout and its
 * columns' classic knobs say titles, widths, alignment and separators;
 * where net-tools has a rule of its own the plugin supplies a cell or row
 * renderer, which this module calls. Every renderer works from the
 * record's typed values.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <netstat/netstat.h>

#include "formats/classic/classic_cell.h"

/* A section laid out from its rows (NETSTAT_CLASSIC_MEASURE): every cell
 * rendered, each ending in NUL, in one buffer; offsets per cell. */
struct measured {
	const struct netstat_section *section;
	size_t columns[128];
	size_t n_columns;
	struct netstat_text cells;
	size_t *offsets; /* n_rows * n_columns */
	size_t n_cells, cap_cells;
};

/* A shown detail column: where its value is in a record's values, and
 * its item's " key:" (zero-padded: copied with one fixed-size move). */
#define DETAIL_KEY 32 /* " key:" slots, padded to this (keys: 30 at most) */
struct detail {
	uint32_t column, value_offset, key_len;
	char key[DETAIL_KEY];
};

/* Scratch buffers of the run, reused across rows (no allocation per
 * row): one cell, and a whole row or an escaped cell. */
struct classic_state {
	struct netstat_text cell, row;
	struct measured table;
	/* find_details() of the last section seen. */
	const struct netstat_section *details_of;
	size_t details_n;
	struct detail details[128];
	size_t n_details;
	/* The other shown columns, the row's own (when they fit). */
	size_t plain_columns[128], n_plain;
	bool plain_kept;
};

static int scratch_grow(struct netstat_text *t, size_t need)
{
	size_t cap = t->cap ? t->cap : 256;
	while (cap - t->len < need)
		cap *= 2;
	char *p = realloc(t->buf, cap);
	if (!p)
		return NETSTAT_ERR_NOMEM;
	t->buf = p;
	t->cap = cap;
	return 0;
}

/* A cell is one line; a row renderer may write several. */
static bool is_control(unsigned char c, bool newline_ok)
{
	return (c < 0x20 && !(newline_ok && c == '\n')) || c == 0x7f;
}

/* Whether any of the 16 bytes at `s` is below 0x20 or is 0x7f (bytes from
 * 0x80 up never count): in vector lanes where the compiler has them. */
#if defined(__GNUC__)
typedef unsigned char bytes16 __attribute__((vector_size(16)));

static bool block_may_have_control(const char *s)
{
	bytes16 v;
	memcpy(&v, s, 16);
	bytes16 bad = (bytes16)((v < 0x20) | (v == 0x7f));
	uint64_t w[2];
	memcpy(w, &bad, 16);
	return (w[0] | w[1]) != 0;
}
#else
static bool block_may_have_control(const char *s)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t w[2], any = 0;
	memcpy(w, s, 16);
	for (int i = 0; i < 2; i++) {
		uint64_t del = w[i] ^ (0x7f * ones);
		any |= ((w[i] - 0x20 * ones) & ~w[i] & highs) |
		       ((del - ones) & ~del & highs);
	}
	return any != 0;
}
#endif

/*
 * Copies rendered text to `out` with every control byte (but the newline,
 * when `newline_ok`) escaped: whatever a plugin's renderer lets through
 * from the kernel or from another process never reaches the terminal
 * (docs/security.md).
 */
static int put_escaped(struct netstat_text *out, const char *s, size_t n,
		       bool newline_ok)
{
	/* Every row passes here: a row with no control byte (the newline
	 * that may end it aside) is checked sixteen bytes at a time, the tail
	 * by an overlapping block, and copied at once. */
	size_t m = newline_ok && n && s[n - 1] == '\n' ? n - 1 : n, i = 0;
	while (m - i >= 16 && !block_may_have_control(s + i))
		i += 16;
	/* The overlapping block only for a clean row's last bytes, never past
	 * a block that has a control byte. */
	if (m - i < 16 && i < m && m >= 16 &&
	    !block_may_have_control(s + m - 16))
		i = m;
	if (i == m)
		return netstat_text_append(out, s, n);
	size_t run = 0;
	for (; i < n; i++) {
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

static int classic_init(const struct netstat_host_api *host,
			const struct netstat_option_value *options,
			void **state)
{
	struct classic_state *st = calloc(1, sizeof *st);
	if (!st)
		return NETSTAT_ERR_NOMEM;
	st->cell.grow = scratch_grow;
	st->row.grow = scratch_grow;
	st->table.cells.grow = scratch_grow;
	*state = st;
	return 0;
}

static void classic_fini(void *state)
{
	struct classic_state *st = state;
	if (!st)
		return;
	free(st->cell.buf);
	free(st->row.buf);
	free(st->table.cells.buf);
	free(st->table.offsets);
	free(st);
}

/* Appends `s` (length n) to `out` as net-tools' %-W.Ws / %Ws would. */
static int put_field(struct netstat_text *out,
		     const struct netstat_classic_column *cc, const char *s,
		     size_t n, int pad)
{
	size_t width = cc->width > 0 ? (size_t)cc->width : 0;
	if ((cc->flags & NETSTAT_CLASSIC_TRUNCATE) && width && n > width)
		n = width;
	size_t fill = pad && n < width ? width - n : 0;
	int rc = 0;
	if (cc->flags & NETSTAT_CLASSIC_RIGHT)
		rc = netstat_text_fill(out, ' ', fill);
	if (rc == 0)
		rc = netstat_text_append(out, s, n);
	if (rc == 0 && !(cc->flags & NETSTAT_CLASSIC_RIGHT))
		rc = netstat_text_fill(out, ' ', fill);
	return rc;
}

/* The column-title line: the layout's own, or the shown columns' titles
 * laid out by their widths and separators. */
static int put_column_line(struct netstat_text *out,
			   const struct netstat_section *section,
			   const size_t *columns, size_t n_columns)
{
	if (section->classic.column_line) {
		netstat_text_puts(out, section->classic.column_line);
		return netstat_text_puts(out, "\n");
	}
	for (size_t i = 0; i < n_columns; i++) {
		const struct netstat_column *col =
			&section->columns[columns[i]];
		if (col->flags & NETSTAT_COL_DETAIL)
			continue;
		const char *title = col->title ? col->title : "";
		if (col->classic.sep)
			netstat_text_puts(out, col->classic.sep);
		put_field(out, &col->classic, title, strlen(title),
			  !(col->classic.flags & NETSTAT_CLASSIC_NO_TITLE_PAD));
	}
	return netstat_text_puts(out, "\n");
}

static int classic_section_begin(struct netstat_ctx *ctx, void *state,
				 const struct netstat_request *req,
				 const struct netstat_section *section,
				 const size_t *columns, size_t n_columns,
				 struct netstat_text *out)
{
	const struct netstat_classic_layout *layout = &section->classic;
	if ((layout->flags & NETSTAT_CLASSIC_HEADER_ONCE) &&
	    netstat_ctx_iteration(ctx) > 0)
		return 0;
	if (layout->title)
		layout->title(ctx, req, out);
	else if (section->title)
		netstat_text_printf(out, "%s\n", section->title);
	if (layout->flags & NETSTAT_CLASSIC_MEASURE) {
		struct measured *t = &((struct classic_state *)state)->table;
		t->section = section;
		t->n_columns = n_columns < 128 ? n_columns : 128;
		memcpy(t->columns, columns, t->n_columns * sizeof *columns);
		t->cells.len = 0;
		t->n_cells = 0;
		return 0;
	}
	if (layout->flags & NETSTAT_CLASSIC_NO_COLUMN_LINE)
		return 0;
	return put_column_line(out, section, columns, n_columns);
}

/* One cell into st->cell: the column's rule, else the value's text. */
static const struct netstat_text *render_cell(struct netstat_ctx *ctx,
					      struct classic_state *st,
					      const struct netstat_request *req,
					      const struct netstat_record *rec,
					      size_t c)
{
	const struct netstat_column *col = &rec->section->columns[c];
	struct netstat_text *cell = &st->cell;
	cell->len = 0;
	if (col->classic.cell)
		col->classic.cell(ctx, req, rec, c, cell);
	else if (c < rec->n_values && rec->values[c].type != NETSTAT_T_NULL)
		classic_cell_default(ctx, req, &rec->values[c], cell);
	else if (col->type == NETSTAT_T_PROCESS)
		netstat_text_puts(cell, "-"); /* no owner known */
	for (size_t k = 0; k < cell->len; k++)
		if (is_control((unsigned char)cell->buf[k], false)) {
			struct netstat_text *row = &st->row;
			row->len = 0;
			put_escaped(row, cell->buf, cell->len, false);
			return row;
		}
	return cell;
}

/* Keeps one rendered cell of a measured table. */
static int keep_cell(struct measured *t, const char *s, size_t n)
{
	if (t->n_cells == t->cap_cells) {
		size_t cap = t->cap_cells ? t->cap_cells * 2 : 256;
		size_t *p = realloc(t->offsets, cap * sizeof *p);
		if (!p)
			return NETSTAT_ERR_NOMEM;
		t->offsets = p;
		t->cap_cells = cap;
	}
	t->offsets[t->n_cells++] = t->cells.len;
	int rc = netstat_text_append(&t->cells, s, n);
	return rc < 0 ? rc : netstat_text_append(&t->cells, "", 1);
}

static int measured_row(struct netstat_ctx *ctx, struct classic_state *st,
			const struct netstat_request *req,
			const struct netstat_record *rec)
{
	struct measured *t = &st->table;
	for (size_t i = 0; i < t->n_columns; i++) {
		const struct netstat_text *text =
			render_cell(ctx, st, req, rec, t->columns[i]);
		int rc = keep_cell(t, text->buf ? text->buf : "", text->len);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* The measured table: each column as wide as its title and widest cell;
 * numbers right-aligned, text left-aligned, no padding after the last. */
static int measured_end(struct measured *t, struct netstat_text *out)
{
	size_t width[128] = {0};
	const struct netstat_column *cols = t->section->columns;
	size_t rows = t->n_columns ? t->n_cells / t->n_columns : 0;
	for (size_t i = 0; i < t->n_columns; i++) {
		const char *title = cols[t->columns[i]].title;
		width[i] = title ? strlen(title) : 0;
		for (size_t r = 0; r < rows; r++) {
			size_t n = strlen(t->cells.buf +
					  t->offsets[r * t->n_columns + i]);
			if (n > width[i])
				width[i] = n;
		}
	}
	int rc = 0;
	for (size_t r = 0; r <= rows && rc == 0; r++) {
		for (size_t i = 0; i < t->n_columns; i++) {
			const struct netstat_column *c = &cols[t->columns[i]];
			const char *s =
				r == 0 ? (c->title ? c->title : "")
				       : t->cells.buf +
						 t->offsets[(r -
							     1) * t->n_columns +
							    i];
			bool last = i + 1 == t->n_columns;
			struct netstat_classic_column cc = {
				.width = last && !(c->classic.flags &
						   NETSTAT_CLASSIC_RIGHT)
						 ? 0
						 : (int)width[i],
				.flags = c->classic.flags &
					 NETSTAT_CLASSIC_RIGHT};
			if (c->classic.sep)
				netstat_text_puts(out, c->classic.sep);
			rc = put_field(out, &cc, s, strlen(s), 1);
		}
		if (rc == 0)
			rc = netstat_text_puts(out, "\n");
	}
	t->section = NULL;
	return rc;
}

static int classic_section_end(struct netstat_ctx *ctx, void *state,
			       const struct netstat_request *req,
			       const struct netstat_section *section,
			       struct netstat_text *out)
{
	struct classic_state *st = state;
	if (st->table.section == section)
		return measured_end(&st->table, out);
	return 0;
}

/*
 * The detail line after a row (--info, --memory): a tab, then `key:value`
 * for each shown NETSTAT_COL_DETAIL column, separated by single spaces;
 * values that are null, empty or zero are left out (structured formats
 * carry them all), and no line is written when nothing is left. Text is
 * escaped as cells are, and a blank inside a value becomes '_' so items
 * stay split by blanks.
 *
 * A line holds dozens of numbers on every row, so they take a short path:
 * room for all of them is made once per line, and digits are written in
 * place.
 */
#define DETAIL_ROOM (DETAIL_KEY + NETSTAT_DECIMAL_MAX)

/* " key:" from its slot: a fixed-size copy (two moves), then the length;
 * the line's first item starts with the tab instead. */
static char *put_key(char *p, const char *slot, size_t len, bool *first)
{
	memcpy(p, slot, DETAIL_KEY);
	if (*first) {
		*p = '\t';
		*first = false;
	}
	return p + len;
}

/*
 * A text value written as cells are (control bytes as \ooo, which is what
 * netstat_text_put_untrusted does) with blanks as '_'; `p` has 4 bytes of
 * room per byte of s.
 */
static char *put_detail_text(char *p, const char *s, size_t n)
{
	/* Eight bytes at a time while none is a blank, a control byte or
	 * DEL (bytes below 0x21, then bytes equal to 0x7f, per word). */
	const uint64_t ones = 0x0101010101010101u, highs = ones * 0x80;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t del = w ^ (ones * 0x7f);
		if (((w - ones * 0x21) & ~w & highs) |
		    ((del - ones) & ~del & highs))
			break;
		memcpy(p, &w, 8);
		p += 8;
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c > 0x20 && c != 0x7f) {
			*p++ = (char)c;
		} else if (c == ' ') {
			*p++ = '_';
		} else {
			*p++ = '\\';
			*p++ = (char)('0' + (c >> 6));
			*p++ = (char)('0' + ((c >> 3) & 7));
			*p++ = (char)('0' + (c & 7));
		}
	}
	return p;
}

/* Makes room for `need` more bytes after out->len. */
static int detail_room(struct netstat_text *out, size_t need)
{
	return out->cap - out->len < need ? out->grow(out, need) : 0;
}

/*
 * A detail item that is not a plain number: text, or a value with a rule
 * of its own, rendered as a cell (already escaped), then written with
 * blanks as '_'. Kept out of put_details' loop, so that loop stays small
 * enough for registers. Returns the new end, or NULL (error in *rc).
 */
__attribute__((noinline)) static char *
put_other_item(struct netstat_ctx *ctx, struct classic_state *st,
	       const struct netstat_request *req,
	       const struct netstat_record *rec, struct netstat_text *out,
	       char *p, size_t i, bool *first, int *rc)
{
	const struct detail *dt = &st->details[i];
	size_t c = dt->column;
	const struct netstat_value *v = &rec->values[c];
	if (v->type == NETSTAT_T_NULL ||
	    (v->type == NETSTAT_T_INT && v->v.i == 0))
		return p;
	const char *text;
	size_t len;
	out->len = (size_t)(p - out->buf);
	if (v->type == NETSTAT_T_STRING &&
	    !rec->section->columns[c].classic.cell) {
		text = v->v.s;
		len = strlen(text);
	} else {
		const struct netstat_text *cell =
			render_cell(ctx, st, req, rec, c);
		text = cell->buf;
		len = cell->len;
	}
	if (!len)
		return p;
	/* Room for this item and, again, for every number after it. */
	*rc = detail_room(out, DETAIL_ROOM + 4 * len +
				       (st->n_details - i) * DETAIL_ROOM + 1);
	if (*rc < 0)
		return NULL;
	p = put_key(out->buf + out->len, dt->key, dt->key_len, first);
	return put_detail_text(p, text, len);
}

/*
 * One pass over the shown detail columns, each item appended in place:
 * room for every number item is made once per line, other items make
 * their own (the host's grow may flush what is before).
 */
static int put_details(struct netstat_ctx *ctx, struct classic_state *st,
		       const struct netstat_request *req,
		       const struct netstat_record *rec,
		       struct netstat_text *out)
{
	/* Locals: stores through `p` may alias anything, and would make
	 * the compiler load these again for every item. */
	const size_t n = st->n_details;
	const size_t values_size = rec->n_values * sizeof *rec->values;
	const char *values = (const char *)rec->values;
	int rc = detail_room(out, n * DETAIL_ROOM + 1);
	if (rc < 0)
		return rc;
	char *p = out->buf + out->len;
	bool first = true;
	for (size_t i = 0; i < n; i++) {
		const struct detail *dt = &st->details[i];
		if (dt->value_offset >= values_size)
			continue;
		const struct netstat_value *v =
			(const void *)(values + dt->value_offset);
		if (v->type == NETSTAT_T_UINT) {
			if (v->v.u == 0)
				continue;
			p = put_key(p, dt->key, dt->key_len, &first);
			p = netstat_put_decimal(p, v->v.u);
		} else if (v->type != NETSTAT_T_NULL) {
			p = put_other_item(ctx, st, req, rec, out, p, i, &first,
					   &rc);
			if (!p)
				return rc;
		}
	}
	if (!first)
		*p++ = '\n';
	out->len = (size_t)(p - out->buf);
	return 0;
}

/* The shown detail columns of a section (and their keys' lengths), kept
 * for its rows: the column list changes only with the section. */
static size_t find_details(struct classic_state *st,
			   const struct netstat_section *section,
			   const size_t *columns, size_t n_columns)
{
	if (st->details_of == section && st->details_n == n_columns)
		return st->n_details;
	st->n_details = 0;
	st->n_plain = 0;
	st->plain_kept = true;
	for (size_t i = 0; i < n_columns; i++) {
		const struct netstat_column *col =
			&section->columns[columns[i]];
		if (!(col->flags & NETSTAT_COL_DETAIL)) {
			if (st->n_plain < 128)
				st->plain_columns[st->n_plain++] = columns[i];
			else
				st->plain_kept = false;
			continue;
		}
		if (st->n_details == 128)
			continue;
		size_t len = col->key ? strlen(col->key) : 0;
		if (len > DETAIL_KEY - 2)
			len = DETAIL_KEY - 2;
		struct detail *dt = &st->details[st->n_details++];
		char *key = dt->key;
		memset(key, 0, DETAIL_KEY);
		key[0] = ' ';
		memcpy(key + 1, col->key ? col->key : "", len);
		key[len + 1] = ':';
		len += 2;
		dt->column = (uint32_t)columns[i];
		dt->value_offset =
			(uint32_t)(columns[i] * sizeof(struct netstat_value));
		dt->key_len = (uint32_t)len;
	}
	st->details_of = section;
	st->details_n = n_columns;
	return st->n_details;
}

static int classic_row(struct netstat_ctx *ctx, void *state,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, const size_t *columns,
		       size_t n_columns, struct netstat_text *out)
{
	struct classic_state *st = state;
	const struct netstat_section *section = rec->section;
	if (st->table.section == section)
		return measured_row(ctx, st, req, rec);
	bool details = find_details(st, section, columns, n_columns) > 0;
	if (section->classic.row) {
		struct netstat_text *row = &st->row;
		row->len = 0;
		section->classic.row(ctx, req, rec, row);
		int rc = put_escaped(out, row->buf, row->len, true);
		if (rc == 0 && details)
			rc = put_details(ctx, st, req, rec, out);
		return rc;
	}
	/* With a detail line most shown columns are on it: the row's own
	 * are kept apart, not looked for in every row. */
	if (details && st->plain_kept) {
		columns = st->plain_columns;
		n_columns = st->n_plain;
	}
	for (size_t i = 0; i < n_columns; i++) {
		const struct netstat_column *col =
			&section->columns[columns[i]];
		if (col->flags & NETSTAT_COL_DETAIL)
			continue;
		const struct netstat_text *text =
			render_cell(ctx, st, req, rec, columns[i]);
		if (col->classic.sep)
			netstat_text_puts(out, col->classic.sep);
		int rc = put_field(out, &col->classic, text->buf, text->len, 1);
		if (rc < 0)
			return rc;
	}
	int rc = netstat_text_puts(out, "\n");
	if (rc == 0 && details)
		rc = put_details(ctx, st, req, rec, out);
	return rc;
}

static int classic_notice(struct netstat_ctx *ctx, void *state,
			  const char *text, struct netstat_text *out)
{
	return put_escaped(out, text, strlen(text), true);
}

static const struct netstat_format classic_format = {
	.size = sizeof(struct netstat_format),
	.view = NETSTAT_VIEW_CLASSIC,
	.init = classic_init,
	.fini = classic_fini,
	.section_begin = classic_section_begin,
	.row = classic_row,
	.section_end = classic_section_end,
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
