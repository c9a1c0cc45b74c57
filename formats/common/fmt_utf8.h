/* UTF-8 checking shared by the structured formats. */
#ifndef FMT_UTF8_H
#define FMT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* The replacement character U+FFFD, as UTF-8. */
#define FMT_UTF8_REPLACEMENT "\xef\xbf\xbd"

/*
 * Length (1..4) of the well-formed UTF-8 sequence at `s` (with `n` bytes
 * available), storing its code point in *cp; 0 when s[0] does not start
 * one (stray continuation byte, overlong form, surrogate, above U+10FFFF,
 * or a sequence cut short).
 */
size_t fmt_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* True for code points a terminal treats as control: C0, DEL and C1. */
static inline int fmt_is_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
}

#endif
