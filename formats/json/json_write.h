/* JSON text for strings, scalars and cells (RFC 8259). */
#ifndef JSON_WRITE_H
#define JSON_WRITE_H

#include <netstat/netstat.h>

#include "formats/common/fmt_value.h"

/* What goes between an object's members and after a key: "," and ":"
 * in compact text, ", " and ": " in pretty text. */
struct json_style {
	const char *comma;
	const char *colon;
};
extern const struct json_style json_compact, json_spaced;

/* A quoted, escaped JSON string; NULL writes null. */
int json_put_string(struct netstat_text *out, const char *s);

/* One scalar. */
int json_put_scalar(struct netstat_text *out, const struct fmt_scalar *f);

/* A cell of shape `shape`: null, a scalar, an object of its fields, or
 * for a list an array of such objects (on one line, separated as `style`
 * says). */
int json_put_cell(struct netstat_text *out, struct fmt_cell *cell,
		  uint32_t shape, const struct json_style *style);

#endif
