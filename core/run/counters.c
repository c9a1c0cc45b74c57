/* The counter stage's store and arithmetic; see counters.h. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/run/counters_private.h"

struct counters *counters_new(int mode)
{
	struct counters *c = calloc(1, sizeof *c);
	if (c)
		c->mode = mode;
	return c;
}

static void entry_free(struct entry *e)
{
	if (!e)
		return;
	free(e->key);
	free(e->prev);
	free(e->cur);
	free(e->has_prev);
	free(e->has_cur);
	free(e);
}

void counters_forget(struct counters *c)
{
	for (size_t i = 0; i < c->cap; i++) {
		entry_free(c->slots[i]);
		c->slots[i] = NULL;
	}
	c->n_entries = 0;
	c->have_previous = false;
}

void counters_free(struct counters *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->cap; i++)
		entry_free(c->slots[i]);
	free(c->slots);
	for (size_t i = 0; i < c->n_derived; i++)
		free(c->derived[i]);
	free(c);
}

int counters_error(const struct counters *c)
{
	return c->error;
}

bool counters_have_previous(const struct counters *c)
{
	return c->have_previous;
}

double counters_interval(const struct counters *c)
{
	return c->have_previous && c->now > c->previous_time
		       ? c->now - c->previous_time
		       : 0;
}

/* FNV-1a: keys are short texts. */
static size_t hash_of(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return (size_t)h;
}

static bool grow(struct counters *c)
{
	size_t cap = c->cap ? c->cap * 2 : 256;
	struct entry **slots = calloc(cap, sizeof *slots);
	if (!slots)
		return false;
	for (size_t i = 0; i < c->cap; i++) {
		struct entry *e = c->slots[i];
		if (!e)
			continue;
		size_t j = hash_of(e->key) & (cap - 1);
		while (slots[j])
			j = (j + 1) & (cap - 1);
		slots[j] = e;
	}
	free(c->slots);
	c->slots = slots;
	c->cap = cap;
	return true;
}

static struct entry *entry_new(const char *key, size_t n)
{
	struct entry *e = calloc(1, sizeof *e);
	if (!e)
		return NULL;
	e->key = strdup(key);
	e->n = n;
	e->prev = calloc(n ? n : 1, sizeof *e->prev);
	e->cur = calloc(n ? n : 1, sizeof *e->cur);
	e->has_prev = calloc(n ? n : 1, 1);
	e->has_cur = calloc(n ? n : 1, 1);
	if (!e->key || !e->prev || !e->cur || !e->has_prev || !e->has_cur) {
		entry_free(e);
		return NULL;
	}
	return e;
}

struct entry *counters_entry(struct counters *c, const char *key, size_t n,
			     bool create)
{
	if (c->cap) {
		size_t j = hash_of(key) & (c->cap - 1);
		for (; c->slots[j]; j = (j + 1) & (c->cap - 1))
			if (strcmp(c->slots[j]->key, key) == 0)
				return c->slots[j];
	}
	if (!create)
		return NULL;
	if ((c->n_entries + 1) * 2 > c->cap && !grow(c)) {
		c->error = NETSTAT_ERR_NOMEM;
		return NULL;
	}
	struct entry *e = entry_new(key, n);
	if (!e) {
		c->error = NETSTAT_ERR_NOMEM;
		return NULL;
	}
	size_t j = hash_of(key) & (c->cap - 1);
	while (c->slots[j])
		j = (j + 1) & (c->cap - 1);
	c->slots[j] = e;
	c->n_entries++;
	return e;
}

/* Forgets the entries the pass `pass` did not see, rehashing the rest
 * into a table of the same size. */
static void sweep(struct counters *c, unsigned pass)
{
	if (!c->cap)
		return;
	struct entry **slots = calloc(c->cap, sizeof *slots);
	if (!slots)
		return; /* keep everything rather than lose the table */
	c->n_entries = 0;
	for (size_t i = 0; i < c->cap; i++) {
		struct entry *e = c->slots[i];
		if (!e)
			continue;
		if (e->seen != pass) {
			entry_free(e);
			continue;
		}
		size_t j = hash_of(e->key) & (c->cap - 1);
		while (slots[j])
			j = (j + 1) & (c->cap - 1);
		slots[j] = e;
		c->n_entries++;
	}
	free(c->slots);
	c->slots = slots;
}

