/* For modules and formats: the growable text buffer output is built in. */
#ifndef NETSTAT_TEXT_H
#define NETSTAT_TEXT_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <netstat/error.h>

/**
 * A text buffer owned by the host. Append with the helpers below; when it
 * is full they call `grow`, which the host provides (it may flush or
 * reallocate). Text is not NUL-terminated unless you call
 * netstat_text_cstr().
 */
struct netstat_text {
	char *buf;
	size_t len;
	size_t cap;
	/** Makes room for `need` more bytes; returns 0 or a negative error. */
	int (*grow)(struct netstat_text *t, size_t need);
};

/** Appends `n` bytes. Returns 0 or a negative netstat error. */
static inline int netstat_text_append(struct netstat_text *t, const char *s,
				      size_t n)
{
	if (n == 0)
		return 0; /* t->buf may still be NULL */
	if (t->cap - t->len < n) {
		int rc = t->grow(t, n);
		if (rc < 0)
			return rc;
	}
	memcpy(t->buf + t->len, s, n);
	t->len += n;
	return 0;
}

/** Appends a NUL-terminated string. */
static inline int netstat_text_puts(struct netstat_text *t, const char *s)
{
	return netstat_text_append(t, s, strlen(s));
}

/** Appends one byte `n` times. */
static inline int netstat_text_fill(struct netstat_text *t, char c, size_t n)
{
	if (n == 0)
		return 0;
	if (t->cap - t->len < n) {
		int rc = t->grow(t, n);
		if (rc < 0)
			return rc;
	}
	memset(t->buf + t->len, c, n);
	t->len += n;
	return 0;
}

/** Appends printf-formatted text. */
static inline int netstat_text_vprintf(struct netstat_text *t, const char *fmt,
				       va_list ap)
{
	va_list again;
	va_copy(again, ap);
	/* A buffer not allocated yet is measured, not written. */
	int n = t->buf ? vsnprintf(t->buf + t->len, t->cap - t->len, fmt, ap)
		       : vsnprintf(NULL, 0, fmt, ap);
	if (n < 0) {
		va_end(again);
		return NETSTAT_ERR_IO;
	}
	if (!t->buf || (size_t)n >= t->cap - t->len) {
		int rc = t->grow(t, (size_t)n + 1);
		if (rc < 0) {
			va_end(again);
			return rc;
		}
		n = vsnprintf(t->buf + t->len, t->cap - t->len, fmt, again);
	}
	va_end(again);
	t->len += (size_t)n;
	return 0;
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static inline int
netstat_text_printf(struct netstat_text *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = netstat_text_vprintf(t, fmt, ap);
	va_end(ap);
	return rc;
}

/** Appends `s`, padded with spaces to `width` (left-justified). */
static inline int netstat_text_pad(struct netstat_text *t, const char *s,
				   size_t width)
{
	size_t n = strlen(s);
	int rc = netstat_text_append(t, s, n);
	if (rc == 0 && n < width)
		rc = netstat_text_fill(t, ' ', width - n);
	return rc;
}

/**
 * Appends `n` bytes of untrusted text (socket paths, process names,
 * interface names) for a terminal: bytes below 0x20 and 0x7f become `\ooo`
 * octal escapes, so such text cannot move the cursor or rewrite the screen;
 * every other byte, UTF-8 included, is copied as is.
 */
static inline int netstat_text_put_untrusted(struct netstat_text *t,
					     const char *s, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != 0x7f)
			continue;
		char esc[5] = {'\\', (char)('0' + (c >> 6)),
			       (char)('0' + ((c >> 3) & 7)),
			       (char)('0' + (c & 7)), 0};
		int rc = netstat_text_append(t, s + run, i - run);
		if (rc == 0)
			rc = netstat_text_append(t, esc, 4);
		if (rc < 0)
			return rc;
		run = i + 1;
	}
	return netstat_text_append(t, s + run, n - run);
}

/** Room for the decimal digits of any uint64_t. */
#define NETSTAT_DECIMAL_MAX 20

/**
 * The number of decimal digits of `v` (1 for 0, as v | 1 has the digits
 * of v): log2 from the leading zeros, scaled by log10(2) as 1233 / 4096,
 * then one comparison.
 */
static inline unsigned netstat_decimal_digits(uint64_t v)
{
	static const uint64_t pow10[20] = {1u,
					   10u,
					   100u,
					   1000u,
					   10000u,
					   100000u,
					   1000000u,
					   10000000u,
					   100000000u,
					   1000000000u,
					   10000000000u,
					   100000000000u,
					   1000000000000u,
					   10000000000000u,
					   100000000000000u,
					   1000000000000000u,
					   10000000000000000u,
					   100000000000000000u,
					   1000000000000000000u,
					   10000000000000000000u};
	v |= 1;
	unsigned bits = 64u - (unsigned)__builtin_clzll(v);
	unsigned t = (bits * 1233u) >> 12;
	return t + (v >= pow10[t]);
}

