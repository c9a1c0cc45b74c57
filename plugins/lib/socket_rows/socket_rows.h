/*
 * What the rows of the legacy socket tables (ax25, netrom, rose, x25,
 * ipx) share: the notice for a line that cannot be read, and the classic
 * "vr/vs" cell of the AX.25, NET/ROM and X.25 tables.
 */
#ifndef SOCKET_ROWS_H
#define SOCKET_ROWS_H

#include <inttypes.h>
#include <stddef.h>

#include <netstat/netstat.h>

/* "<prefix> reading data from /proc/<path>" on stdout, in order with the
 * rows, as net-tools reports a line it cannot read. */
void socket_row_unreadable(struct netstat_ctx *ctx, const char *prefix,
			   const char *path);

/* Writes "vr/vs" from the record's two sequence-number columns as
 * net-tools does: each zero-padded to `digits` (0 when absent). Inline:
 * only three of the five tables have it. */
static inline void socket_row_put_vr_vs(const struct netstat_record *rec,
					size_t vr_column, size_t vs_column,
					int digits, struct netstat_text *out)
{
	netstat_text_printf(
		out, "%0*" PRIu64 "/%0*" PRIu64, digits,
		netstat_value_uint(rec->values, rec->n_values, vr_column, 0),
		digits,
		netstat_value_uint(rec->values, rec->n_values, vs_column, 0));
}

/* A number the kernel's table gives that net-tools does not print: a
 * structured-only column (schema 1.4). */
#define SOCKET_ROW_FIELD(k, u, m)                                              \
	{                                                                      \
		.key = k, .type = NETSTAT_T_UINT, .unit = u, .measure = m,     \
		.flags = NETSTAT_COL_STRUCTURED_ONLY                           \
	}
/* The kernel writes the idle timers of AX.25, NET/ROM and ROSE sockets in
 * whole minutes; the columns are in seconds, a base unit. */
#define SOCKET_ROW_MINUTE 60u

/* A timer's time left or its configured length, in whole seconds. */
#define SOCKET_ROW_SECONDS(k)                                                  \
	SOCKET_ROW_FIELD(k, "seconds", NETSTAT_MEASURE_GAUGE)

#endif
