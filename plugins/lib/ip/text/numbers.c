/*
 * Number and IPv4 text without the printf machinery: the hot loop of a
 * 100k-row listing formats several numbers per row, and vsnprintf's
 * format parsing costs more than the conversion itself.
 */
#include <string.h>

#include "plugins/lib/ip/text/ip_text.h"

size_t ip_fmt_u64(char *p, uint64_t v)
{
	return (size_t)(netstat_put_decimal(p, v) - p);
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

/* One 16-bit word in lower-case hex without leading zeros (%x). */
static size_t put_hex_word(char *p, unsigned w)
{
	static const char hex[] = "0123456789abcdef";
	size_t n = w >= 0x1000 ? 4 : w >= 0x100 ? 3 : w >= 0x10 ? 2 : 1;
	for (size_t i = n; i-- > 0; w >>= 4)
		p[i] = hex[w & 0xf];
	return n;
}

size_t ip_fmt_ipv6(char *p, const uint8_t *bytes)
{
	/* inet_ntop's text (RFC 4291 with its rules: the first longest run
	 * of two or more zero words becomes "::", and ::a.b.c.d and
	 * ::ffff:a.b.c.d keep their dotted tail). */
	static const uint8_t zero[16];
	if (memcmp(bytes, zero, 16) == 0) { /* most next hops */
		memcpy(p, "::", 2);
		return 2;
	}
	unsigned words[8];
	for (size_t i = 0; i < 8; i++)
		words[i] = (unsigned)bytes[2 * i] << 8 | bytes[2 * i + 1];
	int best = -1, best_len = 0, cur = -1, cur_len = 0;
	for (int i = 0; i < 8; i++) {
		if (words[i] == 0) {
			if (cur < 0)
				cur = i, cur_len = 0;
			cur_len++;
			if (cur_len > best_len)
				best = cur, best_len = cur_len;
		} else {
			cur = -1;
		}
	}
	if (best_len < 2)
		best = -1;
	char *q = p;
	for (int i = 0; i < 8; i++) {
		if (best >= 0 && i >= best && i < best + best_len) {
			if (i == best)
				*q++ = ':';
			continue;
		}
		if (i != 0)
			*q++ = ':';
		if (i == 6 && best == 0 &&
		    (best_len == 6 || (best_len == 5 && words[5] == 0xffff))) {
			q += ip_fmt_ipv4(q, bytes + 12);
			return (size_t)(q - p);
		}
		q += put_hex_word(q, words[i]);
	}
	if (best >= 0 && best + best_len == 8)
		*q++ = ':';
	return (size_t)(q - p);
}
