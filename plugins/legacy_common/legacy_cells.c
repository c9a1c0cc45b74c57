/* Classic cells the legacy families share. */
#include <inttypes.h>

#include "plugins/legacy_common/legacy.h"

uint64_t legacy_uint_at(const struct netstat_record *rec, size_t column)
{
	if (column >= rec->n_values)
		return 0;
	const struct netstat_value *v = &rec->values[column];
	return v->type == NETSTAT_T_UINT ? v->v.u : 0;
}

void legacy_cell_queue(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	netstat_text_printf(out, "%" PRIu64, legacy_uint_at(rec, column));
}

void legacy_put_vr_vs(const struct netstat_record *rec, size_t vr_column,
		      size_t vs_column, int digits, struct netstat_text *out)
{
	netstat_text_printf(out, "%0*" PRIu64 "/%0*" PRIu64, digits,
			    legacy_uint_at(rec, vr_column), digits,
			    legacy_uint_at(rec, vs_column));
}
