/*
 * The neighbour tables of NET/ROM (nr_neigh) and ROSE (rose_neigh): a
 * header line, then "number callsign device ..." in fixed columns.
 */
#include "plugins/legacy_common/legacy.h"

bool legacy_load_neighbours(const struct netstat_host_api *host,
			    struct netstat_lines *lines, size_t device_end,
			    struct legacy_vec *out)
{
	const char *line;
	size_t len;
	host->lines_next(lines, NULL); /* the header */
	while ((line = host->lines_next(lines, &len))) {
		struct legacy_neighbour *n = legacy_vec_push(out);
		if (!n)
			return false;
		n->id = legacy_atoi(line, len);
		legacy_columns(line, len, 6, 15, n->callsign,
			       sizeof n->callsign);
		legacy_columns(line, len, 16, device_end, n->device,
			       sizeof n->device);
	}
	return true;
}

const struct legacy_neighbour *
legacy_find_neighbour(const struct legacy_vec *neighbours, int32_t id)
{
	const struct legacy_neighbour *n = neighbours->items;
	for (size_t i = 0; i < neighbours->n; i++)
		if (n[i].id == id)
			return &n[i];
	return NULL;
}
