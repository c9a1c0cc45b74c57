/* See columns.h. */
#include "core/run/columns.h"

size_t columns_shown(const struct netstat_section *s,
		     const struct netstat_request *req, uint32_t view,
		     size_t *out, size_t max)
{
	/* A per-record measure is metadata of the record, in no view. */
	uint32_t hidden =
		(view == NETSTAT_VIEW_CLASSIC ? NETSTAT_COL_STRUCTURED_ONLY
					      : NETSTAT_COL_CLASSIC_ONLY) |
		NETSTAT_COL_ROW_MEASURE;
	size_t n = 0;
	for (size_t i = 0; i < s->n_columns && n < max; i++)
		if (!(s->columns[i].flags & hidden) &&
		    netstat_column_shown(&s->columns[i], req))
			out[n++] = i;
	return n;
}
