/* For modules and formats: the growable text buffer output is built in. */
#ifndef NETSTAT_TEXT_H
#define NETSTAT_TEXT_H

#include <stdarg.h>
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

/** NUL-terminates the buffer and returns it (the NUL is not counted). */
static inline const char *netstat_text_cstr(struct netstat_text *t)
{
	if (t->cap == t->len && t->grow(t, 1) < 0)
		return "";
	t->buf[t->len] = '\0';
	return t->buf;
}

#endif
