/* See regex_size.h. */
#include <stdlib.h>
#include <string.h>

#include "core/query/regex_size.h"

/* Nesting deeper than this counts as too big (regcomp has its own,
 * larger, limits). */
#define MAX_DEPTH 64
/* A repeat count taken as "too many" whatever the limit. */
#define MAX_COUNT 1000000UL

/* `a * b`, or `limit + 1` past the limit. */
static size_t times(size_t a, size_t b, size_t limit)
{
	if (b && a > (limit + 1) / b)
		return limit + 1;
	size_t n = a * b;
	return n > limit ? limit + 1 : n;
}

static size_t plus(size_t a, size_t b, size_t limit)
{
	size_t n = a + b;
	return n > limit || n < a ? limit + 1 : n;
}

/* Past a bracket expression starting at `p` ('['): its classes
 * ("[:alpha:]"), equivalences and collating symbols included. */
static const char *skip_bracket(const char *p)
{
	p++;
	if (*p == '^')
		p++;
	if (*p == ']')
		p++;
	while (*p && *p != ']') {
		if (*p == '[' && (p[1] == ':' || p[1] == '=' || p[1] == '.')) {
			char close[3] = {p[1], ']', '\0'};
			const char *end = strstr(p + 2, close);
			p = end ? end + 2 : p + strlen(p);
		} else {
			p++;
		}
	}
	return *p ? p + 1 : p;
}

/* The repetitions of an interval "{m}", "{m,}", "{m,n}" or (glibc)
 * "{,n}" at `p`, and the text after it in *end; 0 when `p` is no
 * interval. */
static size_t interval(const char *p, const char **end)
{
	char *q;
	unsigned long m = strtoul(p + 1, &q, 10);
	if (q == p + 1 && *q != ',')
		return 0;
	unsigned long n = m;
	if (*q == ',') {
		char *r;
		n = strtoul(q + 1, &r, 10);
		n = r == q + 1 ? m + 1 : n; /* "{m,}": m copies and a star */
		q = r;
	}
	if (*q != '}')
		return 0;
	*end = q + 1;
	/* Past any limit (strtoul() saturates): glibc's own is 32767. */
	unsigned long most = n > m ? n : m;
	return most > MAX_COUNT ? MAX_COUNT + 1 : (size_t)most + 1;
}

size_t regex_atoms(const char *re, size_t limit)
{
	/* Per open group: the atoms before it. */
	size_t before[MAX_DEPTH];
	size_t depth = 0;
	size_t atoms = 0; /* of the innermost open group (or the whole) */
	size_t last = 0;  /* of the atom a repeat would apply to */
	for (const char *p = re; *p && atoms <= limit;) {
		const char *next = p + 1;
		size_t copies = 0; /* of `last`, added by a repeat */
		switch (*p) {
		case '(':
			if (depth == MAX_DEPTH)
				return limit + 1;
			before[depth++] = atoms;
			atoms = last = 0;
			break;
		case ')':
			if (!depth) {
				atoms = plus(atoms, 1, limit);
				last = 1;
				break;
			}
			last = atoms ? atoms : 1;
			atoms = plus(before[--depth], last, limit);
			break;
		case '[':
			next = skip_bracket(p);
			atoms = plus(atoms, 1, limit);
			last = 1;
			break;
		case '\\':
			next = p[1] ? p + 2 : p + 1;
			atoms = plus(atoms, 1, limit);
			last = 1;
			break;
		case '*':
		case '?':
			break; /* a loop over the atom, not copies of it */
		case '+':
			copies = 1; /* "a+" is built as "aa*" */
			break;
		case '{': {
			size_t n = interval(p, &next);
			if (n) {
				copies = n - 1;
			} else {
				atoms = plus(atoms, 1, limit);
				last = 1;
			}
			break;
		}
		default:
			atoms = plus(atoms, 1, limit);
			last = 1;
		}
		if (copies) {
			atoms = plus(atoms, times(last, copies, limit), limit);
			last = times(last, copies + 1, limit);
		}
		p = next;
	}
	while (depth)
		atoms = plus(before[--depth], atoms, limit);
	return atoms > limit ? limit + 1 : atoms;
}
