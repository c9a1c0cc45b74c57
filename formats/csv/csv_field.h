/* RFC 4180 fields. */
#ifndef CSV_FIELD_H
#define CSV_FIELD_H

#include <netstat/netstat.h>

#include "formats/common/fmt_value.h"

/* Line end of every record (RFC 4180 asks for CRLF). */
#define CSV_EOL "\r\n"

/*
 * A text field: quoted when it holds a comma, quote, CR or LF, or is
 * empty (so "" is an empty string and an empty field is null). Invalid
 * UTF-8 bytes and control characters other than tab, CR and LF become
 * U+FFFD.
 */
int csv_put_text(struct netstat_text *out, const char *s);

/* A scalar field; null writes an empty field. */
int csv_put_scalar(struct netstat_text *out, const struct fmt_scalar *f);

/* Field `field` of every item of a list cell, one line per item (LF
 * between them), quoted; line breaks and other control characters in a
 * value become U+FFFD, and a null value is an empty line. */
int csv_put_items(struct netstat_text *out, struct fmt_cell *cell,
		  size_t field);

#endif