void counters_pass_begin(struct counters *c, double now)
{
	c->pass++;
	c->now = now;
	counters_retitle(c);
}

void counters_pass_end(struct counters *c)
{
	/* Rows that vanished are forgotten: if they come back, they come
	 * back as new (null rates). */
	sweep(c, c->pass);
	for (size_t i = 0; i < c->cap; i++) {
		struct entry *e = c->slots[i];
		if (!e)
			continue;
		memcpy(e->prev, e->cur, e->n * sizeof *e->prev);
		memcpy(e->has_prev, e->has_cur, e->n);
		memset(e->has_cur, 0, e->n);
	}
	c->previous_time = c->now;
	c->have_previous = true;
}

/* Appends `s` to the key, escaping what would end a state-file field. */
static void key_put(char *buf, size_t size, size_t *len, const char *s)
{
	for (; *s && *len + 4 < size; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch <= ' ' || ch == '%' || ch == 0x7f)
			*len += (size_t)snprintf(buf + *len, size - *len,
						 "%%%02x", ch);
		else
			buf[(*len)++] = (char)ch;
	}
	buf[*len] = '\0';
}

/* A value's text in a key: exact, not pretty. */
static void key_value(char *buf, size_t size, size_t *len,
		      const struct netstat_value *v)
{
	char tmp[128];
	switch (v->type) {
	case NETSTAT_T_STRING:
		key_put(buf, size, len, v->v.s);
		return;
	case NETSTAT_T_INT:
		snprintf(tmp, sizeof tmp, "%" PRId64, v->v.i);
		break;
	case NETSTAT_T_UINT:
		snprintf(tmp, sizeof tmp, "%" PRIu64, v->v.u);
		break;
	case NETSTAT_T_ADDRESS:
	case NETSTAT_T_ENDPOINT: {
		const struct netstat_address *a = v->type == NETSTAT_T_ADDRESS
							  ? &v->v.addr
							  : &v->v.ep.addr;
		size_t k = (size_t)snprintf(tmp, sizeof tmp, "a%u:", a->family);
		if (a->family == NETSTAT_ADDR_TEXT) {
			key_put(buf, size, len, tmp);
			key_put(buf, size, len, a->text ? a->text : "");
			tmp[0] = '\0';
		} else {
			for (size_t b = 0; b < 16 && k + 3 < sizeof tmp; b++)
				k += (size_t)snprintf(tmp + k, sizeof tmp - k,
						      "%02x", a->bytes[b]);
		}
		if (v->type == NETSTAT_T_ENDPOINT)
			snprintf(tmp + strlen(tmp), sizeof tmp - strlen(tmp),
				 ":%" PRIu32, v->v.ep.port);
		break;
	}
	case NETSTAT_T_STATE:
		snprintf(tmp, sizeof tmp, "%" PRId64, v->v.state.code);
		break;
	case NETSTAT_T_USER:
		snprintf(tmp, sizeof tmp, "%" PRIu32, v->v.uid);
		break;
	default:
		snprintf(tmp, sizeof tmp, "t%" PRIu32, v->type);
		break;
	}
	key_put(buf, size, len, tmp);
}

/* "section/key1/key2": the record's identity across passes. */
static const char *record_key(struct counters *c,
			      const struct netstat_record *rec)
{
	const struct netstat_section *s = rec->section;
	size_t len = 0;
	c->key_buf[0] = '\0';
	key_put(c->key_buf, sizeof c->key_buf, &len, s->key);
	for (size_t i = 0; i < s->n_columns && i < rec->n_values; i++) {
		if (!(s->columns[i].flags & NETSTAT_COL_KEY))
			continue;
		if (len + 2 < sizeof c->key_buf) {
			c->key_buf[len++] = '/';
			c->key_buf[len] = '\0';
		}
		key_value(c->key_buf, sizeof c->key_buf, &len, &rec->values[i]);
	}
	return c->key_buf;
}

static bool read_number(const struct netstat_value *v, uint64_t *out)
{
	if (v->type == NETSTAT_T_UINT)
		*out = v->v.u;
	else if (v->type == NETSTAT_T_INT && v->v.i >= 0)
		*out = (uint64_t)v->v.i;
	else
		return false;
	return true;
}

