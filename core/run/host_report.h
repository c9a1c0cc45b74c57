/* What the reports the host makes itself (--list-modules, --fields)
 * share: their text columns and the cell classic shows for a null one. */
#ifndef CORE_HOST_REPORT_H
#define CORE_HOST_REPORT_H

#include <netstat/netstat.h>

/* Classic cell: the text, or "-" for a value nobody knows. */
void host_report_dash_if_null(struct netstat_ctx *ctx,
			      const struct netstat_request *req,
			      const struct netstat_record *rec, size_t column,
			      struct netstat_text *out);

/* A text column of a measured classic table, two spaces from the last. */
#define HOST_REPORT_TEXT_COLUMN(k, t)                                          \
	{                                                                      \
		.key = k, .title = t, .type = NETSTAT_T_STRING, .classic = {   \
			.sep = "  ",                                           \
			.cell = host_report_dash_if_null                       \
		}                                                              \
	}

/* A text value, null for NULL. */
static inline struct netstat_value host_report_text(const char *s)
{
	return s ? netstat_v_str(s) : netstat_v_null();
}

#endif
