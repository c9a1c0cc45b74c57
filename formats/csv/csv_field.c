/* RFC 4180 field writing; see csv_field.h. */
#include <inttypes.h>
#include <string.h>

#include "formats/common/fmt_number.h"
#include "formats/common/fmt_utf8.h"
#include "formats/csv/csv_field.h"

static bool kept_control(uint32_t cp)
{
	return cp == '\t' || cp == '\r' || cp == '\n';
}

/* Text with '"' doubled and control characters replaced; `quote` adds the
 * quotes around it; `items` (inside a list field) replaces line breaks
 * too, as they separate the items there. */
static int put_text(struct netstat_text *out, const char *s, bool quote,
		    bool items)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s);
	int rc = quote ? netstat_text_puts(out, "\"") : 0;
	const unsigned char *run = p;
	while (n > 0 && rc == 0) {
		uint32_t cp;
		size_t len = fmt_utf8_decode(p, n, &cp);
		bool bad = len == 0 ||
			   (fmt_is_control(cp) && (items || !kept_control(cp)));
		if (!bad && cp != '"') {
			p += len;
			n -= len;
			continue;
		}
		rc = netstat_text_append(out, (const char *)run,
					 (size_t)(p - run));
		if (rc == 0)
			rc = netstat_text_puts(out, bad ? FMT_UTF8_REPLACEMENT
							: "\"\"");
		p += len ? len : 1;
		n -= len ? len : 1;
		run = p;
	}
	if (rc == 0)
		rc = netstat_text_append(out, (const char *)run,
					 (size_t)(p - run));
	if (rc == 0 && quote)
		rc = netstat_text_puts(out, "\"");
	return rc;
}

int csv_put_text(struct netstat_text *out, const char *s)
{
	bool quote = !*s || strpbrk(s, ",\"\r\n") != NULL;
	return put_text(out, s, quote, false);
}

static int put_scalar(struct netstat_text *out, const struct fmt_scalar *f,
		      bool items)
{
	char buf[FMT_DOUBLE_SIZE];
	switch (f->kind) {
	case FMT_STRING:
		if (items)
			return put_text(out, f->v.s, false, true);
		return csv_put_text(out, f->v.s);
	case FMT_INT:
		return netstat_text_printf(out, "%" PRId64, f->v.i);
	case FMT_UINT:
		return netstat_text_printf(out, "%" PRIu64, f->v.u);
	case FMT_DOUBLE:
		return fmt_double(f->v.d, buf) ? netstat_text_puts(out, buf)
					       : 0;
	default:
		return 0;
	}
}

int csv_put_scalar(struct netstat_text *out, const struct fmt_scalar *f)
{
	return put_scalar(out, f, false);
}

int csv_put_items(struct netstat_text *out, struct fmt_cell *cell, size_t field)
{
	int rc = netstat_text_puts(out, "\"");
	for (size_t i = 0; i < cell->n_items && rc == 0; i++) {
		fmt_cell_item(cell, i);
		if (i)
			rc = netstat_text_puts(out, "\n");
		if (rc == 0)
			rc = put_scalar(out, &cell->fields[field], true);
	}
	return rc ? rc : netstat_text_puts(out, "\"");
}
