/* net-tools' classic text of the interface table: short rows, -e blocks. */
#include <arpa/inet.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "plugins/netdev/netdev.h"

void netdev_flag_letters(int flags, char *out, size_t size)
{
	static const struct {
		int bit;
		char letter;
	} letters[] = {
		{0x200, 'A'},  {0x2, 'B'},    {0x4, 'D'},   {0x8, 'L'},
		{0x1000, 'M'}, {0x8000, 'd'}, {0x100, 'P'}, {0x20, 'N'},
		{0x80, 'O'},   {0x10, 'P'},   {0x800, 's'}, {0x400, 'm'},
		{0x40, 'R'},   {0x1, 'U'},
	};
	size_t n = 0;
	if (flags == 0) {
		snprintf(out, size, "[NO FLAGS]");
		return;
	}
	for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++)
		if ((flags & letters[i].bit) && n + 1 < size)
			out[n++] = letters[i].letter;
	out[n] = '\0';
}

void netdev_human(uint64_t v, char *out, size_t size)
{
	static const char *const units[] = {"PiB", "TiB", "GiB", "MiB", "KiB"};
	uint64_t s;
	const char *unit = "B";
	if (v > (1ull << 60)) {
		s = v / 115292150460684697ull;
		unit = "EiB";
	} else {
		s = v * 10;
		for (int i = 0; i < 5; i++) {
			uint64_t u = 1ull << (50 - 10 * i);
			if (v > u) {
				s = v * 10 / u;
				unit = units[i];
				break;
			}
		}
	}
	snprintf(out, size, "%" PRIu64 ".%" PRIu64 " %s", s / 10, s % 10, unit);
}

struct hw_type {
	int type;
	const char *name, *title;
	int style; /* how the address prints */
};

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

static const struct hw_type hw_types[] = {
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

static const struct hw_type unspec = {-1, "unspec", "UNSPEC", HW_UNSPEC};

static const struct hw_type *hw_of(int type)
{
	for (size_t i = 0; i < sizeof hw_types / sizeof hw_types[0]; i++)
		if (hw_types[i].type == type)
			return &hw_types[i];
	return &unspec;
}

const char *netdev_hw_name(int type)
{
	return hw_of(type)->name;
}

static void hex_join(struct netstat_text *out, const uint8_t *b, size_t n,
		     const char *fmt, char sep)
{
	for (size_t i = 0; i < n; i++) {
		if (i && sep)
			netstat_text_fill(out, sep, 1);
		netstat_text_printf(out, fmt, b[i]);
	}
}

static void callsign(struct netstat_text *out, const uint8_t *b)
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
		netstat_text_printf(out, "%s-%d", call, ssid);
	else
		netstat_text_puts(out, call);
}

/* Appends " ADDR" when the type prints an address. */
static void hw_address(struct netstat_text *out, const struct hw_type *t,
		       const uint8_t *a)
{
	uint8_t buf[16] = {0};
	switch (t->style) {
	case HW_NONE:
		return;
	case HW_EMPTY:
		netstat_text_puts(out, " ");
		return;
	case HW_COLON_LOWER:
		netstat_text_puts(out, " ");
		hex_join(out, a, 6, "%02x", ':');
		return;
	case HW_AX25:
		netstat_text_puts(out, " ");
		callsign(out, a);
		return;
	case HW_ROSE:
		netstat_text_puts(out, " ");
		hex_join(out, a, 5, "%02x", '\0');
		return;
	case HW_X25:
		netstat_text_printf(out, " %.14s", (const char *)a);
		return;
	case HW_ARCNET:
		netstat_text_printf(out, " %02X", a[0]);
		return;
	case HW_DLCI:
		netstat_text_printf(out, " %i", a[0] | a[1] << 8);
		return;
	case HW_DASH_UPPER:
		netstat_text_puts(out, " ");
		hex_join(out, a, 6, "%02X", '-');
		return;
	case HW_COLON_UPPER:
		netstat_text_puts(out, " ");
		hex_join(out, a, 6, "%02X", ':');
		return;
	case HW_IRDA:
		netstat_text_printf(out, " %02x:%02x:%02x:%02x", a[3], a[2],
				    a[1], a[0]);
		return;
	case HW_ASH: {
		bool zero = true;
		for (int i = 0; i < 14; i++)
			zero = zero && !a[i];
		if (zero)
			return;
		netstat_text_puts(out, " [");
		for (int i = 0; i < 14 && a[i]; i++)
			netstat_text_printf(out, "%02x", a[i]);
		netstat_text_puts(out, "]");
		return;
	}
	case HW_EUI64:
		netstat_text_puts(out, " ");
		hex_join(out, a, 8, "%02X", ':');
		return;
	default:
		/* unspec: the first 8 bytes, then 8 zero bytes. */
		memcpy(buf, a, 8);
		netstat_text_puts(out, " ");
		hex_join(out, buf, 16, "%02X", '-');
		return;
	}
}

