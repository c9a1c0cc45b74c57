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

/* How many bytes `s` begins with that a JSON string holds as they are
 * (printable ASCII but the quote and the backslash): all of them, up to
 * its NUL, for a string that needs no escaping. */
size_t json_plain_prefix(const char *s);

/* A quoted, escaped JSON string; NULL writes null. */
int json_put_string(struct netstat_text *out, const char *s);

/* One scalar. */
int json_put_scalar(struct netstat_text *out, const struct fmt_scalar *f);

/* Shapes whose objects have named fields: up to the last value type. */
#define JSON_SHAPES (NETSTAT_T_UINT_LIST + 1)

/* The member names of every object shape, rendered once in a style
 * (`,"name":`; the first member of an object skips the comma), so a row
 * copies each name rather than quoting it again. */
struct json_members {
	const struct json_style *style;
	size_t comma_len;
	struct {
		uint16_t off, len;
	} member[JSON_SHAPES][FMT_MAX_FIELDS];
	char text[1024];
};

/* Bytes json_members_init keeps free after the last name in `text`, so a
 * writer may copy a name in one fixed-size move that reads past it. */
#define JSON_MEMBERS_SLACK 32

/* Renders the member names of `style`; -1 if they do not fit (a field
 * list grew past `text`: a build error, caught by the format tests). */
int json_members_init(struct json_members *m, const struct json_style *style);

/* A cell of shape `shape`: null, a scalar, an object of its fields, or
 * for a list an array of such objects (on one line, separated as the
 * members' style says). */
int json_put_cell(struct netstat_text *out, struct fmt_cell *cell,
		  uint32_t shape, const struct json_members *m);

#endif
