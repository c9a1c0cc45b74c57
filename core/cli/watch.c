/*
 * The watching options (--interval, --rate, --delta, --reset, --events,
 * --count-events): their values, and the reports each works with. They
 * are ours, not net-tools': taken out in full by options.c, checked here
 * after net-tools' own rules made the request.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cli/cli.h"

/* The longest period --interval takes: a day. */
#define INTERVAL_MAX 86400.0

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static enum cli_outcome
refuse(int *status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("netstat: ", stderr);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	*status = 3;
	return CLI_EXIT;
}

/* "0.5", "2", "1e-1": a positive, finite number of seconds. */
static bool parse_interval(const char *text, double *out)
{
	char *end;
	errno = 0;
	double v = strtod(text, &end);
	if (end == text || *end || errno || !isfinite(v) || v <= 0 ||
	    v > INTERVAL_MAX)
		return false;
	/* Below a microsecond nanosleep would not tell it from zero. */
	if (v < 1e-6)
		return false;
	*out = v;
	return true;
}

/* A positive decimal count. */
static bool parse_count(const char *text, unsigned long *out)
{
	if (*text < '0' || *text > '9')
		return false;
	char *end;
	errno = 0;
	unsigned long v = strtoul(text, &end, 10);
	if (*end || errno || v == 0)
		return false;
	*out = v;
	return true;
}

static enum cli_outcome check_events(struct cli_args *args,
				     struct netstat_request *req, int *status)
{
	if (args->events_text) {
		if (strcmp(args->events_text, "all") != 0)
			return refuse(status,
				      "--events: unknown value `%s' (expected "
				      "--events or --events=all)",
				      args->events_text);
		args->events_all = true;
	}
	if (req->report != NETSTAT_REPORT_CONNECTIONS)
		return refuse(status,
			      "--events streams socket events: it does not "
			      "go with -r, -i, -s or -M");
	if (args->rate || args->delta || args->interval_text ||
	    (req->flags & NETSTAT_REQ_CONTINUOUS))
		return refuse(status,
			      "--events runs until stopped: -c, --interval, "
			      "--rate and --delta do not apply");
	if (args->sort || args->group_by || args->count)
		return refuse(status,
			      "--events streams: --sort, --group-by and "
			      "--count need a whole table");
	req->report = NETSTAT_REPORT_EVENTS;
	req->flags |= NETSTAT_REQ_STREAM;
	if (args->events_all)
		req->flags |= NETSTAT_REQ_EVENTS_ALL;
	return CLI_RUN;
}

enum cli_outcome cli_check_watch(struct cli_args *args,
				 struct netstat_request *req, int *status)
{
	if (args->interval_text &&
	    !parse_interval(args->interval_text, &args->interval))
		return refuse(status,
			      "--interval: `%s' is not a number of seconds "
			      "(more than 0, at most 86400)",
			      args->interval_text);
	if (args->count_events_text &&
	    !parse_count(args->count_events_text, &args->count_events))
		return refuse(status,
			      "--count-events: `%s' is not a positive count",
			      args->count_events_text);
	if (args->count_events_text && !args->events)
		return refuse(status, "--count-events needs --events");
	if (args->events)
		return check_events(args, req, status);
	if (args->rate && args->delta)
		return refuse(status, "--rate and --delta: choose one");
	if (args->rate && req->report != NETSTAT_REPORT_INTERFACES &&
	    req->report != NETSTAT_REPORT_STATISTICS)
		return refuse(status, "--rate works with -i and -s");
	if (args->delta && req->report != NETSTAT_REPORT_STATISTICS)
		return refuse(status, "--delta works with -s");
	if (args->reset && !args->delta)
		return refuse(status, "--reset needs --delta");
	if (args->interval_text && !args->rate &&
	    !(req->flags & NETSTAT_REQ_CONTINUOUS))
		return refuse(status,
			      "--interval sets the period of -c or --rate; "
			      "give one of them");
	return CLI_RUN;
}
