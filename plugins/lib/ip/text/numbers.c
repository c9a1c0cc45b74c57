/*
 * Number and IPv4 text without the printf machinery: the hot loop of a
 * 100k-row listing formats several numbers per row, and vsnprintf's
 * format parsing costs more than the conversion itself.
 */
#include <string.h>

#include "plugins/lib/ip/text/ip_text.h"

size_t ip_fmt_u64(char *p, uint64_t v)
{
	if (v < 10) { /* most counters and metrics of a listing */
		p[0] = (char)('0' + v);
		return 1;
	}
	char tmp[20];
	size_t n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (size_t i = 0; i < n; i++)
		p[i] = tmp[n - 1 - i];
	return n;
}

size_t ip_fmt_i64(char *p, int64_t v)
{
	if (v >= 0)
		return ip_fmt_u64(p, (uint64_t)v);
	p[0] = '-';
	return 1 + ip_fmt_u64(p + 1, 0 - (uint64_t)v);
}

/* Each octet's digits (zero-padded to 3) and length: an address is four
 * table reads and small copies, not divisions (up to three per row). */
#define OCTET(n)                                                               \
	{                                                                      \
		{(char)((n) >= 100  ? '0' + (n) / 100                          \
			: (n) >= 10 ? '0' + (n) / 10                           \
				    : '0' + (n)),                              \
		 (char)((n) >= 100  ? '0' + (n) / 10 % 10                      \
			: (n) >= 10 ? '0' + (n) % 10                           \
				    : 0),                                      \
		 (char)((n) >= 100 ? '0' + (n) % 10 : 0)},                     \
			(n) >= 100  ? 3                                        \
			: (n) >= 10 ? 2                                        \
				    : 1                                        \
	}
#define OCTET4(n) OCTET(n), OCTET(n + 1), OCTET(n + 2), OCTET(n + 3)
#define OCTET16(n) OCTET4(n), OCTET4(n + 4), OCTET4(n + 8), OCTET4(n + 12)
#define OCTET64(n) OCTET16(n), OCTET16(n + 16), OCTET16(n + 32), OCTET16(n + 48)

static const struct {
	char digits[3];
	unsigned char len;
} octets[256] = {OCTET64(0), OCTET64(64), OCTET64(128), OCTET64(192)};

size_t ip_fmt_ipv4(char *p, const uint8_t *bytes)
{
	/* Four bytes per octet (its digits and a byte the next write or
	 * nothing uses): one store each. */
	char *q = p;
	memcpy(q, &octets[bytes[0]], 4);
	q += octets[bytes[0]].len;
	*q++ = '.';
	memcpy(q, &octets[bytes[1]], 4);
	q += octets[bytes[1]].len;
	*q++ = '.';
	memcpy(q, &octets[bytes[2]], 4);
	q += octets[bytes[2]].len;
	*q++ = '.';
	memcpy(q, &octets[bytes[3]], 4);
	q += octets[bytes[3]].len;
	return (size_t)(q - p);
}

void ip_put_int(struct netstat_text *out, int64_t v, int width, bool left)
{
	char buf[24];
	size_t n = ip_fmt_i64(buf, v);
	size_t fill = width > 0 && (size_t)width > n ? (size_t)width - n : 0;
	if (!left && fill)
		netstat_text_fill(out, ' ', fill);
	netstat_text_append(out, buf, n);
	if (left && fill)
		netstat_text_fill(out, ' ', fill);
}
