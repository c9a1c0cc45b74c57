/* Sample sections and records holding every value type, for format tests. */
#ifndef TESTS_FORMATS_SAMPLE_H
#define TESTS_FORMATS_SAMPLE_H

#include <stdbool.h>

#include <netstat/netstat.h>

#include "tests/formats/drive.h"

/* Columns of the "alpha" section: one of each type, in this order. */
enum sample_col {
	S_PROTO,   /* string */
	S_COUNT,   /* int */
	S_BIG,	   /* uint */
	S_RATIO,   /* double */
	S_ADDR,	   /* address */
	S_LOCAL,   /* endpoint */
	S_STATE,   /* state */
	S_USER,	   /* user */
	S_PROGRAM, /* process, shown with -p */
	S_TIMER,   /* timer */
	S_NOTE,	   /* string, NETSTAT_COL_STRUCTURED_ONLY */
	S_HIDDEN,  /* uint, shown with -e only: never in these tests */
	S_ANY,	   /* untyped */
	S_CLASSIC, /* uint, NETSTAT_COL_CLASSIC_ONLY: never in these tests */
	S_COUNT_COLS
};

/* The awkward string of the "edge" row, and what each format makes of it
 * (JSON text as written, text after CSV unquoting, after YAML parsing). */
extern const char sample_note[];
extern const char sample_note_json[];
extern const char sample_note_csv[];
extern const char sample_note_yaml[];

extern const struct netstat_section sample_alpha, sample_beta, sample_gamma;

/* Records of alpha: plain, edge, nulls, text, mismatch. */
#define SAMPLE_ALPHA_ROWS 5
extern const struct netstat_record sample_alpha_rows[SAMPLE_ALPHA_ROWS];
extern const struct netstat_record sample_beta_row;

/* A request showing the -p column, as `report` with `flags` added. */
struct netstat_request sample_request(unsigned flags);

/* Step `step` (from 0) of one pass through `d`: alpha with every row,
 * gamma empty, beta with one row. Returns false once the pass is over
 * (so two drives can be run in lock step). */
bool sample_step(struct drive *d, size_t step);

/* A whole pass through `d`. */
void sample_pass(struct drive *d);

/* A growable text buffer for tests (free buf when done). */
struct netstat_text sample_text(void);

#endif
