/* Text rules of the two metrics dialects: names, escaping, numbers. */
#ifndef METRIC_TEXT_H
#define METRIC_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include <netstat/netstat.h>

/* Appends `s` to `out` in snake_case, as the Prometheus naming rules
 * want: CamelCase words split by '_' and lowered ("TcpExt" "TCPSynRetrans"
 * give "tcp_ext" "tcp_syn_retrans"), every character but [a-z0-9] as
 * '_'. */
int metric_put_name_part(struct netstat_text *out, const char *s);

/* Appends a label value: invalid UTF-8 and control characters but the
 * newline as U+FFFD, then `\\`, `\"` and `\n` escaped (both dialects). */
int metric_put_label_value(struct netstat_text *out, const char *s);

/* Appends a HELP text: invalid UTF-8 and controls as U+FFFD, `\\` and `\n`
 * escaped, and with `quote` (OpenMetrics) `\"` too. */
int metric_put_help(struct netstat_text *out, const char *s, bool quote);

/* A sample value's text: integers exact, doubles as the shortest text
 * that reads back exactly, "+Inf", "-Inf", "NaN". */
#define METRIC_NUMBER_SIZE 48
void metric_uint_text(uint64_t u, char buf[METRIC_NUMBER_SIZE]);
void metric_int_text(int64_t i, char buf[METRIC_NUMBER_SIZE]);
void metric_double_text(double d, char buf[METRIC_NUMBER_SIZE]);

/* The base unit a column's unit is written in and the divisor that takes
 * its values there: "milliseconds" is "seconds" divided by 1000; units
 * with no base unit of their own stay as they are (divisor 1). */
struct metric_unit {
	const char *suffix; /* NULL: no unit */
	double divisor;
};
struct metric_unit metric_unit_of(const char *unit);

#endif
