/*
 * A stand-in for the host's output side (core/run/output.c), for format
 * tests: it runs one format module with a state of its own, in the host's
 * call order, shows it the columns the host would (core/run/columns.c),
 * and remembers the first callback that failed. Names and messages come
 * from a mock context (tests/mock/mock_host.h).
 */
#ifndef TESTS_FORMATS_DRIVE_H
#define TESTS_FORMATS_DRIVE_H

#include <netstat/netstat.h>

#define DRIVE_MAX_SECTIONS 16
#define DRIVE_MAX_COLUMNS 64

struct drive {
	const struct netstat_format *format;
	void *state; /* what the module's init() stored */
	struct netstat_ctx *ctx;
	const struct netstat_request *req;
	struct netstat_text *out;
	const struct netstat_section *current;
	const char *begun[DRIVE_MAX_SECTIONS]; /* section keys, this pass */
	size_t n_begun;
	size_t columns[DRIVE_MAX_COLUMNS];
	size_t n_columns;
	int rc; /* the first callback failure, else 0 */
};

/*
 * Loads `module` for a run: init() with its declared defaults, then
 * `options` ("key", "value", ..., NULL; may be NULL) parsed as the
 * config's `options:` map would be. Output goes to `out`. Returns init's
 * result (or the parse error).
 */
int drive_open(struct drive *d, const struct netstat_module *module,
	       struct netstat_ctx *ctx, const struct netstat_request *req,
	       struct netstat_text *out, const char *const *options);

void drive_pass_begin(struct drive *d);
/* Starts a section as host->section_begin() does (idempotent per pass). */
void drive_section_begin(struct drive *d,
			 const struct netstat_section *section);
/* One record, as host->emit() does. */
void drive_emit(struct drive *d, const struct netstat_record *rec);
void drive_pass_end(struct drive *d);

/* fini(). */
void drive_close(struct drive *d);

#endif
