/* Header-driven field conversion for the IPv4 route files. */
#include <string.h>

#include "plugins/inet/route_fields.h"

/* Splits `s` into tokens separated by any of `seps`. */
static size_t split(const char *s, const char *seps, const char *start[],
		    size_t len[], size_t max)
{
	size_t n = 0;
	while (*s && n < max) {
		while (*s && strchr(seps, *s))
			s++;
		if (!*s)
			break;
		const char *b = s;
		while (*s && !strchr(seps, *s))
			s++;
		start[n] = b;
		len[n++] = (size_t)(s - b);
	}
	return n;
}

int route_layout_find(struct route_layout *layout, const char *header,
		      const struct route_field *fields, size_t n_fields,
		      size_t *missing)
{
	const char *tok[ROUTE_MAX_TOKENS];
	size_t len[ROUTE_MAX_TOKENS];
	size_t n =
		split(header ? header : "", " \t|", tok, len, ROUTE_MAX_TOKENS);
	layout->fields = fields;
	layout->n_fields = n_fields;
	size_t at = 0;
	for (size_t f = 0; f < n_fields && f < ROUTE_MAX_FIELDS; f++) {
		size_t want = strlen(fields[f].name);
		while (at < n && !(len[at] == want &&
				   memcmp(tok[at], fields[f].name, want) == 0))
			at++;
		if (at == n) {
			*missing = f;
			return NETSTAT_ERR_NOTFOUND;
		}
		layout->column[f] = (int)at++;
	}
	return 0;
}

static bool convert(int type, const char *s, size_t n, struct route_values *v,
		    size_t field)
{
	if (type == ROUTE_F_NAME) {
		size_t k = n < sizeof v->iface - 1 ? n : sizeof v->iface - 1;
		memcpy(v->iface, s, k);
		v->iface[k] = '\0';
		return true;
	}
	char buf[32];
	if (n >= sizeof buf)
		n = sizeof buf - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	const char *p = buf;
	if (type == ROUTE_F_HEX) {
		uint64_t x;
		if (!netstat_parse_hex(&p, &x))
			return false;
		v->num[field] = (uint32_t)x;
		return true;
	}
	int64_t d;
	if (!netstat_parse_sdec(&p, &d))
		return false;
	/* scanf's %d: the value wraps to 32 bits (4294967295 is -1). */
	v->num[field] = (uint64_t)(int64_t)(int32_t)(uint32_t)d;
	return true;
}

int route_line_convert(const struct route_layout *layout, const char *line,
		       struct route_values *out)
{
	const char *tok[ROUTE_MAX_TOKENS];
	size_t len[ROUTE_MAX_TOKENS];
	size_t n = split(line, " \t", tok, len, ROUTE_MAX_TOKENS);
	memset(out, 0, sizeof *out);
	/* Fields convert in line order; the first failure ends the line. */
	int converted = 0;
	for (size_t col = 0; col < n; col++) {
		size_t f;
		for (f = 0; f < layout->n_fields; f++)
			if (layout->column[f] == (int)col)
				break;
		if (f == layout->n_fields)
			continue;
		if (!convert(layout->fields[f].type, tok[col], len[col], out,
			     f))
			break;
		converted++;
	}
	return converted;
}

struct netstat_address route_addr(uint64_t word)
{
	struct netstat_address a = {.family = NETSTAT_ADDR_INET};
	uint32_t w = (uint32_t)word;
	memcpy(a.bytes, &w, 4);
	return a;
}
