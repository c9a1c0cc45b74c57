/* See metric_text.h. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "formats/common/fmt_number.h"
#include "formats/common/fmt_utf8.h"
#include "formats/metrics/metric_text.h"

static bool is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool is_lower_or_digit(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Does a word start at s[i] of a CamelCase name: an upper-case letter
 * after a lower-case one or a digit ("ActiveOpens"), or the last capital
 * of an acronym before a lower-case letter ("TCPSyn")? A single capital
 * stays with the word after it ("HMac", "IPv6"): promtool would read a
 * lone "h" or "s" as an abbreviated unit. */
static bool word_starts(const char *s, size_t i)
{
	if (i == 0 || !is_upper(s[i]))
		return false;
	return is_lower_or_digit(s[i - 1]) ||
	       (is_upper(s[i - 1]) && s[i + 1] >= 'a' && s[i + 1] <= 'z');
}

int metric_put_name_part(struct netstat_text *out, const char *s)
{
	int rc = 0;
	size_t word = 0; /* where the current word began */
	for (size_t i = 0; s[i] && rc == 0; i++) {
		char c = s[i];
		if (word_starts(s, i) &&
		    !(is_upper(s[i - 1]) && i - word == 1)) {
			rc = netstat_text_puts(out, "_");
			word = i;
		} else if (i > 0 && !is_upper(s[i - 1]) && is_upper(c)) {
			word = i;
		}
		if (is_upper(c))
			c = (char)(c - 'A' + 'a');
		else if (!is_lower_or_digit(c))
			c = '_';
		if (rc == 0)
			rc = netstat_text_append(out, &c, 1);
	}
	return rc;
}

/* Appends `s` as UTF-8 with the escapes `\\`, `\n` and (quote) `\"`. */
static int put_escaped(struct netstat_text *out, const char *s, bool quote)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s);
	int rc = 0;
	while (n > 0 && rc == 0) {
		uint32_t cp;
		size_t len = fmt_utf8_decode(p, n, &cp);
		if (len == 0) {
			rc = netstat_text_puts(out, FMT_UTF8_REPLACEMENT);
			len = 1;
		} else if (fmt_is_control(cp) && *p != '\n') {
			/* Neither format can escape them, and raw they could
			 * drive a terminal showing the file. */
			rc = netstat_text_puts(out, FMT_UTF8_REPLACEMENT);
		} else if (*p == '\\') {
			rc = netstat_text_puts(out, "\\\\");
		} else if (*p == '\n') {
			rc = netstat_text_puts(out, "\\n");
		} else if (*p == '"' && quote) {
			rc = netstat_text_puts(out, "\\\"");
		} else {
			rc = netstat_text_append(out, (const char *)p, len);
		}
		p += len;
		n -= len;
	}
	return rc;
}

int metric_put_label_value(struct netstat_text *out, const char *s)
{
	return put_escaped(out, s, true);
}

int metric_put_help(struct netstat_text *out, const char *s, bool quote)
{
	return put_escaped(out, s, quote);
}

void metric_uint_text(uint64_t u, char buf[METRIC_NUMBER_SIZE])
{
	snprintf(buf, METRIC_NUMBER_SIZE, "%" PRIu64, u);
}

void metric_int_text(int64_t i, char buf[METRIC_NUMBER_SIZE])
{
	snprintf(buf, METRIC_NUMBER_SIZE, "%" PRId64, i);
}

void metric_double_text(double d, char buf[METRIC_NUMBER_SIZE])
{
	if (isnan(d))
		snprintf(buf, METRIC_NUMBER_SIZE, "NaN");
	else if (isinf(d))
		snprintf(buf, METRIC_NUMBER_SIZE, "%s",
			 d > 0 ? "+Inf" : "-Inf");
	else
		fmt_double(d, buf);
}

struct metric_unit metric_unit_of(const char *unit)
{
	static const struct {
		const char *unit, *base;
		double divisor;
	} scaled[] = {
		{"milliseconds", "seconds", 1e3},
		{"centiseconds", "seconds", 1e2},
		{"microseconds", "seconds", 1e6},
	};
	struct metric_unit u = {unit && *unit ? unit : NULL, 1};
	for (size_t i = 0; u.suffix && i < sizeof scaled / sizeof scaled[0];
	     i++)
		if (strcmp(unit, scaled[i].unit) == 0) {
			u.suffix = scaled[i].base;
			u.divisor = scaled[i].divisor;
		}
	return u;
}