static void counters_short(struct netstat_text *out, const struct netdev_if *i)
{
	const struct netdev_stats *s = &i->stats;
	netstat_text_printf(out,
			    "%8" PRIu64 " %6" PRIu64 " %6" PRIu64 " %-6" PRIu64
			    " %8" PRIu64 " %6" PRIu64 " %6" PRIu64 " %6" PRIu64
			    " ",
			    s->rx_packets, s->rx_errs, s->rx_drop, s->rx_fifo,
			    s->tx_packets, s->tx_errs, s->tx_drop, s->tx_fifo);
}

/*
 * An interface name, cut at `max` bytes and padded to `width` columns.
 * Names are the kernel's but any user who may create an interface chooses
 * them, and only '/', blanks and NUL are banned: control bytes are escaped
 * so a name cannot drive the terminal (docs/security.md).
 */
static void put_name(struct netstat_text *out, const char *name, size_t max,
		     size_t width)
{
	size_t n = strnlen(name, max), shown = n;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)name[i];
		if (c < 0x20 || c == 0x7f)
			shown += 3; /* "\ooo" for one byte */
	}
	netstat_text_put_untrusted(out, name, n);
	if (shown < width)
		netstat_text_fill(out, ' ', width - shown);
}

void netdev_classic_short(struct netstat_ctx *ctx,
			  const struct netstat_request *req,
			  const struct netstat_record *rec,
			  struct netstat_text *out)
{
	const struct netdev_row *r = rec->priv;
	char flags[24];
	put_name(out, r->iface->name, 15, 15);
	netstat_text_printf(out, " %5d ", r->info->mtu);
	if (r->iface->has_stats)
		counters_short(out, r->iface);
	else
		netstat_text_printf(out, "%-56s",
				    "     - no statistics available -");
	netdev_flag_letters(r->info->flags, flags, sizeof flags);
	netstat_text_printf(out, "%s\n", flags);
}

static void flag_names(struct netstat_text *out, int flags)
{
	static const struct {
		int bit;
		const char *name;
	} names[] = {
		{0x1, "UP"},	       {0x2, "BROADCAST"},
		{0x4, "DEBUG"},	       {0x8, "LOOPBACK"},
		{0x10, "POINTOPOINT"}, {0x20, "NOTRAILERS"},
		{0x40, "RUNNING"},     {0x80, "NOARP"},
		{0x100, "PROMISC"},    {0x200, "ALLMULTI"},
		{0x800, "SLAVE"},      {0x400, "MASTER"},
		{0x1000, "MULTICAST"}, {0x8000, "DYNAMIC"},
	};
	netstat_text_printf(out, "flags=%d<", (int)(int16_t)flags);
	const char *sep = "";
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (flags & names[i].bit) {
			netstat_text_printf(out, "%s%s", sep, names[i].name);
			sep = ",";
		}
	/* net-tools closes the list only when a flag was set. */
	if (flags)
		netstat_text_puts(out, ">");
}

