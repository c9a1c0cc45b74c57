/*
 * The value model shared by the structured formats (json, csv, yaml).
 *
 * Each typed value becomes a "cell": null, one scalar, or a fixed list of
 * named scalar fields (an endpoint is family, address, port, host,
 * service). The shape depends only on the column's declared type, so a
 * field never changes type between rows or runs.
 */
#ifndef FMT_VALUE_H
#define FMT_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

/* The scalar kinds every structured format can write. */
enum fmt_kind {
	FMT_NULL = 0,
	FMT_STRING,
	FMT_INT,
	FMT_UINT,
	FMT_DOUBLE,
};

struct fmt_scalar {
	enum fmt_kind kind;
	union {
		const char *s; /* untrusted text: the writer escapes it */
		int64_t i;
		uint64_t u;
		double d;
	} v;
};

/* Most fields a compound value has (an item of a process list). */
#define FMT_MAX_FIELDS 10

struct fmt_env;

/* One rendered value; strings point into the value, the host's name
 * caches or `text`, and stay valid until the next fill. A list value
 * (fmt_shape_is_list) has n_items items of the same fields: fields[]
 * holds the first, fmt_cell_item() fills in another. */
struct fmt_cell {
	bool null;	 /* absent: the whole value is null */
	size_t n_fields; /* 0: a scalar, in fields[0] */
	struct fmt_scalar fields[FMT_MAX_FIELDS];
	char text[64];	/* numeric address text */
	size_t n_items; /* list values: how many items; else 0 */
	const struct netstat_value *list; /* list values: the value */
	const struct fmt_env *env;	  /* list values: for names */
};

/* Columns a format already warned about in its run: a plugin bug is said
 * once per column, not once per row or pass. Lives in the format's state
 * (zero-initialised), so each loaded instance keeps its own. */
#define FMT_MAX_WARNED 32
struct fmt_warnings {
	struct {
		const char *section; /* section key */
		size_t index;
	} seen[FMT_MAX_WARNED];
	size_t n;
};

/* What a format needs to resolve names the way the user asked, and to say
 * what it could not write. */
struct fmt_env {
	struct netstat_ctx *ctx;
	const struct netstat_host_api *host;
	const struct netstat_request *req;
	const char *format; /* module name, for messages */
	struct fmt_warnings *warnings;
};

/* The environment of one callback: the host is the context's. */
static inline struct fmt_env fmt_env_of(struct netstat_ctx *ctx,
					const struct netstat_request *req,
					const char *format,
					struct fmt_warnings *warnings)
{
	struct fmt_env env = {ctx, netstat_ctx_host(ctx), req, format,
			      warnings};
	return env;
}

/* Shape of a column: its declared type, or NETSTAT_T_NULL ("any
 * scalar") for untyped columns and types this build does not know. */
uint32_t fmt_column_shape(const struct netstat_column *col);

/* Stable name of a shape: "string", "endpoint"..., "any". */
const char *fmt_type_name(uint32_t shape);

/* Names of the fields of a compound shape; returns their number, 0 for
 * scalar shapes. */
size_t fmt_type_fields(uint32_t shape, const char *const **names);

/* True for shapes whose values are lists of items (a process list, of
 * n_fields fields each; a uint list, of scalars in fields[0]). A list
 * cell that is not null may have no items. */
bool fmt_shape_is_list(uint32_t shape);

/* Fills cell->fields with item `i` of a list cell (i < n_items). */
void fmt_cell_item(struct fmt_cell *cell, size_t i);

/* Field name of a column: its key, or "column_<n>" when it has none. */
const char *fmt_column_key(const struct netstat_column *col, size_t index,
			   char *buf, size_t size);

/* Name of a report type: "connections", "routes"... */
const char *fmt_report_name(unsigned report);

/*
 * Fills `cell` from value `v` (NULL: absent) of column `col` (index
 * `index` of `section`). A value whose type does not fit the column is
 * written as null, with one warning on stderr per column in
 * env->warnings.
 */
void fmt_cell_fill(struct fmt_cell *cell, const struct fmt_env *env,
		   const struct netstat_section *section, size_t index,
		   const struct netstat_value *v);

/* The value of column `c` of a record, or NULL when it has none. */
static inline const struct netstat_value *
fmt_record_value(const struct netstat_record *rec, size_t c)
{
	return c < rec->n_values ? &rec->values[c] : NULL;
}

#endif
