/* A strict recursive-descent JSON checker (RFC 8259), for tests only. */
#include <stdio.h>
#include <string.h>

#include "formats/common/fmt_utf8.h"
#include "tests/formats/checks.h"

/* A checker, left out of the fuzzer's coverage (clang): the runs and the
 * corpus go to the code under test, not to the test's own reader. */
#ifdef __clang__
#pragma clang attribute push(__attribute__((no_sanitize("coverage"))),         \
			     apply_to = function)
#endif

struct reader {
	const unsigned char *p, *end, *start;
	const char *why;
	int depth;
};

static void ws(struct reader *r)
{
	while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' ||
				 *r->p == '\n' || *r->p == '\r'))
		r->p++;
}

static bool fail(struct reader *r, const char *why)
{
	if (!r->why)
		r->why = why;
	return false;
}

static bool literal(struct reader *r, const char *word)
{
	size_t n = strlen(word);
	if ((size_t)(r->end - r->p) < n || memcmp(r->p, word, n) != 0)
		return fail(r, "bad literal");
	r->p += n;
	return true;
}

static bool digits(struct reader *r)
{
	const unsigned char *s = r->p;
	while (r->p < r->end && *r->p >= '0' && *r->p <= '9')
		r->p++;
	return r->p > s || fail(r, "digit expected");
}

static bool number(struct reader *r)
{
	if (*r->p == '-')
		r->p++;
	if (r->p < r->end && *r->p == '0')
		r->p++;
	else if (!digits(r))
		return false;
	if (r->p < r->end && *r->p == '.') {
		r->p++;
		if (!digits(r))
			return false;
	}
	if (r->p < r->end && (*r->p == 'e' || *r->p == 'E')) {
		r->p++;
		if (r->p < r->end && (*r->p == '+' || *r->p == '-'))
			r->p++;
		if (!digits(r))
			return false;
	}
	return true;
}

static bool string(struct reader *r)
{
	r->p++; /* opening quote */
	while (r->p < r->end) {
		unsigned char c = *r->p;
		if (c == '"') {
			r->p++;
			return true;
		}
		if (c < 0x20)
			return fail(r, "raw control character in string");
		if (c == '\\') {
			r->p++;
			if (r->p >= r->end)
				break;
			if (*r->p == 'u') {
				for (int i = 1; i <= 4; i++)
					if (r->p + i >= r->end ||
					    !strchr("0123456789abcdefABCDEF",
						    r->p[i]))
						return fail(r,
							    "bad \\u escape");
				r->p += 5;
			} else if (strchr("\"\\/bfnrt", *r->p) && *r->p) {
				r->p++;
			} else {
				return fail(r, "bad escape");
			}
			continue;
		}
		uint32_t cp;
		size_t len =
			fmt_utf8_decode(r->p, (size_t)(r->end - r->p), &cp);
		if (len == 0)
			return fail(r, "invalid UTF-8 in string");
		r->p += len;
	}
	return fail(r, "unterminated string");
}

static bool value(struct reader *r);

static bool members(struct reader *r, char close, bool keyed)
{
	r->p++;
	ws(r);
	if (r->p < r->end && *r->p == close) {
		r->p++;
		return true;
	}
	for (;;) {
		ws(r);
		if (keyed) {
			if (r->p >= r->end || *r->p != '"')
				return fail(r, "object key expected");
			if (!string(r))
				return false;
			ws(r);
			if (r->p >= r->end || *r->p++ != ':')
				return fail(r, "':' expected");
		}
		if (!value(r))
			return false;
		ws(r);
		if (r->p >= r->end)
			return fail(r, "unterminated object or array");
		if (*r->p == close) {
			r->p++;
			return true;
		}
		if (*r->p++ != ',')
			return fail(r, "',' expected");
	}
}

static bool value(struct reader *r)
{
	ws(r);
	if (r->p >= r->end)
		return fail(r, "value expected");
	if (++r->depth > 64)
		return fail(r, "too deep");
	bool ok;
	switch (*r->p) {
	case '{':
		ok = members(r, '}', true);
		break;
	case '[':
		ok = members(r, ']', false);
		break;
	case '"':
		ok = string(r);
		break;
	case 't':
		ok = literal(r, "true");
		break;
	case 'f':
		ok = literal(r, "false");
		break;
	case 'n':
		ok = literal(r, "null");
		break;
	default:
		ok = (*r->p == '-' || (*r->p >= '0' && *r->p <= '9'))
			     ? number(r)
			     : fail(r, "unexpected character");
	}
	r->depth--;
	return ok;
}

bool json_check(const char *text, size_t n, char *err, size_t err_size)
{
	struct reader r = {.p = (const unsigned char *)text,
			   .start = (const unsigned char *)text,
			   .end = (const unsigned char *)text + n};
	bool ok = value(&r);
	ws(&r);
	if (ok && r.p != r.end)
		ok = fail(&r, "text after the value");
	if (!ok)
		snprintf(err, err_size, "%s at byte %td", r.why, r.p - r.start);
	return ok;
}

#ifdef __clang__
#pragma clang attribute pop
#endif