/**
 * Writes the decimal digits of `v` at `p` (room for them: at most
 * NETSTAT_DECIMAL_MAX bytes; no NUL) and returns their end: the text of
 * printf's "%llu" without its format parsing, which costs more than the
 * conversion on a row of numbers. The digits go backwards in place from
 * the end that netstat_decimal_digits() gives, not through a scratch
 * copy: that copy reads bytes just stored two at a time, which the CPU
 * cannot forward.
 */
static inline char *netstat_put_decimal(char *p, uint64_t v)
{
	static const char pairs[201] = "00010203040506070809"
				       "10111213141516171819"
				       "20212223242526272829"
				       "30313233343536373839"
				       "40414243444546474849"
				       "50515253545556575859"
				       "60616263646566676869"
				       "70717273747576777879"
				       "80818283848586878889"
				       "90919293949596979899";
	if (v < 10) { /* most queues, flags and codes of a row */
		*p = (char)('0' + v);
		return p + 1;
	}
	char *end = p + netstat_decimal_digits(v), *d = end;
	while (v > UINT32_MAX) {
		d -= 2;
		memcpy(d, pairs + 2 * (v % 100), 2);
		v /= 100;
	}
	uint32_t x = (uint32_t)v; /* most values: 32-bit division is cheaper */
	while (x >= 10000) {
		/* Four digits per division; r / 100 as a multiply (exact for
		 * r < 10000). */
		uint32_t r = x % 10000, hi = (r * 5243u) >> 19;
		x /= 10000;
		d -= 4;
		memcpy(d, pairs + 2 * hi, 2);
		memcpy(d + 2, pairs + 2 * (r - 100 * hi), 2);
	}
	if (x >= 100) {
		uint32_t hi = (x * 5243u) >> 19;
		d -= 2;
		memcpy(d, pairs + 2 * (x - 100 * hi), 2);
		x = hi;
	}
	if (x >= 10) {
		d -= 2;
		memcpy(d, pairs + 2 * x, 2);
	} else {
		*--d = (char)('0' + x);
	}
	return end;
}

/** Room for any address text netstat_put_ipv4() and netstat_put_ipv6()
 * write (INET6_ADDRSTRLEN without the NUL). */
#define NETSTAT_ADDRESS_MAX 45

/** Writes the dotted quad of 4 network-order bytes at `p` (room for 15;
 * no NUL) and returns its end: inet_ntop's text. */
static inline char *netstat_put_ipv4(char *p, const uint8_t b[4])
{
	p = netstat_put_decimal(p, b[0]);
	for (int i = 1; i < 4; i++) {
		*p++ = '.';
		p = netstat_put_decimal(p, b[i]);
	}
	return p;
}

/**
 * Writes inet_ntop's text of 16 IPv6 bytes at `p` (room for
 * NETSTAT_ADDRESS_MAX; no NUL) and returns its end: lower-case words
 * without leading zeros, the first longest run of two or more zero words
 * as "::", and the dotted tail of ::a.b.c.d and ::ffff:a.b.c.d.
 */
static inline char *netstat_put_ipv6(char *p, const uint8_t b[16])
{
	static const char hex[] = "0123456789abcdef";
	unsigned words[8];
	int run = -1, run_len = 0;
	for (int i = 0, zeros = 0; i < 8; i++) {
		words[i] = (unsigned)b[2 * i] << 8 | b[2 * i + 1];
		zeros = words[i] ? 0 : zeros + 1;
		if (zeros > run_len) {
			run_len = zeros;
			run = i + 1 - zeros;
		}
	}
	if (run_len < 2)
		run = -1;
	for (int i = 0; i < 8; i++) {
		if (run >= 0 && i >= run && i < run + run_len) {
			if (i == run)
				*p++ = ':';
			continue;
		}
		if (i != 0)
			*p++ = ':';
		if (i == 6 && run == 0 &&
		    (run_len == 6 || (run_len == 5 && words[5] == 0xffff)))
			return netstat_put_ipv4(p, b + 12);
		unsigned w = words[i];
		for (int shift = w >= 0x1000  ? 12
				 : w >= 0x100 ? 8
				 : w >= 0x10  ? 4
					      : 0;
		     shift >= 0; shift -= 4)
			*p++ = hex[(w >> shift) & 0xf];
	}
	if (run >= 0 && run + run_len == 8)
		*p++ = ':';
	return p;
}

/** NUL-terminates the buffer and returns it (the NUL is not counted). */
static inline const char *netstat_text_cstr(struct netstat_text *t)
{
	if (t->cap == t->len && t->grow(t, 1) < 0)
		return "";
	t->buf[t->len] = '\0';
	return t->buf;
}

#endif
