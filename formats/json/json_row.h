/* A section's rows as JSON objects, from a plan made when it opens. */
#ifndef JSON_ROW_H
#define JSON_ROW_H

#include <netstat/netstat.h>

#include "formats/common/fmt_value.h"
#include "formats/json/json_write.h"

/* The columns a section shows (zero-initialised: no plan yet), each with its
 * `"key":` (`,"key":` after the first) rendered once, and the most bytes a row
 * writes but for its strings: a row reserves that once. */
struct json_row_plan {
	const struct netstat_section *section;
	char *text; /* the keys, one after another */
	size_t len, cap;
	size_t *columns; /* the columns they are for */
	size_t *end;	 /* where each one ends in text */
	uint32_t *shape; /* each column's shape */
	size_t n, cap_n;
	size_t fixed_max;
};

/* Makes `p` the plan of these columns of `section`, its keys in the
 * members' style. */
int json_row_plan_set(struct json_row_plan *p,
		      const struct netstat_section *section,
		      const size_t *columns, size_t n_columns,
		      const struct json_members *m);

/* Is `p` the plan of these columns of `section`? */
bool json_row_plan_matches(const struct json_row_plan *p,
			   const struct netstat_section *section,
			   const size_t *columns, size_t n_columns);

void json_row_plan_free(struct json_row_plan *p);

/*
 * Row `rec` as one object: `{"key":value,...}`. A value of its column's
 * own type is written straight into `out`; a list, a value of another
 * type (null, with a warning, when it does not fit) or a string that
 * needs escaping go through fmt_cell_fill and json_put_cell, which write
 * the same text.
 */
int json_row_write(struct netstat_text *out, const struct json_row_plan *p,
		   const struct netstat_record *rec, const struct fmt_env *env,
		   const struct json_members *m);

#endif
