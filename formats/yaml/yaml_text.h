/* Text checks for the yaml format, before strings reach libyaml. */
#ifndef YAML_TEXT_H
#define YAML_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* Room for cleaned copies of strings, reused from one string to the next
 * (zero-initialised; one per format state). */
struct yout_scratch {
	char *buf;
	size_t cap;
};

/*
 * `s` as well-formed UTF-8: each byte that is not part of a well-formed
 * sequence becomes U+FFFD (libyaml refuses invalid UTF-8; it escapes
 * control characters itself). Returns `s` itself when it is clean, else
 * a copy in `scratch` valid until its next use; *len receives the length.
 * NULL when out of memory.
 */
const char *yout_clean(struct yout_scratch *scratch, const char *s,
		       size_t *len);

/* Frees the scratch room. */
void yout_scratch_free(struct yout_scratch *scratch);

/*
 * True when `s` may be written as a plain scalar and still read back as
 * a string under YAML 1.1 and 1.2: words like "null", "yes", "off" and
 * anything that could be a number, date or special key are quoted.
 */
bool yout_plain_ok(const char *s, size_t n);

#endif
