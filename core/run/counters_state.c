/*
 * The counter stage's values as text, for --delta's state between runs
 * (delta_state.c owns the file):
 *
 *   netstat-counters 1 SECONDS
 *   KEY N INDEX=VALUE INDEX=VALUE ...
 *
 * SECONDS is the monotonic time of the pass the values are from, KEY the
 * record's escaped key (no spaces), N its section's column count.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "core/run/counters_private.h"

#define STATE_MAGIC "netstat-counters 1 "

int counters_save(const struct counters *c, FILE *out)
{
	fprintf(out, STATE_MAGIC "%.9f\n", c->previous_time);
	for (size_t i = 0; i < c->cap; i++) {
		const struct entry *e = c->slots[i];
		if (!e)
			continue;
		fprintf(out, "%s %zu", e->key, e->n);
		for (size_t k = 0; k < e->n; k++)
			if (e->has_prev[k])
				fprintf(out, " %zu=%" PRIu64, k, e->prev[k]);
		fputc('\n', out);
	}
	return ferror(out) ? NETSTAT_ERR_IO : 0;
}

/* "INDEX=VALUE" pairs of one line into `e`. */
static bool load_values(struct entry *e, char *p)
{
	while (*p == ' ') {
		char *end;
		unsigned long long k = strtoull(p + 1, &end, 10);
		if (end == p + 1 || *end != '=' || k >= e->n)
			return false;
		p = end + 1;
		if (*p < '0' || *p > '9')
			return false;
		unsigned long long v = strtoull(p, &end, 10);
		if (end == p)
			return false;
		e->prev[k] = v;
		e->has_prev[k] = 1;
		p = end;
	}
	return *p == '\0';
}

static int load_line(struct counters *c, char *line)
{
	char *sp = strchr(line, ' ');
	if (!sp || sp == line)
		return NETSTAT_ERR_PARSE;
	*sp = '\0';
	char *end;
	unsigned long long n = strtoull(sp + 1, &end, 10);
	if (end == sp + 1 || n == 0 || n > COUNTERS_MAX_COLUMNS)
		return NETSTAT_ERR_PARSE;
	struct entry *e = counters_entry(c, line, (size_t)n, true);
	if (!e)
		return NETSTAT_ERR_NOMEM;
	if (e->n != n || !load_values(e, end))
		return NETSTAT_ERR_PARSE;
	return 0;
}

int counters_load(struct counters *c, FILE *in, double now)
{
	char line[4096];
	if (!fgets(line, sizeof line, in))
		return 0; /* empty: no state */
	double then;
	char *end;
	if (strncmp(line, STATE_MAGIC, strlen(STATE_MAGIC)) != 0)
		return 0; /* another version: start afresh */
	then = strtod(line + strlen(STATE_MAGIC), &end);
	if (*end != '\n')
		return NETSTAT_ERR_PARSE;
	if (then > now)
		return 0; /* from before a reboot */
	int rc = 0;
	while (rc == 0 && fgets(line, sizeof line, in)) {
		size_t len = strlen(line);
		if (len == 0 || line[len - 1] != '\n') {
			rc = NETSTAT_ERR_PARSE;
			break;
		}
		line[len - 1] = '\0';
		rc = load_line(c, line);
	}
	if (rc < 0) {
		counters_forget(c);
		return rc;
	}
	c->previous_time = then;
	c->have_previous = true;
	return 0;
}
