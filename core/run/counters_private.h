/* What the counter stage's files share (counters.h is the interface). */
#ifndef CORE_RUN_COUNTERS_PRIVATE_H
#define CORE_RUN_COUNTERS_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

#include "core/run/counters.h"

#define COUNTERS_MAX_COLUMNS 128
#define COUNTERS_MAX_SECTIONS 32
#define COUNTERS_NO_COLUMN SIZE_MAX

/* The section the records of one source section key become. */
struct derived {
	const struct netstat_section *orig;
	struct netstat_section section;
	struct netstat_column columns[COUNTERS_MAX_COLUMNS];
	/* The original column of each derived one; COUNTERS_NO_COLUMN for
	 * the interval column. */
	size_t from[COUNTERS_MAX_COLUMNS];
	char titles[COUNTERS_MAX_COLUMNS][64];
	char units[COUNTERS_MAX_COLUMNS][32];
	char title[256];
	bool has_key;
};

/* One record's counters, by the record's key text. */
struct entry {
	char *key;
	size_t n;	/* columns of its section */
	uint64_t *prev; /* n values: the previous pass */
	uint64_t *cur;	/* n values: this pass */
	uint8_t *has_prev, *has_cur;
	unsigned seen; /* the pass that last saw it */
};

struct counters {
	int mode;
	int error;
	struct derived *derived[COUNTERS_MAX_SECTIONS];
	size_t n_derived;
	/* Open-addressing table of entries; cap a power of two. */
	struct entry **slots;
	size_t n_entries, cap;
	unsigned pass; /* 1 for the first pass */
	double now, previous_time;
	bool have_previous;
	struct netstat_value values[COUNTERS_MAX_COLUMNS];
	char key_buf[1024];
};

/* counters_section.c */
/* A column the stage rates: an integer NETSTAT_MEASURE_COUNTER. */
bool counters_is_counter(const struct netstat_column *col);
struct derived *counters_derived_of(struct counters *c,
				    const struct netstat_section *s);
/* Rewrites the derived sections' titles for the pass (the interval). */
void counters_retitle(struct counters *c);

/* counters.c */
struct entry *counters_entry(struct counters *c, const char *key, size_t n,
			     bool create);
/* Drops every entry: no previous values. */
void counters_forget(struct counters *c);

#endif
