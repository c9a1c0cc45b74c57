/*
 * --filter EXPR: parsed once into a typed expression over column keys,
 * checked against the sections of the report, evaluated on every record
 * by the host (docs/queries.md). Grammar:
 *
 *   expr  := and { ("or" | "||") and }
 *   and   := unary { ["and" | "&&"] unary }       adjacent terms: and
 *   unary := ("not" | "!") unary | "(" expr ")" | FIELD [OP] VALUE
 *   OP    := = == != < <= > >= ~ !~ =~ ~~          no OP: =
 *
 * FIELD is a column key of the report's sections, or one of the names
 * that mean a column by what it is: src, dst (the local and remote ends),
 * sport, dport (their ports), pid and program (of the process column).
 */
#ifndef CORE_QUERY_FILTER_H
#define CORE_QUERY_FILTER_H

#include <stdbool.h>
#include <stddef.h>

#include <netstat/netstat.h>

struct filter;

/* Parses `expr`; on a syntax error writes "... at POS" to err and returns
 * a negative error. */
int filter_parse(const char *expr, struct filter **out, char *err,
		 size_t err_size);

/*
 * Checks the expression against the sections a report can emit: every
 * field must exist in at least one of them (else "unknown field 'x' at N
 * (did you mean 'y'?)" naming the fields there are), and every value must
 * read as its field's type where the field exists. 0 or a negative error
 * with the message in err.
 */
int filter_check(struct filter *f,
		 const struct netstat_section *const *sections,
		 size_t n_sections, char *err, size_t err_size);

/* True when `rec` matches. A field its section lacks, or a null value,
 * makes that comparison false. */
bool filter_match(struct filter *f, const struct netstat_record *rec);

/* Three-valued pre-filter questions (host.h, filter_may_match and
 * filter_port_ranges), answered from the expression alone. */
bool filter_may_match(struct filter *f, const struct netstat_section *s,
		      size_t column, const struct netstat_value *value);
size_t filter_port_ranges(struct filter *f, const struct netstat_section *s,
			  uint32_t role, uint32_t (*out)[2], size_t max);

/* True when a comparison of the expression reads column `column` of `s`
 * (by its key or an alias such as `pid`). */
bool filter_reads_column(struct filter *f, const struct netstat_section *s,
			 size_t column);

void filter_free(struct filter *f);

#endif
