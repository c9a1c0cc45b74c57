/*
 * Number and address text without the printf machinery (the SDK's
 * writers in <netstat/text.h>, as lengths): the hot loop of a 100k-row
 * listing formats several numbers per row, and vsnprintf's format parsing
 * costs more than the conversion itself.
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

size_t ip_fmt_ipv4(char *p, const uint8_t *bytes)
{
	return (size_t)(netstat_put_ipv4(p, bytes) - p);
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

size_t ip_fmt_ipv6(char *p, const uint8_t *bytes)
{
	return (size_t)(netstat_put_ipv6(p, bytes) - p);
}