static const char *quad(const uint8_t *b, char *buf)
{
	snprintf(buf, 16, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
	return buf;
}

static void inet6_line(struct netstat_text *out, const struct netdev_inet6 *a)
{
	char text[INET6_ADDRSTRLEN];
	inet_ntop(AF_INET6, a->addr, text, sizeof text);
	/* IPv4-mapped addresses print as their IPv4 part. */
	static const uint8_t mapped[12] = {0, 0, 0, 0, 0,    0,
					   0, 0, 0, 0, 0xff, 0xff};
	const char *shown = text;
	if (memcmp(a->addr, mapped, 12) == 0 && strchr(text, '.'))
		shown = strrchr(text, ':') + 1;
	netstat_text_printf(out, "        inet6 %s  prefixlen %u  scopeid 0x%x",
			    shown, a->plen, a->scope);
	unsigned scope = a->scope;
	const char *sep = "<";
	if (scope & 0x80) {
		netstat_text_printf(out, "%scompat", sep);
		sep = ",";
		scope &= ~0x80u;
	}
	static const struct {
		unsigned bit;
		const char *name;
	} tags[] = {{0x20, "link"}, {0x40, "site"}, {0x10, "host"}};
	if (scope == 0) {
		netstat_text_printf(out, "%sglobal", sep);
		sep = ",";
	}
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (scope & tags[i].bit) {
			netstat_text_printf(out, "%s%s", sep, tags[i].name);
			sep = ",";
		}
	netstat_text_puts(out, *sep == ',' ? ">\n" : "\n");
}

static void counters_long(struct netstat_text *out,
			  const struct netdev_stats *s)
{
	char h[32];
	netdev_human(s->rx_bytes, h, sizeof h);
	netstat_text_printf(
		out, "        RX packets %" PRIu64 "  bytes %" PRIu64 " (%s)\n",
		s->rx_packets, s->rx_bytes, h);
	netstat_text_printf(out,
			    "        RX errors %" PRIu64 "  dropped %" PRIu64
			    "  overruns %" PRIu64 "  frame %" PRIu64 "\n",
			    s->rx_errs, s->rx_drop, s->rx_fifo, s->rx_frame);
	netdev_human(s->tx_bytes, h, sizeof h);
	netstat_text_printf(
		out, "        TX packets %" PRIu64 "  bytes %" PRIu64 " (%s)\n",
		s->tx_packets, s->tx_bytes, h);
	netstat_text_printf(out,
			    "        TX errors %" PRIu64 "  dropped %" PRIu64
			    " overruns %" PRIu64 "  carrier %" PRIu64
			    "  collisions %" PRIu64 "\n",
			    s->tx_errs, s->tx_drop, s->tx_fifo, s->tx_carrier,
			    s->tx_colls);
}

static const char *const port_names[] = {
	"unknown",  "10base2",	 "10baseT",   "AUI",
	"100baseT", "100baseTX", "100baseFX",
};

void netdev_classic_long(struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 const struct netstat_record *rec,
			 struct netstat_text *out)
{
	const struct netdev_row *r = rec->priv;
	const struct netdev_info *in = r->info;
	char a[16], b[16];
	put_name(out, r->iface->name, NETDEV_NAME_MAX, 0);
	netstat_text_puts(out, ": ");
	flag_names(out, in->flags);
	netstat_text_printf(out, "  mtu %d\n", in->mtu);
	if (in->has_addr) {
		netstat_text_printf(out, "        inet %s  netmask %s",
				    quad(in->addr, a), quad(in->netmask, b));
		if (in->flags & 0x2)
			netstat_text_printf(out, "  broadcast %s",
					    quad(in->broadcast, a));
		if (in->flags & 0x10)
			netstat_text_printf(out, "  destination %s",
					    quad(in->dstaddr, a));
		netstat_text_puts(out, "\n");
	}
	for (size_t i = 0; i < r->n_inet6; i++)
		if (strcmp(r->inet6[i].name, r->iface->name) == 0)
			inet6_line(out, &r->inet6[i]);
	if (in->has_hw) {
		const struct hw_type *t = hw_of(in->hw_type);
		netstat_text_printf(out, "        %s", t->name);
		hw_address(out, t, in->hw_addr);
		if (in->has_txqlen)
			netstat_text_printf(out, "  txqueuelen %d", in->txqlen);
		netstat_text_printf(out, "  (%s)\n", t->title);
	}
	if (in->flags & 0x2000) {
		netstat_text_printf(out, "        media %s",
				    in->port < 7 ? port_names[in->port]
						 : port_names[0]);
		if (in->flags & 0x4000)
			netstat_text_puts(out, "autoselect");
		netstat_text_puts(out, "\n");
	}
	if (r->iface->has_stats)
		counters_long(out, &r->iface->stats);
	if (in->irq || in->mem_start || in->dma || in->base_addr >= 0x100) {
		netstat_text_puts(out, "        device ");
		if (in->irq)
			netstat_text_printf(out, "interrupt %d  ", in->irq);
		if (in->base_addr >= 0x100)
			netstat_text_printf(out, "base 0x%x  ", in->base_addr);
		if (in->mem_start)
			netstat_text_printf(
				out, "memory 0x%" PRIx64 "-%" PRIx64 "  ",
				in->mem_start, in->mem_end);
		if (in->dma)
			netstat_text_printf(out, "  dma 0x%x", in->dma);
		netstat_text_puts(out, "\n");
	}
	netstat_text_puts(out, "\n");
}