/* One counter column's derived value; *moved when it counts as a
 * change for --delta. */
static struct netstat_value
counter_value(struct counters *c, const struct entry *e, size_t k, bool *moved)
{
	if (!e->has_cur[k])
		return netstat_v_null();
	uint64_t cur = e->cur[k], prev = e->prev[k];
	bool has_prev = e->has_prev[k];
	if (c->mode == COUNTERS_RATE) {
		double interval = counters_interval(c);
		/* Appeared, wrapped or reset: no honest rate this pass. */
		if (!has_prev || cur < prev || interval <= 0)
			return netstat_v_null();
		return netstat_v_double((double)(cur - prev) / interval);
	}
	if (!has_prev) {
		*moved |= cur != 0;
		return netstat_v_uint(cur);
	}
	if (cur < prev) {
		*moved = true;
		return netstat_v_null();
	}
	*moved |= cur != prev;
	return netstat_v_uint(cur - prev);
}

/* A gauge where the derived column holds counters: its level, typed as
 * the column is. */
static struct netstat_value gauge_value(struct counters *c,
					const struct entry *e, size_t k,
					const struct netstat_value *v,
					bool *moved)
{
	uint64_t level;
	if (!read_number(v, &level))
		return c->mode == COUNTERS_RATE ? netstat_v_null() : *v;
	*moved |= e->has_prev[k] ? e->prev[k] != level : level != 0;
	return c->mode == COUNTERS_RATE ? netstat_v_double((double)level) : *v;
}

/* A record's own measure for its numeric values: its
 * NETSTAT_COL_ROW_MEASURE column's, where it has one and it is set; 0:
 * the columns' own. */
static uint32_t row_measure(const struct netstat_record *rec)
{
	const struct netstat_section *s = rec->section;
	for (size_t k = 0; k < s->n_columns && k < rec->n_values; k++)
		if ((s->columns[k].flags & NETSTAT_COL_ROW_MEASURE) &&
		    rec->values[k].type == NETSTAT_T_UINT && rec->values[k].v.u)
			return (uint32_t)rec->values[k].v.u;
	return 0;
}

bool counters_apply(struct counters *c, const struct netstat_record *rec,
		    struct netstat_record *out)
{
	struct derived *d = counters_derived_of(c, rec->section);
	if (!d || !d->has_key)
		return false;
	const struct netstat_section *s = rec->section;
	size_t n = s->n_columns < rec->n_values ? s->n_columns : rec->n_values;
	struct entry *e = counters_entry(c, record_key(c, rec), n, true);
	if (!e)
		return false;
	if (e->n != n) {
		/* A state saved by another layout of the section. */
		memset(e->has_prev, 0, e->n);
		n = n < e->n ? n : e->n;
	}
	e->seen = c->pass;
	/* This pass's values first: a key met twice in one pass still
	 * compares with the previous pass. */
	for (size_t k = 0; k < n && k < e->n; k++) {
		const struct netstat_column *col = &s->columns[k];
		if (col->measure == NETSTAT_MEASURE_NONE)
			continue;
		e->has_cur[k] = read_number(&rec->values[k], &e->cur[k]);
	}
	bool moved = false;
	uint32_t own = row_measure(rec); /* once per record, not per column */
	for (size_t i = 0; i < d->section.n_columns; i++) {
		size_t k = d->from[i];
		if (k == COUNTERS_NO_COLUMN) {
			double interval = counters_interval(c);
			c->values[i] = interval > 0 ? netstat_v_double(interval)
						    : netstat_v_null();
			continue;
		}
		const struct netstat_value *v =
			k < rec->n_values ? &rec->values[k] : NULL;
		if (!v) {
			c->values[i] = netstat_v_null();
		} else if (k < n && k < e->n &&
			   counters_is_counter(&d->orig->columns[k])) {
			/* The record may call it a gauge (a -s level). */
			uint32_t m = own ? own : s->columns[k].measure;
			c->values[i] =
				m == NETSTAT_MEASURE_COUNTER
					? counter_value(c, e, k, &moved)
					: gauge_value(c, e, k, v, &moved);
		} else {
			c->values[i] = *v;
		}
	}
	*out = (struct netstat_record){.section = &d->section,
				       .values = c->values,
				       .n_values = d->section.n_columns};
	return c->mode == COUNTERS_RATE || moved;
}
