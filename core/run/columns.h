/* Which columns of a section a format is shown: one rule for the host and
 * the mock host. */
#ifndef CORE_COLUMNS_H
#define CORE_COLUMNS_H

#include <stdbool.h>
#include <stddef.h>

#include <netstat/netstat.h>

/* Writes to `out` (room for `max`) the indexes of the columns of `s` shown
 * for `req` in `view` (enum netstat_format_view); returns how many. */
size_t columns_shown(const struct netstat_section *s,
		     const struct netstat_request *req, uint32_t view,
		     size_t *out, size_t max);

/* True when `view` prints column `column` of `s` for `req` (before any
 * --columns choice). */
bool columns_printed(const struct netstat_section *s,
		     const struct netstat_request *req, uint32_t view,
		     size_t column);

#endif
