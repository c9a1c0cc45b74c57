/*
 * The query stage between the sources and the format (docs/queries.md):
 * --filter drops records, --sort orders a section's records, --group-by
 * replaces them with one row per distinct key tuple and a `count`,
 * --count with one row holding the count, --columns chooses and orders
 * the columns. Results are sections like any other, so every format
 * renders them; the classic format lays them out as a measured table.
 * Without --sort, --group-by or --count rows still stream.
 */
#ifndef CORE_QUERY_QUERY_H
#define CORE_QUERY_QUERY_H

#include <stdbool.h>
#include <stddef.h>

#include <netstat/netstat.h>

/* What the command line asked for (NULL / false: not asked). */
struct query_spec {
	const char *filter;
	const char *sort;     /* KEY[,KEY...], "-KEY" descending */
	const char *group_by; /* KEY[,KEY...] */
	const char *columns;  /* KEY[,KEY...] */
	bool count;
};

struct query;

/* Where the stage sends what it lets through: the host's output path. */
struct query_sink {
	void *ctx;
	void (*begin)(void *ctx, const struct netstat_section *section);
	void (*emit)(void *ctx, const struct netstat_record *rec);
};

/* True when the spec asks for anything. */
bool query_wanted(const struct query_spec *spec);

/* Parses the spec; a syntax error is one line in err ("--filter: ...").
 * Returns 0 or a negative error. */
int query_compile(const struct query_spec *spec, struct query **out, char *err,
		  size_t err_size);

/* Checks every named field against the sections the report can emit. */
int query_check(struct query *q, const struct netstat_section *const *sections,
		size_t n, char *err, size_t err_size);

/* Writes to `out` the keys of the comma-separated list `keys` that some
 * of `sections` has, in their order; returns how many. */
size_t query_known_keys(const char *keys,
			const struct netstat_section *const *sections, size_t n,
			char *out, size_t size);

/* A section a source begins (it may have no rows). */
void query_begin(struct query *q, const struct query_sink *sink,
		 const struct netstat_section *section);
/* One record from a source. */
void query_emit(struct query *q, const struct query_sink *sink,
		const struct netstat_record *rec);
/* The end of a pass or of a run of one section: what is held goes out. */
void query_flush(struct query *q, const struct query_sink *sink);
/* The compiled --filter, or NULL (for the host's pre-filter questions). */
struct filter *query_filter(const struct query *q);

/* True when --filter, --sort, --group-by or --columns reads column
 * `column` of `s`. */
bool query_reads_column(const struct query *q, const struct netstat_section *s,
			size_t column);
/* True when the output shows the query's own columns (--columns,
 * --group-by, --count) instead of the section's. */
bool query_replaces_columns(const struct query *q);

/* 0, or the first error (out of memory) the stage met. */
int query_error(const struct query *q);

void query_free(struct query *q);

#endif
