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

/* Shorthands for the record's values (null or absent reads as 0/NULL). */
static uint64_t u_at(const struct netstat_record *rec, size_t c)
{
	return netstat_value_uint(rec->values, rec->n_values, c, 0);
}

static const char *s_at(const struct netstat_record *rec, size_t c)
{
	return netstat_value_str(rec->values, rec->n_values, c, NULL);
}

static const char *iface(const struct netstat_record *rec)
{
	return netstat_value_str(rec->values, rec->n_values, NETDEV_COL_IFACE,
				 "");
}

static bool has(const struct netstat_record *rec, size_t c)
{
	return c < rec->n_values && rec->values[c].type != NETSTAT_T_NULL;
}

/* Interfaces without /proc/net/dev counters (alias labels) have nulls. */
static bool has_counters(const struct netstat_record *rec)
{
	return has(rec, NETDEV_COL_RX_OK);
}

static void counters_short(struct netstat_text *out,
			   const struct netstat_record *rec)
{
	netstat_text_printf(
		out,
		"%8" PRIu64 " %6" PRIu64 " %6" PRIu64 " %-6" PRIu64 " %8" PRIu64
		" %6" PRIu64 " %6" PRIu64 " %6" PRIu64 " ",
		u_at(rec, NETDEV_COL_RX_OK), u_at(rec, NETDEV_COL_RX_ERR),
		u_at(rec, NETDEV_COL_RX_DRP), u_at(rec, NETDEV_COL_RX_OVR),
		u_at(rec, NETDEV_COL_TX_OK), u_at(rec, NETDEV_COL_TX_ERR),
		u_at(rec, NETDEV_COL_TX_DRP), u_at(rec, NETDEV_COL_TX_OVR));
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

/* A row of the short table: `%-15.15s %5d ` counters flag letters. */
void netdev_classic_short(struct netstat_ctx *ctx,
			  const struct netstat_request *req,
			  const struct netstat_record *rec,
			  struct netstat_text *out)
{
	put_name(out, iface(rec), 15, 15);
	netstat_text_printf(out, " %5d ", (int)u_at(rec, NETDEV_COL_MTU));
	if (has_counters(rec))
		counters_short(out, rec);
	else
		netstat_text_printf(out, "%-56s",
				    "     - no statistics available -");
	const char *flg = s_at(rec, NETDEV_COL_FLG);
	netstat_text_printf(out, "%s\n", flg ? flg : "");
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

/* A dotted quad of an IPv4 address value (0.0.0.0 when null). */
static const char *quad(const struct netstat_record *rec, size_t c, char *buf)
{
	static const uint8_t none[4];
	const uint8_t *b = none;
	if (has(rec, c) && rec->values[c].type == NETSTAT_T_ADDRESS)
		b = rec->values[c].v.addr.bytes;
	snprintf(buf, 16, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
	return buf;
}

static void inet4_line(struct netstat_text *out,
		       const struct netstat_record *rec, int flags)
{
	char a[16], b[16];
	netstat_text_printf(out, "        inet %s  netmask %s",
			    quad(rec, NETDEV_COL_ADDR, a),
			    quad(rec, NETDEV_COL_NETMASK, b));
	if (flags & 0x2)
		netstat_text_printf(out, "  broadcast %s",
				    quad(rec, NETDEV_COL_BROADCAST, a));
	if (flags & 0x10)
		netstat_text_printf(out, "  destination %s",
				    quad(rec, NETDEV_COL_DSTADDR, a));
	netstat_text_puts(out, "\n");
}

/* One "inet6 ..." line from an "ADDR/PREFIXLEN" word and its scope. */
static void inet6_line(struct netstat_text *out, const char *word, size_t n,
		       unsigned scope)
{
	char text[INET6_ADDRSTRLEN + 8];
	const char *slash = memchr(word, '/', n);
	size_t alen = slash ? (size_t)(slash - word) : n;
	if (alen >= sizeof text)
		return;
	memcpy(text, word, alen);
	text[alen] = '\0';
	uint64_t plen = 0;
	const char *p = slash ? slash + 1 : "";
	netstat_parse_udec(&p, &plen);
	/* IPv4-mapped addresses print as their IPv4 part. */
	static const uint8_t mapped[12] = {0, 0, 0, 0, 0,    0,
					   0, 0, 0, 0, 0xff, 0xff};
	uint8_t addr[16];
	const char *shown = text;
	if (inet_pton(AF_INET6, text, addr) == 1 &&
	    memcmp(addr, mapped, 12) == 0 && strchr(text, '.'))
		shown = strrchr(text, ':') + 1;
	netstat_text_printf(out, "        inet6 %s  prefixlen %u  scopeid 0x%x",
			    shown, (unsigned)plen, scope);
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

/* The inet6 lines: the two lists of the record walked side by side. */
static void inet6_lines(struct netstat_text *out,
			const struct netstat_record *rec)
{
	const char *addrs = s_at(rec, NETDEV_COL_INET6);
	const char *scopes = s_at(rec, NETDEV_COL_INET6_SCOPES);
	const char *word;
	size_t n;
	while (addrs && (n = netstat_token(&addrs, &word)) > 0) {
		uint64_t scope = 0;
		if (scopes) {
			/* "0x20": skip the 0x, then hex digits. */
			netstat_skip_blanks(&scopes);
			if (scopes[0] == '0' && scopes[1] == 'x')
				scopes += 2;
			if (!netstat_parse_hex(&scopes, &scope))
				scope = 0;
		}
		inet6_line(out, word, n, (unsigned)scope);
	}
}

static void hw_line(struct netstat_text *out, const struct netstat_record *rec)
{
	const struct netdev_hw_type *t =
		netdev_hw_of((int)u_at(rec, NETDEV_COL_HW_TYPE_CODE));
	const char *addr = s_at(rec, NETDEV_COL_HWADDR);
	netstat_text_printf(out, "        %s", t->name);
	if (addr)
		netstat_text_printf(out, " %s", addr);
	if (has(rec, NETDEV_COL_TXQLEN))
		netstat_text_printf(out, "  txqueuelen %d",
				    (int)u_at(rec, NETDEV_COL_TXQLEN));
	netstat_text_printf(out, "  (%s)\n", t->title);
}

static void counters_long(struct netstat_text *out,
			  const struct netstat_record *rec)
{
	char h[32];
	uint64_t rx_bytes = u_at(rec, NETDEV_COL_RX_BYTES);
	uint64_t tx_bytes = u_at(rec, NETDEV_COL_TX_BYTES);
	netdev_human(rx_bytes, h, sizeof h);
	netstat_text_printf(
		out, "        RX packets %" PRIu64 "  bytes %" PRIu64 " (%s)\n",
		u_at(rec, NETDEV_COL_RX_OK), rx_bytes, h);
	netstat_text_printf(
		out,
		"        RX errors %" PRIu64 "  dropped %" PRIu64
		"  overruns %" PRIu64 "  frame %" PRIu64 "\n",
		u_at(rec, NETDEV_COL_RX_ERR), u_at(rec, NETDEV_COL_RX_DRP),
		u_at(rec, NETDEV_COL_RX_OVR), u_at(rec, NETDEV_COL_RX_FRAME));
	netdev_human(tx_bytes, h, sizeof h);
	netstat_text_printf(
		out, "        TX packets %" PRIu64 "  bytes %" PRIu64 " (%s)\n",
		u_at(rec, NETDEV_COL_TX_OK), tx_bytes, h);
	netstat_text_printf(
		out,
		"        TX errors %" PRIu64 "  dropped %" PRIu64
		" overruns %" PRIu64 "  carrier %" PRIu64
		"  collisions %" PRIu64 "\n",
		u_at(rec, NETDEV_COL_TX_ERR), u_at(rec, NETDEV_COL_TX_DRP),
		u_at(rec, NETDEV_COL_TX_OVR), u_at(rec, NETDEV_COL_TX_CARRIER),
		u_at(rec, NETDEV_COL_COLLISIONS));
}

/* The device map line, when the map says anything. */
static void device_line(struct netstat_text *out,
			const struct netstat_record *rec)
{
	unsigned irq = (unsigned char)u_at(rec, NETDEV_COL_IRQ);
	unsigned base = (unsigned short)u_at(rec, NETDEV_COL_BASE_ADDRESS);
	unsigned dma = (unsigned char)u_at(rec, NETDEV_COL_DMA);
	uint64_t mem_start = u_at(rec, NETDEV_COL_MEM_START);
	uint64_t mem_end = u_at(rec, NETDEV_COL_MEM_END);
	if (!irq && !mem_start && !dma && base < 0x100)
		return;
	netstat_text_puts(out, "        device ");
	if (irq)
		netstat_text_printf(out, "interrupt %d  ", (int)irq);
	if (base >= 0x100)
		netstat_text_printf(out, "base 0x%x  ", base);
	if (mem_start)
		netstat_text_printf(out, "memory 0x%" PRIx64 "-%" PRIx64 "  ",
				    mem_start, mem_end);
	if (dma)
		netstat_text_printf(out, "  dma 0x%x", dma);
	netstat_text_puts(out, "\n");
}

/* An ifconfig-style block (reference §5.3) and its blank line. */
void netdev_classic_long(struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 const struct netstat_record *rec,
			 struct netstat_text *out)
{
	int flags = (int)u_at(rec, NETDEV_COL_FLAGS);
	put_name(out, iface(rec), NETDEV_NAME_MAX, 0);
	netstat_text_puts(out, ": ");
	flag_names(out, flags);
	netstat_text_printf(out, "  mtu %d\n", (int)u_at(rec, NETDEV_COL_MTU));
	if (has(rec, NETDEV_COL_ADDR))
		inet4_line(out, rec, flags);
	inet6_lines(out, rec);
	if (has(rec, NETDEV_COL_HW_TYPE_CODE))
		hw_line(out, rec);
	if (flags & 0x2000) {
		const char *media = s_at(rec, NETDEV_COL_MEDIA);
		netstat_text_printf(out, "        media %s",
				    media ? media : netdev_media_name(0));
		if (flags & 0x4000)
			netstat_text_puts(out, "autoselect");
		netstat_text_puts(out, "\n");
	}
	if (has_counters(rec))
		counters_long(out, rec);
	device_line(out, rec);
	netstat_text_puts(out, "\n");
}
