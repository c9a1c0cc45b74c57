/* See yaml_text.h. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "formats/common/fmt_utf8.h"
#include "formats/yaml/yaml_text.h"

const char *yout_clean(struct yout_scratch *scratch, const char *s, size_t *len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), i = 0;
	uint32_t cp;
	size_t step;
	while (i < n && (step = fmt_utf8_decode(p + i, n - i, &cp)) > 0)
		i += step;
	*len = n;
	if (i == n)
		return s;
	/* Worst case: every byte becomes three. */
	if (scratch->cap < 3 * n + 1) {
		char *q = realloc(scratch->buf, 3 * n + 1);
		if (!q)
			return NULL;
		scratch->buf = q;
		scratch->cap = 3 * n + 1;
	}
	char *copy = scratch->buf;
	size_t o = 0;
	for (i = 0; i < n;) {
		step = fmt_utf8_decode(p + i, n - i, &cp);
		if (step == 0) {
			memcpy(copy + o, FMT_UTF8_REPLACEMENT, 3);
			o += 3;
			i++;
		} else {
			memcpy(copy + o, p + i, step);
			o += step;
			i += step;
		}
	}
	copy[o] = '\0';
	*len = o;
	return copy;
}

void yout_scratch_free(struct yout_scratch *scratch)
{
	free(scratch->buf);
	scratch->buf = NULL;
	scratch->cap = 0;
}

static bool word_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' ||
	       c == '/' || c == '@' || c >= 0x80;
}

bool yout_plain_ok(const char *s, size_t n)
{
	/* Words YAML 1.1 or 1.2 resolve to null, booleans or floats. */
	static const char *const reserved[] = {
		"null", "true", "false", "yes", "no", "on", "off", "y", "n",
	};
	unsigned char first = (unsigned char)s[0];
	if (n == 0 ||
	    !((first >= 'a' && first <= 'z') ||
	      (first >= 'A' && first <= 'Z') || first == '_' || first == '/'))
		return false; /* digits, signs, dots, indicators: quote */
	/* Inner spaces are fine: without ':' and '#' nothing can follow
	 * them that YAML would read as syntax. */
	if (s[n - 1] == ' ')
		return false;
	for (size_t i = 0; i < n; i++)
		if (!word_char((unsigned char)s[i]) && s[i] != ' ')
			return false;
	for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
		if (strlen(reserved[i]) == n &&
		    strncasecmp(s, reserved[i], n) == 0)
			return false;
	return true;
}
