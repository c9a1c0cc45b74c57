/* Default classic rendering of one typed value (no net-tools special rule). */
#ifndef CLASSIC_CELL_H
#define CLASSIC_CELL_H

#include <netstat/netstat.h>

/* Appends the plain classic text of `v` to `out`. */
void classic_cell_default(struct netstat_ctx *ctx,
			  const struct netstat_request *req,
			  const struct netstat_value *v,
			  struct netstat_text *out);

#endif
