/* For family plugins: small, fast parsers for kernel text (no sscanf). */
#ifndef NETSTAT_PARSE_H
#define NETSTAT_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

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

/**
 * Copies the next blank-delimited token into buf (NUL-terminated); false
 * at end of line or when it does not fit in `size` bytes.
 */
static inline bool netstat_token_copy(const char **p, char *buf, size_t size)
{
	const char *start;
	size_t n = netstat_token(p, &start);
	if (n == 0 || n >= size)
		return false;
	memcpy(buf, start, n);
	buf[n] = '\0';
	return true;
}

/**
 * Copies columns [from, to) of a line of length `len` into buf without
 * trailing blanks (cut to fit `size`, NUL-terminated); returns the copied
 * length. For tables laid out in fixed columns.
 */
static inline size_t netstat_columns_copy(const char *line, size_t len,
					  size_t from, size_t to, char *buf,
					  size_t size)
{
	size_t n = 0;
	if (from < len) {
		n = (to < len ? to : len) - from;
		if (n >= size)
			n = size - 1;
		memcpy(buf, line + from, n);
	}
	while (n > 0 && netstat_is_blank(buf[n - 1]))
		n--;
	buf[n] = '\0';
	return n;
}

static inline bool netstat_is_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/** True when the line holds only white space. */
static inline bool netstat_line_blank(const char *line, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!netstat_is_space(line[i]))
			return false;
	return true;
}

/**
 * Reads a number the way atoi(3) does, from at most `n` bytes: leading
 * white space, a sign, digits; saturated to 64 bits as strtol does, then
 * cut to an int. For tables net-tools reads with atoi.
 */
static inline int32_t netstat_atoi(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && netstat_is_space(s[i]))
		i++;
	bool neg = false;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	uint64_t mag = 0;
	bool over = false;
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
		uint64_t d = (uint64_t)(s[i] - '0');
		if (mag > (UINT64_MAX - d) / 10)
			over = true;
		else
			mag = mag * 10 + d;
	}
	uint64_t bits;
	if (neg)
		bits = over || mag > (uint64_t)INT64_MAX + 1
			       ? (uint64_t)INT64_MIN
			       : 0 - mag;
	else
		bits = over || mag > (uint64_t)INT64_MAX ? (uint64_t)INT64_MAX
							 : mag;
	return (int32_t)(uint32_t)bits;
}

/** netstat_atoi() from column `col` to the end of the line; 0 past it. */
static inline int32_t netstat_atoi_at(const char *line, size_t len, size_t col)
{
	return col < len ? netstat_atoi(line + col, len - col) : 0;
}

#endif
