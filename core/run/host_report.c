/* See host_report.h. */
#include "core/run/host_report.h"

void host_report_dash_if_null(struct netstat_ctx *ctx,
			      const struct netstat_request *req,
			      const struct netstat_record *rec, size_t column,
			      struct netstat_text *out)
{
	const char *s = column < rec->n_values && rec->values[column].type ==
							  NETSTAT_T_STRING
				? rec->values[column].v.s
				: NULL;
	netstat_text_puts(out, s && *s ? s : "-");
}
