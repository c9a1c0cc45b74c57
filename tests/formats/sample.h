/* Sample sections and records holding every value type, for format tests. */
#ifndef TESTS_FORMATS_SAMPLE_H
#define TESTS_FORMATS_SAMPLE_H

#include <netstat/netstat.h>

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
	S_NOTE,	   /* string */
	S_HIDDEN,  /* uint, shown with -e only: never in these tests */
	S_ANY,	   /* untyped */
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

/* Runs one pass through `ctx` (a mock context): alpha with every row,
 * gamma empty, beta with one row. The format's pass_begin and pass_end
 * output is appended to `out` around what the mock collected. */
void sample_pass(struct netstat_ctx *ctx, const struct netstat_module *fmt,
		 const struct netstat_request *req, struct netstat_text *out);

/* A growable text buffer for tests (free buf when done). */
struct netstat_text sample_text(void);

#endif
