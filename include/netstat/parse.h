/* For family plugins: small, fast parsers for kernel text (no sscanf). */
#ifndef NETSTAT_PARSE_H
#define NETSTAT_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Each helper reads at *p and, on success, moves *p past what it consumed.
 * Numeric helpers skip leading blanks (space and tab) like scanf does, need
 * at least one digit, and fail on overflow instead of wrapping.
 */

static inline bool netstat_is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/** Skips spaces and tabs. */
static inline void netstat_skip_blanks(const char **p)
{
	while (netstat_is_blank(**p))
		(*p)++;
}

static inline int netstat_hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/** Parses hexadecimal digits into *out. */
static inline bool netstat_parse_hex(const char **p, uint64_t *out)
{
	const char *s = *p;
	netstat_skip_blanks(&s);
	uint64_t v = 0;
	const char *start = s;
	int d;
	while ((d = netstat_hex_digit(*s)) >= 0) {
		if (v >> 60)
			return false;
		v = (v << 4) | (uint64_t)d;
		s++;
	}
	if (s == start)
		return false;
	*out = v;
	*p = s;
	return true;
}

/** Parses unsigned decimal digits into *out. */
static inline bool netstat_parse_udec(const char **p, uint64_t *out)
{
	const char *s = *p;
	netstat_skip_blanks(&s);
	uint64_t v = 0;
	const char *start = s;
	while (*s >= '0' && *s <= '9') {
		uint64_t d = (uint64_t)(*s - '0');
		if (v > (UINT64_MAX - d) / 10)
			return false;
		v = v * 10 + d;
		s++;
	}
	if (s == start)
		return false;
	*out = v;
	*p = s;
	return true;
}

/** Parses an optionally signed decimal number into *out. */
static inline bool netstat_parse_sdec(const char **p, int64_t *out)
{
	const char *s = *p;
	netstat_skip_blanks(&s);
	bool neg = false;
	if (*s == '-' || *s == '+') {
		neg = *s == '-';
		s++;
	}
	uint64_t u;
	if (*s < '0' || *s > '9' || !netstat_parse_udec(&s, &u))
		return false;
	if (u > (uint64_t)INT64_MAX + (neg ? 1u : 0u))
		return false;
	*out = neg ? (int64_t)(0 - u) : (int64_t)u;
	*p = s;
	return true;
}

/** Consumes the character `c` (after blanks when `c` is not a blank). */
static inline bool netstat_expect(const char **p, char c)
{
	const char *s = *p;
	if (!netstat_is_blank(c))
		netstat_skip_blanks(&s);
	if (*s != c)
		return false;
	*p = s + 1;
	return true;
}

/**
 * Takes the next blank-delimited token: sets *start and returns its length
 * (0 at end of line).
 */
static inline size_t netstat_token(const char **p, const char **start)
{
	const char *s = *p;
	netstat_skip_blanks(&s);
	*start = s;
	while (*s && !netstat_is_blank(*s))
		s++;
	*p = s;
	return (size_t)(s - *start);
}

#endif
