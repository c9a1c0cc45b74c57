/* See neighbours.h. Numbers are read as net-tools reads them (atoi). */
#include <stdlib.h>
#include <string.h>

#include "plugins/lib/neighbours/neighbours.h"

static struct neighbour *push(struct neighbour_table *t)
{
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;
		struct neighbour *p = realloc(t->items, cap * sizeof *p);
		if (!p)
			return NULL;
		t->items = p;
		t->cap = cap;
	}
	struct neighbour *slot = &t->items[t->n++];
	memset(slot, 0, sizeof *slot);
	return slot;
}

int neighbour_table_load(const struct netstat_host_api *host,
			 struct netstat_lines *lines, size_t device_end,
			 struct neighbour_table *out)
{
	const char *line;
	size_t len;
	host->lines_next(lines, NULL); /* the header */
	while ((line = host->lines_next(lines, &len))) {
		struct neighbour *n = push(out);
		if (!n)
			return NETSTAT_ERR_NOMEM;
		n->id = netstat_atoi(line, len);
		netstat_columns_copy(line, len, 6, 15, n->callsign,
				     sizeof n->callsign);
		netstat_columns_copy(line, len, 16, device_end, n->device,
				     sizeof n->device);
		netstat_columns_copy(line, len, 16, len, n->from_device,
				     sizeof n->from_device);
	}
	return 0;
}

const struct neighbour *neighbour_table_next(const struct neighbour_table *t,
					     int32_t id,
					     const struct neighbour *prev)
{
	size_t from = prev ? (size_t)(prev - t->items) + 1 : 0;
	for (size_t i = from; i < t->n; i++)
		if (t->items[i].id == id)
			return &t->items[i];
	return NULL;
}

void neighbour_table_free(struct neighbour_table *t)
{
	free(t->items);
	t->items = NULL;
	t->n = t->cap = 0;
}
