/* See column_use.h. */
#include "core/run/column_use.h"
#include "core/query/query.h"
#include "core/run/columns.h"

bool column_use_needed(const struct netstat_section *s,
		       const struct netstat_request *req, uint32_t view,
		       const struct query *q, size_t column)
{
	if (column >= s->n_columns)
		return false;
	if (query_reads_column(q, s, column))
		return true;
	if (query_replaces_columns(q))
		return false;
	return columns_printed(s, req, view, column);
}
