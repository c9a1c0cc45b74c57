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
 * so the search below would write them and ".0". Timers and rates are
 * mostly such values, and the search costs five printf and strtod. */
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

static bool reads_back(double d, int prec)
{
	char tmp[FMT_DOUBLE_SIZE - 4];
	snprintf(tmp, sizeof tmp, "%.*g", prec, d);
	return strtod(tmp, NULL) == d;
}

/* The fewest significant digits (1 to 17; 17 always reads back) whose
 * "%.*g" text reads back as d. Every p-digit number is also a
 * (p+1)-digit one, so p + 1 digits land no further from d than p: the
 * test is monotone in p, and a binary search takes 5 printf and strtod
 * instead of up to 17. (Below a power of two the values that read back
 * reach only half as far, so that argument does not cover it; the unit
 * test checks every power of two against counting up.) */
static int fewest_digits(double d)
{
	int lo = 1, hi = 17;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (reads_back(d, mid))
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

bool fmt_double(double d, char buf[FMT_DOUBLE_SIZE])
{
	if (!isfinite(d))
		return false;
	if (plain_integral(d, buf))
		return true;
	char tmp[FMT_DOUBLE_SIZE - 4];
	int prec = fewest_digits(d);
	snprintf(tmp, sizeof tmp, "%.*g", prec, d);
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
	return (size_t)(netstat_put_ipv4(buf, b) - buf);
}

size_t fmt_ipv6(const uint8_t b[16], char buf[FMT_IPV6_SIZE])
{
	return (size_t)(netstat_put_ipv6(buf, b) - buf);
}

size_t fmt_i64(int64_t v, char buf[FMT_INT_SIZE])
{
	if (v >= 0)
		return fmt_u64((uint64_t)v, buf);
	buf[0] = '-';
	/* -(INT64_MIN) overflows; its magnitude fits an unsigned. */
	return (size_t)(netstat_put_decimal(buf + 1, -(uint64_t)v) - buf);
}
