/* Whether a run uses a column at all (host API column_needed): printed
 * by its format or read by its query options. Not in columns.c, which the
 * mock host links without the query stage. */
#ifndef CORE_COLUMN_USE_H
#define CORE_COLUMN_USE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

struct query;

/* True when column `column` of `s` is printed in `view` for `req` (unless
 * the query replaces the columns) or read by query `q` (NULL: none). */
bool column_use_needed(const struct netstat_section *s,
		       const struct netstat_request *req, uint32_t view,
		       const struct query *q, size_t column);

#endif
