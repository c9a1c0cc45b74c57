/*
 * Shared by the legacy socket families (ipx, ax25, netrom, x25, rose):
 * opening their /proc table with net-tools' rules, reading fixed columns,
 * and the few classic cells they all use.
 */
#ifndef LEGACY_H
#define LEGACY_H

#include <stdbool.h>

#include <netstat/netstat.h>

/*
 * Opens `path` (below the proc root). On failure applies reference §3.2
 * for these families: ENOENT gives "netstat: no support for `AF <af>' on
 * this system." when the family was named or -v given, and status 1 when
 * named (else 0); any other errno a "<path>: <error>" line and status 255.
 * Returns true with *out set, or false with *status to return.
 */
bool legacy_open(const struct netstat_host_api *host, struct netstat_ctx *ctx,
		 const struct netstat_request *req, const char *path,
		 const char *af, struct netstat_lines **out, int *status);

/* "<prefix> reading data from /proc/<path>" on stdout, in order with the
 * rows, as net-tools reports a line it cannot read. */
void legacy_problem(const struct netstat_host_api *host,
		    struct netstat_ctx *ctx, const char *prefix,
		    const char *path);

/*
 * Copies columns [from, to) of a line of length len into buf, without
 * trailing blanks; returns the copied length.
 */
size_t legacy_columns(const char *line, size_t len, size_t from, size_t to,
		      char *buf, size_t size);

/* Copies the next blank-delimited token into buf; false at end of line or
 * when it does not fit. */
bool legacy_token(const char **p, char *buf, size_t size);

/* A text address value (a callsign, an X.121 or ROSE address). */
struct netstat_value legacy_v_text(const char *text);

/* Classic cell of a queue the kernel may leave out ("*"): 0 then. */
void legacy_cell_queue(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out);

/* Writes "vr/vs" as net-tools does: both zero-padded to `digits`. */
void legacy_put_vr_vs(const struct netstat_record *rec, size_t vr_column,
		      size_t vs_column, int digits, struct netstat_text *out);

/* An unsigned value of a record, or 0 when absent. */
uint64_t legacy_uint_at(const struct netstat_record *rec, size_t column);

/*
 * The route tables (-r) are read the way net-tools reads them: by column,
 * numbers as atoi(3) takes them (leading white space, a sign, digits;
 * saturated to 64 bits, then cut to an int). Nothing is read past the line.
 */
int32_t legacy_atoi(const char *s, size_t n);
/* legacy_atoi() from column `col` to the end of the line; 0 past it. */
int32_t legacy_atoi_at(const char *line, size_t len, size_t col);
/* True when the line holds only blanks. */
bool legacy_blank(const char *line, size_t len);

/* "<shown path>: <error text>" on stderr, as perror(path) prints it. */
void legacy_perror(const struct netstat_host_api *host, struct netstat_ctx *ctx,
		   const char *path, int err);

/* Appends untrusted `s` left-justified in `width` (classic %-Ns). */
void legacy_put_left(struct netstat_text *out, const char *s, size_t width);

/* A growable array of fixed-size items (the neighbour tables). */
struct legacy_vec {
	void *items;
	size_t n, cap, size;
};
/* A new zeroed slot at the end, or NULL when out of memory. */
void *legacy_vec_push(struct legacy_vec *v);
void legacy_vec_free(struct legacy_vec *v);

/* One line of nr_neigh or rose_neigh. */
struct legacy_neighbour {
	int32_t id;
	char callsign[16], device[8];
};
/* Reads a neighbour table (header skipped) into `out`, whose items are
 * struct legacy_neighbour; the device ends before column `device_end`.
 * Returns false when out of memory. */
bool legacy_load_neighbours(const struct netstat_host_api *host,
			    struct netstat_lines *lines, size_t device_end,
			    struct legacy_vec *out);
/* The neighbour numbered `id`, or NULL. */
const struct legacy_neighbour *
legacy_find_neighbour(const struct legacy_vec *neighbours, int32_t id);

#endif
