/* The kernel's hex form of addresses (/proc/net/tcp, igmp...). */
#include <string.h>

#include "plugins/lib/ip/text/ip_text.h"

static uint32_t hex_word(const char *s, size_t n)
{
	uint32_t v = 0;
	for (size_t i = 0; i < n; i++)
		v = (v << 4) | (uint32_t)netstat_hex_digit(s[i]);
	return v;
}

void ip_decode_address(const char *hex, size_t n, bool ipv6,
		       struct netstat_address *out)
{
	memset(out, 0, sizeof *out);
	if (!ipv6) {
		/* One 32-bit word as the kernel holds it: network order in
		 * memory, so copying the native word gives the bytes. */
		uint32_t w = hex_word(hex, n > 8 ? 8 : n);
		out->family = NETSTAT_ADDR_INET;
		memcpy(out->bytes, &w, 4);
		return;
	}
	out->family = NETSTAT_ADDR_INET6;
	for (size_t i = 0; i < 4 && i * 8 < n; i++) {
		size_t len = n - i * 8 < 8 ? n - i * 8 : 8;
		uint32_t w = hex_word(hex + i * 8, len);
		memcpy(out->bytes + i * 4, &w, 4);
	}
}
