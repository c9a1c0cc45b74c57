/* See metric_store.h. */
#include <stdlib.h>
#include <string.h>

#include "formats/common/fmt_text.h"
#include "formats/metrics/metric_store.h"

void metric_buf_init(struct metric_buf *b)
{
	memset(b, 0, sizeof *b);
	b->text.grow = fmt_text_heap_grow;
}

void metric_buf_free(struct metric_buf *b)
{
	free(b->text.buf);
	metric_buf_init(b);
}

const char *metric_buf_cstr(struct metric_buf *b)
{
	if (netstat_text_append(&b->text, "", 1) < 0)
		return "";
	b->text.len--;
	return b->text.buf;
}

void metric_store_init(struct metric_store *st)
{
	memset(st, 0, sizeof *st);
	metric_buf_init(&st->strings);
}

void metric_store_clear(struct metric_store *st)
{
	st->strings.text.len = 0;
	st->n_families = 0;
	st->n_samples = 0;
	st->last_family = 0;
	if (st->table)
		memset(st->table, 0, st->table_size * sizeof *st->table);
}

void metric_store_free(struct metric_store *st)
{
	metric_buf_free(&st->strings);
	free(st->families);
	free(st->samples);
	free(st->table);
	metric_store_init(st);
}

/* Copies `s` with its NUL into the strings; *offset is where. */
static int keep(struct metric_store *st, const char *s, size_t *offset)
{
	*offset = st->strings.text.len;
	return netstat_text_append(&st->strings.text, s, strlen(s) + 1);
}

static int grow(void **array, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return 0;
	size_t c = *cap ? *cap * 2 : 64;
	void *p = realloc(*array, c * size);
	if (!p)
		return NETSTAT_ERR_NOMEM;
	*array = p;
	*cap = c;
	return 0;
}

static uint64_t hash_text(uint64_t h, const char *s)
{
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static int find_family(struct metric_store *st, const char *name,
		       enum metric_type type, const char *unit,
		       const char *help, size_t *index)
{
	for (size_t k = 0; k < st->n_families; k++) {
		size_t i = (st->last_family + k) % st->n_families;
		if (strcmp(metric_store_text(st, st->families[i].name), name))
			continue;
		*index = st->last_family = i;
		return 0;
	}
	int rc = grow((void **)&st->families, &st->cap_families, st->n_families,
		      sizeof *st->families);
	struct metric_family f = {.type = type, .has_unit = unit != NULL};
	if (rc == 0)
		rc = keep(st, name, &f.name);
	if (rc == 0)
		rc = keep(st, help, &f.help);
	if (rc == 0)
		rc = keep(st, unit ? unit : "", &f.unit);
	if (rc < 0)
		return rc;
	st->families[st->n_families] = f;
	*index = st->last_family = st->n_families++;
	return 0;
}

static int grow_table(struct metric_store *st)
{
	size_t size = st->table_size ? st->table_size * 2 : 1024;
	size_t *t = calloc(size, sizeof *t);
	if (!t)
		return NETSTAT_ERR_NOMEM;
	for (size_t s = 0; s < st->n_samples; s++) {
		size_t i = st->samples[s].hash & (size - 1);
		while (t[i])
			i = (i + 1) & (size - 1);
		t[i] = s + 1;
	}
	free(st->table);
	st->table = t;
	st->table_size = size;
	return 0;
}

int metric_store_add(struct metric_store *st, const char *name,
		     enum metric_type type, const char *unit, const char *help,
		     const char *labels, const char *value, size_t *family)
{
	int rc = find_family(st, name, type, unit, help, family);
	if (rc < 0)
		return rc;
	const struct metric_family *f = &st->families[*family];
	if (f->type != type || f->has_unit != (unit != NULL) ||
	    (unit && strcmp(metric_store_text(st, f->unit), unit)))
		return METRIC_TYPE_CLASH;
	uint64_t h =
		hash_text(hash_text(14695981039346656037ull, name), labels);
	if ((st->n_samples + 1) * 2 > st->table_size &&
	    (rc = grow_table(st)) < 0)
		return rc;
	size_t i = h & (st->table_size - 1);
	for (; st->table[i]; i = (i + 1) & (st->table_size - 1)) {
		const struct metric_sample *s = &st->samples[st->table[i] - 1];
		if (s->hash == h && s->family == *family &&
		    !strcmp(metric_store_text(st, s->labels), labels))
			return METRIC_DUPLICATE;
	}
	rc = grow((void **)&st->samples, &st->cap_samples, st->n_samples,
		  sizeof *st->samples);
	struct metric_sample s = {
		.family = *family, .seq = st->n_samples, .hash = h};
	if (rc == 0)
		rc = keep(st, labels, &s.labels);
	if (rc == 0)
		rc = keep(st, value, &s.value);
	if (rc < 0)
		return rc;
	st->samples[st->n_samples] = s;
	st->table[i] = ++st->n_samples;
	st->families[*family].n_samples++;
	return METRIC_ADDED;
}

static int by_family_then_arrival(const void *pa, const void *pb)
{
	const struct metric_sample *a = pa, *b = pb;
	if (a->family != b->family)
		return a->family < b->family ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void metric_store_sort(struct metric_store *st)
{
	if (st->n_samples)
		qsort(st->samples, st->n_samples, sizeof *st->samples,
		      by_family_then_arrival);
	/* The table's indexes no longer hold: the pass is over. */
	if (st->table)
		memset(st->table, 0, st->table_size * sizeof *st->table);
}
