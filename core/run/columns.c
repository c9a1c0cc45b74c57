/* See columns.h. */
#include "core/run/columns.h"

/* Flags of the columns `view` never prints. */
static uint32_t hidden_in(uint32_t view)
{
	/* A per-record measure is metadata of the record, in no view. */
	return (view == NETSTAT_VIEW_CLASSIC ? NETSTAT_COL_STRUCTURED_ONLY
					     : NETSTAT_COL_CLASSIC_ONLY) |
	       NETSTAT_COL_ROW_MEASURE;
}

bool columns_printed(const struct netstat_section *s,
		     const struct netstat_request *req, uint32_t view,
		     size_t column)
{
	if (column >= s->n_columns)
		return false;
	const struct netstat_column *c = &s->columns[column];
	if (c->flags & hidden_in(view))
		return false;
	if (view != NETSTAT_VIEW_CLASSIC &&
	    (c->flags & NETSTAT_COL_ALWAYS_STRUCTURED))
		return true;
	return netstat_column_shown(c, req);
}

size_t columns_shown(const struct netstat_section *s,
		     const struct netstat_request *req, uint32_t view,
		     size_t *out, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_columns && n < max; i++)
		if (columns_printed(s, req, view, i))
			out[n++] = i;
	return n;
}
