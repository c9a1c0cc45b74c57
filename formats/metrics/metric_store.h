/*
 * One pass's samples, grouped into families. A family's samples may come
 * from many records (one per interface) and several sections, but both
 * text formats want a family's lines together, each family once: the
 * pass is held and written at its end.
 */
#ifndef METRIC_STORE_H
#define METRIC_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

enum metric_type {
	METRIC_UNTYPED = 0, /* Prometheus `untyped`, OpenMetrics `unknown` */
	METRIC_GAUGE,
	METRIC_COUNTER,
	METRIC_INFO, /* a gauge of 1 whose labels are the information */
};

/* A text buffer that grows by realloc (the store's own strings). */
struct metric_buf {
	struct netstat_text text;
};
void metric_buf_init(struct metric_buf *b);
void metric_buf_free(struct metric_buf *b);
/* NUL-terminates and returns the text. */
const char *metric_buf_cstr(struct metric_buf *b);

struct metric_family {
	size_t name, help, unit; /* offsets into the store's strings */
	bool has_unit;
	enum metric_type type;
	size_t n_samples;
	bool warned; /* a clash was reported this pass */
};

struct metric_sample {
	size_t family, labels, value; /* family index; string offsets */
	size_t seq;		      /* arrival, for a stable order */
	uint64_t hash;		      /* of family and labels */
};

struct metric_store {
	struct metric_buf strings;
	struct metric_family *families;
	size_t n_families, cap_families;
	struct metric_sample *samples;
	size_t n_samples, cap_samples;
	size_t *table; /* open addressing over samples: index + 1, 0 free */
	size_t table_size;
	size_t last_family; /* the family found last, tried first */
};

void metric_store_init(struct metric_store *st);
void metric_store_clear(struct metric_store *st);
void metric_store_free(struct metric_store *st);

/* Why a sample was not kept. */
enum metric_add_result {
	METRIC_ADDED = 0,
	METRIC_DUPLICATE = 1,  /* same family and labels already there */
	METRIC_TYPE_CLASH = 2, /* the family exists with another type/unit */
};

/*
 * Adds a sample of family `name` (created with `type`, `unit` (NULL:
 * none) and `help` when new) with the label text `labels` (`{...}` or
 * "") and the value text `value`. Returns an enum metric_add_result or a
 * negative error; *family is the family's index.
 */
int metric_store_add(struct metric_store *st, const char *name,
		     enum metric_type type, const char *unit, const char *help,
		     const char *labels, const char *value, size_t *family);

/* Orders the samples family by family (families in order of first
 * appearance, samples in arrival order within one). */
void metric_store_sort(struct metric_store *st);

/* The text at a string offset. */
static inline const char *metric_store_text(const struct metric_store *st,
					    size_t offset)
{
	return st->strings.text.buf + offset;
}

#endif
