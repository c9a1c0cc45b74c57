/* net-tools' hardware types: names, titles and address notations. */
#include <stdio.h>
#include <string.h>

#include "plugins/netdev/netdev.h"

enum {
	HW_NONE,
	HW_COLON_LOWER,
	HW_EMPTY,
	HW_AX25,
	HW_ROSE,
	HW_X25,
	HW_ARCNET,
	HW_DLCI,
	HW_DASH_UPPER,
	HW_COLON_UPPER,
	HW_IRDA,
	HW_ASH,
	HW_EUI64,
	HW_UNSPEC
};

static const struct netdev_hw_type hw_types[] = {
	{1, "ether", "Ethernet", HW_COLON_LOWER},
	{772, "loop", "Local Loopback", HW_NONE},
	{256, "slip", "Serial Line IP", HW_NONE},
	{257, "cslip", "VJ Serial Line IP", HW_NONE},
	{258, "slip6", "6-bit Serial Line IP", HW_NONE},
	{259, "cslip6", "VJ 6-bit Serial Line IP", HW_NONE},
	{264, "adaptive", "Adaptive Serial Line IP", HW_NONE},
	{512, "ppp", "Point-to-Point Protocol", HW_NONE},
	{768, "tunnel", "IPIP Tunnel", HW_EMPTY},
	{776, "sit", "IPv6-in-IPv4", HW_NONE},
	{3, "ax25", "AMPR AX.25", HW_AX25},
	{0, "netrom", "AMPR NET/ROM", HW_AX25},
	{270, "rose", "AMPR ROSE", HW_ROSE},
	{271, "x25", "generic X.25", HW_X25},
	{513, "hdlc", "(Cisco)-HDLC", HW_NONE},
	{516, "lapb", "LAPB", HW_NONE},
	{7, "arcnet", "ARCnet", HW_ARCNET},
	{15, "dlci", "Frame Relay DLCI", HW_DLCI},
	{770, "frad", "Frame Relay Access Device", HW_NONE},
	{774, "fddi", "Fiber Distributed Data Interface", HW_DASH_UPPER},
	{780, "hippi", "HIPPI", HW_COLON_UPPER},
	{783, "irda", "IrLAP", HW_IRDA},
	{517, "ash", "Ash", HW_ASH},
	{27, "eui64", "Generic EUI-64", HW_EUI64},
};

static const struct netdev_hw_type unspec = {-1, "unspec", "UNSPEC", HW_UNSPEC};

const struct netdev_hw_type *netdev_hw_of(int type)
{
	for (size_t i = 0; i < sizeof hw_types / sizeof hw_types[0]; i++)
		if (hw_types[i].type == type)
			return &hw_types[i];
	return &unspec;
}

/* Appends `s` at buf[*n] (buf keeps its NUL; text that does not fit in
 * `size` bytes is cut). */
static void put(char *buf, size_t size, size_t *n, const char *s)
{
	while (*s && *n + 1 < size)
		buf[(*n)++] = *s++;
	buf[*n] = '\0';
}

/* Appends byte `b` as two hex digits. */
static void put_hex(char *buf, size_t size, size_t *n, uint8_t b, bool upper)
{
	char hex[3];
	snprintf(hex, sizeof hex, upper ? "%02X" : "%02x", b);
	put(buf, size, n, hex);
}

static const char *hex_join(char *buf, size_t size, const uint8_t *b,
			    size_t count, bool upper, const char *sep)
{
	size_t n = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < count; i++) {
		if (i)
			put(buf, size, &n, sep);
		put_hex(buf, size, &n, b[i], upper);
	}
	return buf;
}

/* An AX.25 callsign: six shifted letters (blanks dropped) and an SSID. */
static const char *callsign(char *buf, size_t size, const uint8_t *b)
{
	char call[8];
	size_t n = 0;
	for (int i = 0; i < 6; i++) {
		char c = (char)((b[i] >> 1) & 0x7f);
		if (c != ' ')
			call[n++] = c;
	}
	call[n] = '\0';
	int ssid = (b[6] >> 1) & 0x0f;
	if (ssid)
		snprintf(buf, size, "%s-%d", call, ssid);
	else
		snprintf(buf, size, "%s", call);
	return buf;
}

const char *netdev_hw_address(const struct netdev_hw_type *t,
			      const uint8_t a[14], char *buf, size_t size)
{
	uint8_t unspec_bytes[16] = {0};
	size_t n = 0;
	switch (t->style) {
	case HW_NONE:
		return NULL;
	case HW_EMPTY:
		buf[0] = '\0';
		return buf;
	case HW_COLON_LOWER:
		return hex_join(buf, size, a, 6, false, ":");
	case HW_AX25:
		return callsign(buf, size, a);
	case HW_ROSE:
		return hex_join(buf, size, a, 5, false, "");
	case HW_X25:
		snprintf(buf, size, "%.14s", (const char *)a);
		return buf;
	case HW_ARCNET:
		snprintf(buf, size, "%02X", a[0]);
		return buf;
	case HW_DLCI:
		snprintf(buf, size, "%i", a[0] | a[1] << 8);
		return buf;
	case HW_DASH_UPPER:
		return hex_join(buf, size, a, 6, true, "-");
	case HW_COLON_UPPER:
		return hex_join(buf, size, a, 6, true, ":");
	case HW_IRDA:
		snprintf(buf, size, "%02x:%02x:%02x:%02x", a[3], a[2], a[1],
			 a[0]);
		return buf;
	case HW_ASH: {
		/* An all-zero address is not printed at all. */
		bool zero = true;
		for (int i = 0; i < 14; i++)
			zero = zero && !a[i];
		if (zero)
			return NULL;
		buf[0] = '\0';
		put(buf, size, &n, "[");
		for (int i = 0; i < 14 && a[i]; i++)
			put_hex(buf, size, &n, a[i], false);
		put(buf, size, &n, "]");
		return buf;
	}
	case HW_EUI64:
		return hex_join(buf, size, a, 8, true, ":");
	default:
		/* unspec: the first 8 bytes, then 8 zero bytes. */
		memcpy(unspec_bytes, a, 8);
		return hex_join(buf, size, unspec_bytes, 16, true, "-");
	}
}

const char *netdev_media_name(unsigned port)
{
	static const char *const names[] = {
		"unknown",  "10base2",	 "10baseT",   "AUI",
		"100baseT", "100baseTX", "100baseFX",
	};
	return port < sizeof names / sizeof names[0] ? names[port] : names[0];
}
