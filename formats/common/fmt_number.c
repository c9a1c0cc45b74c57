/* Number text: shortest round-trip floats in a form every reader takes as
 * float, integers and dotted quads without printf. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netstat/netstat.h>

#include "formats/common/fmt_number.h"

/* The shortest text of an integral value below 10^15 whose last digit is
 * not 0 (or +0) is its digits: "%.*g" keeps them without an exponent,
 * so the loop below would write them and ".0". Timers and rates are
 * mostly such values, and the loop costs two printf and a strtod. */
static bool plain_integral(double d, char buf[FMT_DOUBLE_SIZE])
{
	if (d == 0.0 && !signbit(d)) {
		memcpy(buf, "0.0", 4);
		return true;
	}
	if (!(d >= 1.0 && d < 1e15))
		return false;
	uint64_t u = (uint64_t)d;
	if ((double)u != d || u % 10 == 0)
		return false;
	size_t n = fmt_u64(u, buf);
	memcpy(buf + n, ".0", 3);
	return true;
}

bool fmt_double(double d, char buf[FMT_DOUBLE_SIZE])
{
	if (!isfinite(d))
		return false;
	if (plain_integral(d, buf))
		return true;
	char tmp[FMT_DOUBLE_SIZE - 4];
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(tmp, sizeof tmp, "%.*g", prec, d);
		if (strtod(tmp, NULL) == d)
			break;
	}
	/* A host that set LC_NUMERIC must not give us a decimal comma. */
	for (char *p = tmp; *p; p++)
		if (*p == ',')
			*p = '.';
	/* YAML 1.1 needs a dot in a float; keep JSON the same. */
	char *e = strchr(tmp, 'e');
	if (strchr(tmp, '.')) {
		snprintf(buf, FMT_DOUBLE_SIZE, "%s", tmp);
	} else if (e) {
		*e = '\0';
		snprintf(buf, FMT_DOUBLE_SIZE, "%s.0e%s", tmp, e + 1);
	} else {
		snprintf(buf, FMT_DOUBLE_SIZE, "%s.0", tmp);
	}
	return true;
}

size_t fmt_u64(uint64_t v, char buf[FMT_INT_SIZE])
{
	return (size_t)(netstat_put_decimal(buf, v) - buf);
}

size_t fmt_ipv4(const uint8_t b[4], char buf[FMT_IPV4_SIZE])
{
	char *w = buf;
	for (int i = 0; i < 4; i++) {
		w = netstat_put_decimal(w, b[i]);
		*w++ = '.';
	}
	return (size_t)(w - buf) - 1; /* not the last dot */
}

/* Lower-case hex of a 16-bit word, without leading zeros. */
static char *put_hex16(char *w, unsigned v)
{
	static const char hex[] = "0123456789abcdef";
	int shift = v >= 0x1000 ? 12 : v >= 0x100 ? 8 : v >= 0x10 ? 4 : 0;
	for (; shift >= 0; shift -= 4)
		*w++ = hex[(v >> shift) & 0xf];
	return w;
}

/* The first longest run of two or more zero words: its start, or -1. */
static int zero_run(const unsigned words[8], int *len)
{
	int best = -1, best_len = 0;
	for (int i = 0; i < 8;) {
		int j = i;
		while (j < 8 && words[j] == 0)
			j++;
		if (j - i > best_len) {
			best = i;
			best_len = j - i;
		}
		i = j > i ? j : i + 1;
	}
	*len = best_len;
	return best_len >= 2 ? best : -1;
}

size_t fmt_ipv6(const uint8_t b[16], char buf[FMT_IPV6_SIZE])
{
	unsigned words[8];
	for (int i = 0; i < 8; i++)
		words[i] = (unsigned)b[2 * i] << 8 | b[2 * i + 1];
	int len;
	int run = zero_run(words, &len);
	char *w = buf;
	for (int i = 0; i < 8; i++) {
		if (run >= 0 && i >= run && i < run + len) {
			if (i == run)
				*w++ = ':';
			continue;
		}
		if (i != 0)
			*w++ = ':';
		/* inet_ntop's IPv4-compatible and IPv4-mapped forms. */
		if (i == 6 && run == 0 &&
		    (len == 6 || (len == 5 && words[5] == 0xffff)))
			return (size_t)(w - buf) + fmt_ipv4(b + 12, w);
		w = put_hex16(w, words[i]);
	}
	if (run >= 0 && run + len == 8)
		*w++ = ':';
	return (size_t)(w - buf);
}

size_t fmt_i64(int64_t v, char buf[FMT_INT_SIZE])
{
	if (v >= 0)
		return fmt_u64((uint64_t)v, buf);
	buf[0] = '-';
	/* -(INT64_MIN) overflows; its magnitude fits an unsigned. */
	return (size_t)(netstat_put_decimal(buf + 1, -(uint64_t)v) - buf);
}
