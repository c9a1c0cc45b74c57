/*
 * The counter stage of --rate and --delta, between the sources and the
 * query stage: it keeps each record's counters from the previous pass,
 * matched by the section key and the values of its NETSTAT_COL_KEY
 * columns, and turns the record into one of a section of its own, where
 * every NETSTAT_MEASURE_COUNTER column holds a per-second rate (--rate)
 * or the change (--delta) since that pass. Family-blind: it reads only
 * column metadata.
 *
 * Rates: null for a record with no previous pass (it appeared) and for a
 * counter that went down (a wrap or a reset); gauges keep their level.
 * Deltas: a record is shown only when a counter moved (or a gauge
 * changed); a record with no previous value counts from zero; a counter
 * that went down shows null.
 */
#ifndef CORE_RUN_COUNTERS_H
#define CORE_RUN_COUNTERS_H

#include <stdbool.h>
#include <stdio.h>

#include <netstat/netstat.h>

enum counters_mode {
	COUNTERS_RATE = 1,
	COUNTERS_DELTA = 2,
};

struct counters;

/* A stage for `mode`; NULL without memory. */
struct counters *counters_new(int mode);
void counters_free(struct counters *c);

/* The section records of `s` become (made on first use, one per key):
 * NULL when `s` has no key column (its records are then not shown) or
 * without memory. */
const struct netstat_section *counters_section(struct counters *c,
					       const struct netstat_section *s);

/* A pass starts at monotonic time `now` (seconds). */
void counters_pass_begin(struct counters *c, double now);
/* The pass is over: its values become the previous ones; records not
 * seen in it are forgotten. */
void counters_pass_end(struct counters *c);
/* True when a previous pass (or a loaded state) is there to compare. */
bool counters_have_previous(const struct counters *c);
/* Seconds since the previous pass; 0 when there was none. */
double counters_interval(const struct counters *c);

/*
 * Takes one record of the current pass. Returns true with *out set (its
 * values are the stage's, valid until the next call) when the record is
 * to be shown; false when it is not (a delta of nothing, a section with
 * no key column, no memory: see counters_error()).
 */
bool counters_apply(struct counters *c, const struct netstat_record *rec,
		    struct netstat_record *out);
/* 0, or NETSTAT_ERR_NOMEM once memory ran out. */
int counters_error(const struct counters *c);

/* --delta's state between runs (delta_state.c writes the file):
 * every kept record as one line, with the monotonic time of its pass. */
int counters_save(const struct counters *c, FILE *out);
/* Reads what counters_save() wrote; a file of another version, or of an
 * earlier boot (its time is ahead of `now`), is ignored. Returns 0, or
 * NETSTAT_ERR_PARSE for a damaged file (then nothing is loaded). */
int counters_load(struct counters *c, FILE *in, double now);

#endif
