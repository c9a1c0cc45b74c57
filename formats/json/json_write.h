/* JSON text for strings, scalars and cells (RFC 8259). */
#ifndef JSON_WRITE_H
#define JSON_WRITE_H

#include <netstat/netstat.h>

#include "formats/common/fmt_value.h"

/* A quoted, escaped JSON string; NULL writes null. */
int json_put_string(struct netstat_text *out, const char *s);

/* One scalar. */
int json_put_scalar(struct netstat_text *out, const struct fmt_scalar *f);

/* A cell of shape `shape`: null, a scalar, or an object of its fields. */
int json_put_cell(struct netstat_text *out, const struct fmt_cell *cell,
		  uint32_t shape);

#endif
