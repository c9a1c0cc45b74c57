/* Text checks for the yaml format, before strings reach libyaml. */
#ifndef YAML_TEXT_H
#define YAML_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/*
 * `s` as well-formed UTF-8: each byte that is not part of a well-formed
 * sequence becomes U+FFFD (libyaml refuses invalid UTF-8; it escapes
 * control characters itself). Returns `s` itself when it is clean, else
 * a scratch copy valid until the next call; *len receives the length.
 * NULL when out of memory.
 */
const char *yout_clean(const char *s, size_t *len);

/* Frees the scratch copy. */
void yout_clean_free(void);

/*
 * True when `s` may be written as a plain scalar and still read back as
 * a string under YAML 1.1 and 1.2: words like "null", "yes", "off" and
 * anything that could be a number, date or special key are quoted.
 */
bool yout_plain_ok(const char *s, size_t n);

#endif
