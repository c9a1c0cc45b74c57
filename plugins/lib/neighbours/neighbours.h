/*
 * The neighbour tables of NET/ROM (/proc/net/nr_neigh) and ROSE
 * (/proc/net/rose_neigh), which their route tables refer to by number: a
 * header line, then "number callsign device ..." in fixed columns.
 */
#ifndef NEIGHBOURS_H
#define NEIGHBOURS_H

#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

/* One line of the table. */
struct neighbour {
	int32_t id;
	char callsign[16], device[8];
	/* The line from the device on, the whole device token first (the
	 * columns cut it; the kernel's fields after it shift with it):
	 * each family reads its own fields from it. */
	char from_device[128];
};

/* Every line, in file order (numbers may repeat in a made-up table). */
struct neighbour_table {
	struct neighbour *items;
	size_t n, cap;
};

/*
 * Reads the table behind `lines` (its header skipped) into `out`, which
 * starts zeroed; the device ends before column `device_end`. Returns 0 or
 * NETSTAT_ERR_NOMEM. Free `out` with neighbour_table_free() either way.
 */
int neighbour_table_load(const struct netstat_host_api *host,
			 struct netstat_lines *lines, size_t device_end,
			 struct neighbour_table *out);

/* The first line numbered `id` after `prev` (NULL: from the start), or
 * NULL. */
const struct neighbour *neighbour_table_next(const struct neighbour_table *t,
					     int32_t id,
					     const struct neighbour *prev);

void neighbour_table_free(struct neighbour_table *t);

#endif
