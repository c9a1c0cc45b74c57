/*
 * JSON values. Strings are untrusted bytes: well-formed UTF-8 is copied,
 * control characters (C0, DEL, C1) and U+2028/U+2029 are \u-escaped so
 * the text is safe on a terminal and in JavaScript, and each byte that is
 * not part of well-formed UTF-8 becomes \ufffd (docs/json.md).
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "formats/common/fmt_number.h"
#include "formats/common/fmt_utf8.h"
#include "formats/json/json_write.h"

const struct json_style json_compact = {",", ":"};
const struct json_style json_spaced = {", ", ": "};

static int put_escape(struct netstat_text *out, uint32_t cp)
{
	switch (cp) {
	case '"':
		return netstat_text_puts(out, "\\\"");
	case '\\':
		return netstat_text_puts(out, "\\\\");
	case '\n':
		return netstat_text_puts(out, "\\n");
	case '\r':
		return netstat_text_puts(out, "\\r");
	case '\t':
		return netstat_text_puts(out, "\\t");
	case '\b':
		return netstat_text_puts(out, "\\b");
	case '\f':
		return netstat_text_puts(out, "\\f");
	default:
		return netstat_text_printf(out, "\\u%04" PRIx32, cp);
	}
}

static bool needs_escape(uint32_t cp)
{
	return cp == '"' || cp == '\\' || fmt_is_control(cp) || cp == 0x2028 ||
	       cp == 0x2029;
}

/* Printable ASCII but the quote and the backslash: copied as it is. */
static bool plain_byte(unsigned char c)
{
	return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
}

/* `"s"` of a string all plain bytes, in one reservation. */
static int put_plain(struct netstat_text *out, const char *s, size_t n)
{
	if (out->cap - out->len < n + 2) {
		int rc = out->grow(out, n + 2);
		if (rc < 0)
			return rc;
	}
	char *w = out->buf + out->len;
	w[0] = '"';
	memcpy(w + 1, s, n);
	w[n + 1] = '"';
	out->len += n + 2;
	return 0;
}

size_t json_plain_prefix(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = 0;
	while (plain_byte(p[n]))
		n++;
	return n;
}

int json_put_string(struct netstat_text *out, const char *s)
{
	if (!s)
		return netstat_text_puts(out, "null");
	const unsigned char *p = (const unsigned char *)s;
	/* Keys, names and addresses are nearly always plain ASCII. */
	size_t n = json_plain_prefix(s);
	if (!p[n])
		return put_plain(out, s, n);
	n += strlen(s + n);
	int rc = netstat_text_puts(out, "\"");
	/* Copy runs of plain text in one append; stop at what needs care. */
	const unsigned char *run = p;
	while (n > 0 && rc == 0) {
		uint32_t cp;
		size_t len = fmt_utf8_decode(p, n, &cp);
		if (len > 0 && !needs_escape(cp)) {
			p += len;
			n -= len;
			continue;
		}
		rc = netstat_text_append(out, (const char *)run,
					 (size_t)(p - run));
		if (rc == 0)
			rc = len ? put_escape(out, cp)
				 : netstat_text_puts(out, "\\ufffd");
		p += len ? len : 1;
		n -= len ? len : 1;
		run = p;
	}
	if (rc == 0)
		rc = netstat_text_append(out, (const char *)run,
					 (size_t)(p - run));
	if (rc == 0)
		rc = netstat_text_puts(out, "\"");
	return rc;
}

int json_put_scalar(struct netstat_text *out, const struct fmt_scalar *f)
{
	char buf[FMT_DOUBLE_SIZE];
	switch (f->kind) {
	case FMT_STRING:
		return json_put_string(out, f->v.s);
	case FMT_INT:
		return netstat_text_append(out, buf, fmt_i64(f->v.i, buf));
	case FMT_UINT:
		return netstat_text_append(out, buf, fmt_u64(f->v.u, buf));
	case FMT_DOUBLE:
		if (fmt_double(f->v.d, buf))
			return netstat_text_puts(out, buf);
		return netstat_text_puts(out, "null");
	default:
		return netstat_text_puts(out, "null");
	}
}

int json_members_init(struct json_members *m, const struct json_style *style)
{
	m->style = style;
	m->comma_len = strlen(style->comma);
	size_t used = 0;
	for (uint32_t shape = 0; shape < JSON_SHAPES; shape++) {
		const char *const *names;
		size_t n = fmt_type_fields(shape, &names);
		for (size_t i = 0; i < n && i < FMT_MAX_FIELDS; i++) {
			int len =
				snprintf(m->text + used, sizeof m->text - used,
					 "%s\"%s\"%s", style->comma, names[i],
					 style->colon);
			if (len < 0 || (size_t)len + JSON_MEMBERS_SLACK >=
					       sizeof m->text - used)
				return -1;
			m->member[shape][i].off = (uint16_t)used;
			m->member[shape][i].len = (uint16_t)len;
			used += (size_t)len;
		}
	}
	memset(m->text + used, 0, sizeof m->text - used);
	return 0;
}

/* `"name":` of field `i` of `shape`, after a comma unless it is the first. */
static int put_member(struct netstat_text *out, const struct json_members *m,
		      uint32_t shape, size_t i)
{
	size_t skip = i ? 0 : m->comma_len;
	return netstat_text_append(out,
				   m->text + m->member[shape][i].off + skip,
				   m->member[shape][i].len - skip);
}

static int put_object(struct netstat_text *out, const struct fmt_cell *cell,
		      uint32_t shape, const struct json_members *m);

/* A list value: an array of objects, one per item. */
static int put_list(struct netstat_text *out, struct fmt_cell *cell,
		    uint32_t shape, const struct json_members *m)
{
	int rc = netstat_text_puts(out, "[");
	for (size_t i = 0; i < cell->n_items && rc == 0; i++) {
		fmt_cell_item(cell, i);
		rc = netstat_text_puts(out, i ? m->style->comma : "");
		if (rc == 0 && cell->n_fields == 0)
			rc = json_put_scalar(out, &cell->fields[0]);
		else if (rc == 0)
			rc = put_object(out, cell, shape, m);
	}
	return rc ? rc : netstat_text_puts(out, "]");
}

int json_put_cell(struct netstat_text *out, struct fmt_cell *cell,
		  uint32_t shape, const struct json_members *m)
{
	if (cell->null)
		return netstat_text_puts(out, "null");
	if (fmt_shape_is_list(shape))
		return put_list(out, cell, shape, m);
	if (cell->n_fields == 0)
		return json_put_scalar(out, &cell->fields[0]);
	return put_object(out, cell, shape, m);
}

static int put_object(struct netstat_text *out, const struct fmt_cell *cell,
		      uint32_t shape, const struct json_members *m)
{
	int rc = netstat_text_puts(out, "{");
	for (size_t i = 0; i < cell->n_fields && rc == 0; i++) {
		rc = put_member(out, m, shape, i);
		if (rc == 0)
			rc = json_put_scalar(out, &cell->fields[i]);
	}
	if (rc == 0)
		rc = netstat_text_puts(out, "}");
	return rc;
}
