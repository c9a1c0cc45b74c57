/*
 * The sections of the counter stage: one per source section key, made
 * from its column table. Counters become rates (double, "<unit>/s") or
 * changes; the key columns stay; other columns stay for the structured
 * formats only, so the classic table (measured from its rows) is the key
 * columns and the counters, in the spirit of BSD netstat -w. Classic-only
 * columns (net-tools' layout helpers) are left out.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/run/counters_private.h"

bool counters_is_counter(const struct netstat_column *col)
{
	return col->measure == NETSTAT_MEASURE_COUNTER &&
	       (col->type == NETSTAT_T_UINT || col->type == NETSTAT_T_INT);
}

static void add_counter(struct derived *d, size_t i, int mode,
			const struct netstat_column *o)
{
	struct netstat_column *c = &d->columns[i];
	*c = *o;
	c->when = 0; /* every counter is rated, -e or not */
	c->flags &= ~(uint32_t)NETSTAT_COL_STRUCTURED_ONLY;
	c->classic = (struct netstat_classic_column){
		.flags = NETSTAT_CLASSIC_RIGHT, .sep = i ? "  " : ""};
	if (mode != COUNTERS_RATE)
		return;
	c->type = NETSTAT_T_DOUBLE;
	c->measure = NETSTAT_MEASURE_GAUGE;
	/* A count of nothing named per second is "1/s". */
	snprintf(d->units[i], sizeof d->units[i], "%s/s",
		 o->unit && *o->unit ? o->unit : "1");
	c->unit = d->units[i];
	snprintf(d->titles[i], sizeof d->titles[i], "%s/s",
		 o->title && *o->title ? o->title : o->key);
	c->title = d->titles[i];
}

static void add_other(struct derived *d, size_t i,
		      const struct netstat_column *o)
{
	struct netstat_column *c = &d->columns[i];
	*c = *o;
	bool numeric = o->type == NETSTAT_T_UINT || o->type == NETSTAT_T_INT ||
		       o->type == NETSTAT_T_DOUBLE;
	c->classic = (struct netstat_classic_column){
		.flags = numeric ? NETSTAT_CLASSIC_RIGHT : 0,
		.sep = i ? "  " : ""};
	if (o->flags & NETSTAT_COL_KEY)
		d->has_key = true;
	else
		c->flags |= NETSTAT_COL_STRUCTURED_ONLY;
}

static void build(struct derived *d, const struct netstat_section *s, int mode)
{
	size_t n = 0;
	d->orig = s;
	for (size_t k = 0; k < s->n_columns && n + 1 < COUNTERS_MAX_COLUMNS;
	     k++) {
		const struct netstat_column *o = &s->columns[k];
		if (o->flags & NETSTAT_COL_CLASSIC_ONLY)
			continue;
		if (counters_is_counter(o))
			add_counter(d, n, mode, o);
		else
			add_other(d, n, o);
		d->from[n++] = k;
	}
	/* The measured interval, typed; classic says it in the title. */
	d->columns[n] = (struct netstat_column){
		.key = "interval",
		.title = "Interval",
		.type = NETSTAT_T_DOUBLE,
		.unit = "seconds",
		.measure = NETSTAT_MEASURE_GAUGE,
		.flags = NETSTAT_COL_STRUCTURED_ONLY,
	};
	d->from[n++] = COUNTERS_NO_COLUMN;
	snprintf(d->title, sizeof d->title, "%s", s->title ? s->title : "");
	d->section = (struct netstat_section){
		.key = s->key,
		.title = d->title,
		.order = s->order,
		.columns = d->columns,
		.n_columns = n,
		.classic = {.flags = NETSTAT_CLASSIC_MEASURE},
	};
}

struct derived *counters_derived_of(struct counters *c,
				    const struct netstat_section *s)
{
	for (size_t i = 0; i < c->n_derived; i++)
		if (strcmp(c->derived[i]->orig->key, s->key) == 0)
			return c->derived[i];
	if (c->n_derived == COUNTERS_MAX_SECTIONS) {
		c->error = NETSTAT_ERR_NOMEM;
		return NULL;
	}
	struct derived *d = calloc(1, sizeof *d);
	if (!d) {
		c->error = NETSTAT_ERR_NOMEM;
		return NULL;
	}
	build(d, s, c->mode);
	c->derived[c->n_derived++] = d;
	return d;
}

const struct netstat_section *counters_section(struct counters *c,
					       const struct netstat_section *s)
{
	struct derived *d = counters_derived_of(c, s);
	return d && d->has_key ? &d->section : NULL;
}

void counters_retitle(struct counters *c)
{
	double interval = counters_interval(c);
	for (size_t i = 0; i < c->n_derived; i++) {
		struct derived *d = c->derived[i];
		const char *orig = d->orig->title ? d->orig->title : "";
		if (c->mode == COUNTERS_RATE)
			snprintf(d->title, sizeof d->title,
				 "%s: rates per second over %.3f s", orig,
				 interval);
		else if (c->have_previous && interval > 0)
			snprintf(d->title, sizeof d->title,
				 "%s: changes over %.3f s", orig, interval);
		else
			snprintf(d->title, sizeof d->title,
				 "%s: changes since the counters started",
				 orig);
	}
}
