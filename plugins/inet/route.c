/*
 * The IPv4 FIB (-r) from /proc/net/route, or rtnetlink for the live
 * kernel: typed records (addresses stay addresses, the flags both as
 * net-tools' letters and as the kernel's bits), and net-tools' table at
 * its three detail levels.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "plugins/inet/inet.h"
#include "plugins/inet/route_fields.h"
#include "plugins/inet/route_netlink.h"
#include "plugins/lib/ip/text/ip_text.h"

enum {
	F_IFACE,
	F_DEST,
	F_GATEWAY,
	F_FLAGS,
	F_REFCNT,
	F_USE,
	F_METRIC,
	F_MASK,
	F_MTU,
	F_WINDOW,
	F_IRTT,
	F_COUNT
};

static const struct route_field fib_fields[F_COUNT] = {
	{"Iface", ROUTE_F_NAME},  {"Destination", ROUTE_F_HEX},
	{"Gateway", ROUTE_F_HEX}, {"Flags", ROUTE_F_HEX},
	{"RefCnt", ROUTE_F_DEC},  {"Use", ROUTE_F_DEC},
	{"Metric", ROUTE_F_DEC},  {"Mask", ROUTE_F_HEX},
	{"MTU", ROUTE_F_DEC},	  {"Window", ROUTE_F_DEC},
	{"IRTT", ROUTE_F_DEC},
};

enum {
	C_DEST,
	C_GATEWAY,
	C_GENMASK,
	C_FLAGS,
	C_METRIC,
	C_REF,
	C_USE,
	C_IFACE,
	C_MSS,
	C_WINDOW,
	C_IRTT,
	C_FLAGS_RAW,
	C_FLAG_NAMES,
	/* rtnetlink only; null from /proc/net/route. */
	C_TABLE,
	C_IFINDEX,
	C_PROTOCOL,
	C_SCOPE,
	C_TYPE,
	C_PREFSRC,
	C_COUNT
};

#define COLUMN(k, t, ty, u, m)                                                 \
	{                                                                      \
		.key = k, .title = t, .type = ty, .unit = u, .measure = m      \
	}

static const struct netstat_column route_columns[C_COUNT] = {
	[C_DEST] = COLUMN("destination", "Destination", NETSTAT_T_ADDRESS, NULL,
			  0),
	[C_GATEWAY] = COLUMN("gateway", "Gateway", NETSTAT_T_ADDRESS, NULL, 0),
	[C_GENMASK] = COLUMN("genmask", "Genmask", NETSTAT_T_ADDRESS, NULL, 0),
	[C_FLAGS] = COLUMN("flags", "Flags", NETSTAT_T_STRING, NULL, 0),
	[C_METRIC] = COLUMN("metric", "Metric", NETSTAT_T_INT, NULL,
			    NETSTAT_MEASURE_ATTRIBUTE),
	[C_REF] = COLUMN("refcnt", "Ref", NETSTAT_T_INT, NULL,
			 NETSTAT_MEASURE_GAUGE),
	[C_USE] = COLUMN("use", "Use", NETSTAT_T_INT, NULL,
			 NETSTAT_MEASURE_COUNTER),
	[C_IFACE] = COLUMN("iface", "Iface", NETSTAT_T_STRING, NULL, 0),
	[C_MSS] = COLUMN("mss", "MSS", NETSTAT_T_INT, "bytes",
			 NETSTAT_MEASURE_ATTRIBUTE),
	[C_WINDOW] = COLUMN("window", "Window", NETSTAT_T_INT, "bytes",
			    NETSTAT_MEASURE_ATTRIBUTE),
	[C_IRTT] = COLUMN("irtt", "irtt", NETSTAT_T_INT, "milliseconds",
			  NETSTAT_MEASURE_ATTRIBUTE),
	/* The kernel's RTF_* bits the letters are made from. */
	[C_FLAGS_RAW] = COLUMN("flags_raw", "Flags", NETSTAT_T_UINT, NULL,
			       NETSTAT_MEASURE_ATTRIBUTE),
	/* Schema 1.4: those bits by their RTF_* names. */
	[C_FLAG_NAMES] = {.key = "flag_names",
			  .title = "flag_names",
			  .type = NETSTAT_T_STRING_LIST,
			  .flags = NETSTAT_COL_STRUCTURED_ONLY},
#define NETLINK_ONLY(k, ty, m)                                                 \
	{                                                                      \
		.key = k, .title = k, .type = ty, .measure = m,                \
		.flags = NETSTAT_COL_STRUCTURED_ONLY                           \
	}
	/* RTA_TABLE, RTA_OIF, rtm_protocol, rtm_scope, rtm_type (codes and
	 * rtnetlink.h names), RTA_PREFSRC. */
	[C_TABLE] = NETLINK_ONLY("table", NETSTAT_T_UINT,
				 NETSTAT_MEASURE_ATTRIBUTE),
	[C_IFINDEX] = NETLINK_ONLY("ifindex", NETSTAT_T_UINT,
				   NETSTAT_MEASURE_ATTRIBUTE),
	[C_PROTOCOL] = NETLINK_ONLY("protocol", NETSTAT_T_STATE, 0),
	[C_SCOPE] = NETLINK_ONLY("scope", NETSTAT_T_STATE, 0),
	[C_TYPE] = NETLINK_ONLY("type", NETSTAT_T_STATE, 0),
	[C_PREFSRC] = NETLINK_ONLY("preferred_source", NETSTAT_T_ADDRESS, 0),
#undef NETLINK_ONLY
};

int inet_route_level(int extend)
{
	int c = 1 + extend;
	if (c == 1 || c == 2)
		c = 3 - c;
	return c & 3;
}

static const char *const fib_headers[4] = {
	NULL,
	"Destination     Gateway         Genmask         Flags Metric Ref    "
	"Use Iface\n",
	"Destination     Gateway         Genmask         Flags   MSS Window  "
	"irtt Iface\n",
	"Destination     Gateway         Genmask         Flags Metric Ref    "
	"Use Iface    MSS   Window irtt\n",
};

/* The column line changes with -e (levels no `when` can say), and the
 * titles do not sit where the level's numbers do: written here. */
static void fib_title(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      struct netstat_text *out)
{
	netstat_text_puts(out, "Kernel IP routing table\n");
	const char *h = fib_headers[inet_route_level(req->extend)];
	if (h)
		netstat_text_puts(out, h);
}

/* net-tools' flag letters; RTF_REJECT replaces what came before it. */
static void fib_flags(uint32_t f, char *s, size_t size)
{
	static const struct {
		uint32_t bit;
		const char *letter;
	} tail[] = {
		{0x4, "H"},	   {0x8, "R"},	     {0x10, "D"},
		{0x20, "M"},	   {0x10000, "d"},   {0x20000, "a"},
		{0x40000, "c"},	   {0x200000, "o"},  {0x400000, "e"},
		{0x1000000, "c"},  {0x2000000, "f"}, {0x4000000, "p"},
		{0x80000000, "l"}, {0x40, "u"},	     {0x80, "w"},
		{0x100, "i"},	   {0x400, "n"},
	};
	s[0] = '\0';
	if (f & 0x1)
		strcat(s, "U");
	if (f & 0x2)
		strcat(s, "G");
	if (f & 0x200)
		strcpy(s, "!");
	for (size_t i = 0; i < sizeof tail / sizeof tail[0]; i++)
		if ((f & tail[i].bit) && strlen(s) + 1 < size)
			strcat(s, tail[i].letter);
}

/* What the classic row is made from: the kernel's words and flags, read
 * back from the record's values. */
struct fib_words {
	uint32_t dest, gateway, mask, flags;
};

/* The kernel word of an IPv4 address value (network order in memory). */
static uint32_t word_of(const struct netstat_value *v)
{
	uint32_t w = 0;
	if (v->type == NETSTAT_T_ADDRESS)
		memcpy(&w, v->v.addr.bytes, 4);
	return w;
}

static bool numeric_hosts(const struct netstat_request *req)
{
	return req->flags & (NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_SYMBOLIC);
}

static void dotted(uint32_t word, char *buf, size_t size)
{
	/* Hot: up to three per row; no snprintf. */
	if (size < 16) {
		buf[0] = '\0';
		return;
	}
	buf[ip_fmt_ipv4(buf, (const uint8_t *)&word)] = '\0';
}

/* Copies a name, cut to what fits (snprintf "%s" without the parsing). */
static void copy_text(char *buf, size_t size, const char *s)
{
	size_t n = strlen(s);
	if (n >= size)
		n = size - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
}

/* Destination text: "default", a host name, a network name or numeric. */
static void dest_text(struct netstat_ctx *ctx, bool numeric,
		      const struct fib_words *r, char *buf, size_t size)
{
	if (numeric || (r->dest == 0 && r->mask != 0)) {
		dotted(r->dest, buf, size);
	} else if (r->dest == 0) {
		copy_text(buf, size, "default");
	} else {
		struct netstat_address a = route_addr(r->dest);
		bool host = (r->dest & ~r->mask) || (r->flags & 0x4);
		copy_text(buf, size,
			  netstat_ctx_host(ctx)->host_name(
				  ctx, &a, host ? 0 : NETSTAT_NAME_NETWORK));
	}
	buf[15 < size ? 15 : size - 1] = '\0';
}

static void gateway_text(struct netstat_ctx *ctx, bool numeric,
			 const struct fib_words *r, char *buf, size_t size)
{
	if (numeric || r->gateway == 0) {
		dotted(r->gateway, buf, size);
	} else {
		struct netstat_address a = route_addr(r->gateway);
		copy_text(buf, size,
			  netstat_ctx_host(ctx)->host_name(ctx, &a, 0));
	}
	buf[15 < size ? 15 : size - 1] = '\0';
}

static const char *sval(const struct netstat_record *rec, int c)
{
	return netstat_value_str(rec->values, rec->n_values, (size_t)c, "");
}

/* Room for the longest row: three 15-byte addresses, 31 flag letters,
 * six 11-byte numbers, a 15-byte name and the blanks between. */
#define FIB_LINE_MAX 320 /* and the blanks stored past a field's end */

/* Sixteen blanks, stored at once ahead of a field shorter than that. */
static const char blanks[16] = "                ";

/* `s` left-justified in `width`, then the blank that ends a field. */
static char *put_padded(char *p, const char *s, size_t n, size_t width)
{
	if (width < 16)
		memcpy(p, blanks, 16);
	else if (n < width)
		memset(p + n, ' ', width - n);
	memcpy(p, s, n);
	n = n < width ? width : n;
	p[n] = ' ';
	return p + n + 1;
}

/* A dotted quad as "%-15s " (written in place: the line has room). */
static char *put_dotted(char *p, uint32_t word)
{
	if (word == 0) { /* the gateway of every direct route */
		memcpy(p, "0.0.0.0         ", 16);
		return p + 16;
	}
	size_t n = ip_fmt_ipv4(p, (const uint8_t *)&word);
	memcpy(p + n, blanks, 16);
	return p + 16;
}

/* Each prefix length's netmask as "%-15s ". */
static const char mask_cells[33][17] = {
	"0.0.0.0         ", "128.0.0.0       ", "192.0.0.0       ",
	"224.0.0.0       ", "240.0.0.0       ", "248.0.0.0       ",
	"252.0.0.0       ", "254.0.0.0       ", "255.0.0.0       ",
	"255.128.0.0     ", "255.192.0.0     ", "255.224.0.0     ",
	"255.240.0.0     ", "255.248.0.0     ", "255.252.0.0     ",
	"255.254.0.0     ", "255.255.0.0     ", "255.255.128.0   ",
	"255.255.192.0   ", "255.255.224.0   ", "255.255.240.0   ",
	"255.255.248.0   ", "255.255.252.0   ", "255.255.254.0   ",
	"255.255.255.0   ", "255.255.255.128 ", "255.255.255.192 ",
	"255.255.255.224 ", "255.255.255.240 ", "255.255.255.248 ",
	"255.255.255.252 ", "255.255.255.254 ", "255.255.255.255 ",
};

/* A netmask as "%-15s ": a prefix's from the table, any other mask (a
 * /proc line may have one) written out. */
static char *put_mask(char *p, uint32_t word)
{
	uint32_t inv = ~ntohl(word);
	if ((inv & (inv + 1)) != 0)
		return put_dotted(p, word);
	int prefix = 32; /* the leading zeros of inv */
	if (inv) {
#if defined(__GNUC__)
		prefix = __builtin_clz(inv);
#else
		for (prefix = 0; !(inv & (0x80000000u >> prefix)); prefix++)
			;
#endif
	}
	memcpy(p, mask_cells[prefix], 16);
	return p + 16;
}

/* put_number's numbers from 10 and below 0. */
static char *put_number_wide(char *p, int64_t v, size_t width, bool left)
{
	char digits[24];
	size_t n = ip_fmt_i64(digits, v);
	size_t fill = n < width ? width - n : 0;
	memcpy(p, blanks, 16);
	memcpy(left ? p : p + fill, digits, n);
	if (left && fill)
		memset(p + n, ' ', fill);
	p += n + fill;
	*p = ' ';
	return p + 1;
}

/* printf's %-Nd (left) or %Nd for a width from 1 to 15, then the blank
 * that ends a field; a digit inline (most of a table's numbers). */
static inline char *put_number(char *p, int64_t v, size_t width, bool left)
{
	if ((uint64_t)v >= 10)
		return put_number_wide(p, v, width, left);
	memcpy(p, blanks, 16);
	p[left ? 0 : width - 1] = (char)('0' + v);
	p[width] = ' ';
	return p + width + 1;
}

/* Copies `s` up to its NUL or `max` bytes; returns the length. Inline
 * byte by byte: flag letters and interface names are a few bytes, less
 * than a call to strnlen and one to memcpy. */
static size_t copy_short(char *p, const char *s, size_t max)
{
	size_t n = 0;
	while (n < max && s[n]) {
		p[n] = s[n];
		n++;
	}
	return n;
}

/* A number of the row as net-tools prints it (an int). */
static int64_t number_at(const struct netstat_value *v, int c)
{
	return v[c].type == NETSTAT_T_INT ? (int)v[c].v.i : 0;
}

static void fib_row(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_record *rec, struct netstat_text *out)
{
	int level = inet_route_level(req->extend);
	if (level == 0 || rec->n_values < C_COUNT)
		return;
	const struct netstat_value *v = rec->values;
	const struct fib_words row = {
		.dest = word_of(&v[C_DEST]),
		.gateway = word_of(&v[C_GATEWAY]),
		.mask = word_of(&v[C_GENMASK]),
		.flags = (uint32_t)netstat_value_uint(v, rec->n_values,
						      C_FLAGS_RAW, 0),
	};
	const struct fib_words *r = &row;
	bool numeric = numeric_hosts(req);
	char dest[128], gw[128], mask[16];
	const char *flags = sval(rec, C_FLAGS);
	int64_t metric = number_at(v, C_METRIC), ref = number_at(v, C_REF);
	int64_t use = number_at(v, C_USE), mss = number_at(v, C_MSS);
	int64_t window = number_at(v, C_WINDOW), irtt = number_at(v, C_IRTT);
	const char *iface = sval(rec, C_IFACE);

	if (r->flags & 0x200) {
		/* Reject routes: no gateway, no interface. */
		dest_text(ctx, numeric, r, dest, sizeof dest);
		dotted(r->mask, mask, sizeof mask);
		netstat_text_printf(out, "%-15s -               %-15s %-5s",
				    dest, mask, flags);
		if (level == 1)
			netstat_text_printf(out, " %-6d -  %7d -\n",
					    (int)metric, (int)use);
		else if (level == 2)
			netstat_text_puts(out, "     - -          - -\n");
		else
			netstat_text_printf(out,
					    " %-6d -   %6d -        -     -"
					    "      -\n",
					    (int)metric, (int)use);
		return;
	}
	/* "%-15s %-15s %-15s %-5s " and the level's numbers, by hand and
	 * straight into `out` (room made first): this runs once per route. */
	if (out->cap - out->len < FIB_LINE_MAX &&
	    out->grow(out, FIB_LINE_MAX) < 0)
		return;
	char *line = out->buf + out->len, *p = line;
	if (numeric) {
		p = put_dotted(p, r->dest);
		p = put_dotted(p, r->gateway);
	} else {
		dest_text(ctx, numeric, r, dest, sizeof dest);
		gateway_text(ctx, numeric, r, gw, sizeof gw);
		p = put_padded(p, dest, strlen(dest), 15);
		p = put_padded(p, gw, strlen(gw), 15);
	}
	p = put_mask(p, r->mask);
	/* "%-5s ": the letters over blanks */
	memcpy(p, blanks, 16);
	size_t n = copy_short(p, flags, 31);
	p += (n < 5 ? 5 : n);
	*p++ = ' ';
	/* IFNAMSIZ: the kernel's names are shorter than 16 */
	if (level == 1) {
		p = put_number(p, metric, 6, true);
		p = put_number(p, ref, 2, true);
		p = put_number(p, use, 7, false);
		p += copy_short(p, iface, 15);
	} else if (level == 2) {
		p = put_number(p, mss, 5, false);
		p = put_number(p, window, 5, true);
		p = put_number(p, irtt, 6, false);
		p += copy_short(p, iface, 15);
	} else {
		p = put_number(p, metric, 6, true);
		p = put_number(p, ref, 3, true);
		p = put_number(p, use, 6, false);
		memcpy(p, blanks, 16);
		copy_short(p, iface, 6);
		p += 6 + 3;
		p = put_number(p, mss, 5, true);
		p = put_number(p, window, 6, true);
		p += ip_fmt_i64(p, irtt);
	}
	*p++ = '\n';
	out->len += (size_t)(p - line);
}

const struct netstat_section inet_route_section = {
	.key = "inet_routes",
	.title = "Kernel IP routing table",
	.order = 0,
	.columns = route_columns,
	.n_columns = C_COUNT,
	.classic = {.flags = NETSTAT_CLASSIC_NO_COLUMN_LINE,
		    .title = fib_title,
		    .row = fib_row},
};

/* One listing. Its record's values are kept from row to row: each row
 * writes only the words that can change (a value is 56 bytes and a row
 * has 19), and most routes share their flags, whose letters and names are
 * made once per value. */
struct fib_listing {
	struct netstat_ctx *ctx;
	bool have_flags;
	bool netlink; /* the rtnetlink-only values are set */
	uint32_t last_flags;
	char letters[32];
	const char *names[IP_ROUTE_FLAG_NAMES_MAX];
	struct netstat_value vals[C_COUNT];
};

static void fib_listing_init(struct fib_listing *l, struct netstat_ctx *ctx)
{
	l->ctx = ctx;
	l->have_flags = false;
	l->last_flags = 0;
	l->netlink = false;
	l->letters[0] = '\0';
	struct netstat_value *vals = l->vals;
	struct netstat_value addr = netstat_v_address(route_addr(0));
	vals[C_DEST] = vals[C_GATEWAY] = vals[C_GENMASK] = addr;
	vals[C_FLAGS] = netstat_v_str(l->letters);
	struct netstat_value zero = netstat_v_int(0);
	vals[C_METRIC] = vals[C_REF] = vals[C_USE] = vals[C_MSS] = zero;
	vals[C_WINDOW] = vals[C_IRTT] = zero;
	vals[C_IFACE] = netstat_v_str("");
	vals[C_FLAGS_RAW] = netstat_v_uint(0);
	vals[C_FLAG_NAMES] = netstat_v_null();
	for (size_t c = C_TABLE; c <= C_PREFSRC; c++)
		vals[c] = netstat_v_null();
}

/* An IPv4 address value's kernel word (the value is one already). */
static void set_word(struct netstat_value *v, uint32_t word)
{
	memcpy(v->v.addr.bytes, &word, 4);
}

/* An unsigned value, its payload alone written when it is one already. */
static void set_uint(struct netstat_value *v, uint64_t u)
{
	if (v->type == NETSTAT_T_UINT)
		v->v.u = u;
	else
		*v = netstat_v_uint(u);
}

/* The state value of `code`, its name looked up only when it changed. */
static void set_state(struct netstat_value *v, unsigned code,
		      const char *(*name)(unsigned))
{
	if (v->type != NETSTAT_T_STATE || v->v.state.code != code)
		*v = netstat_v_state(code, name(code));
}

/* The rtnetlink-only values of a route. */
static void netlink_values(struct fib_listing *l, const struct inet_route4 *nl)
{
	struct netstat_value *vals = l->vals;
	l->netlink = true;
	set_uint(&vals[C_TABLE], nl->table);
	if (nl->oif)
		set_uint(&vals[C_IFINDEX], nl->oif);
	else
		vals[C_IFINDEX] = netstat_v_null();
	set_state(&vals[C_PROTOCOL], nl->protocol, ip_rt_protocol_name);
	set_state(&vals[C_SCOPE], nl->scope, ip_rt_scope_name);
	set_state(&vals[C_TYPE], nl->type, ip_rt_type_name);
	if (!nl->has_prefsrc)
		vals[C_PREFSRC] = netstat_v_null();
	else if (vals[C_PREFSRC].type != NETSTAT_T_ADDRESS)
		vals[C_PREFSRC] = netstat_v_address(route_addr(nl->prefsrc));
	else
		set_word(&vals[C_PREFSRC], nl->prefsrc);
}

/* One row from the kernel's words and numbers; `iface` stays valid until
 * the record is emitted. */
static void emit_fib(struct fib_listing *l, uint32_t dest, uint32_t gateway,
		     uint32_t mask, uint32_t flags, const int64_t num[6],
		     const char *iface)
{
	struct netstat_value *vals = l->vals;
	if (!l->have_flags || flags != l->last_flags) {
		fib_flags(flags, l->letters, sizeof l->letters);
		vals[C_FLAG_NAMES] = ip_route_flag_names(
			flags, l->names, IP_ROUTE_FLAG_NAMES_MAX);
		vals[C_FLAGS_RAW].v.u = flags;
		l->last_flags = flags;
		l->have_flags = true;
	}
	set_word(&vals[C_DEST], dest);
	set_word(&vals[C_GATEWAY], gateway);
	set_word(&vals[C_GENMASK], mask);
	vals[C_METRIC].v.i = num[0];
	vals[C_REF].v.i = num[1];
	vals[C_USE].v.i = num[2];
	vals[C_MSS].v.i = num[3];
	vals[C_WINDOW].v.i = num[4];
	vals[C_IRTT].v.i = num[5];
	vals[C_IFACE].v.s = iface;
	struct netstat_record rec = {
		.section = &inet_route_section,
		.values = vals,
		.n_values = C_COUNT,
	};
	netstat_ctx_host(l->ctx)->emit(l->ctx, &rec);
}

static void emit_netlink(struct netstat_ctx *ctx, const struct inet_route4 *r,
			 void *arg)
{
	struct fib_listing *l = arg;
	netlink_values(l, r);
	const int64_t num[6] = {r->metric, 0, 0, r->mtu, r->window, r->irtt};
	emit_fib(l, r->dest, r->gateway, r->mask, r->flags, num, r->iface);
}

/* A /proc/net/route line's row: the rtnetlink-only values are null. */
static void emit_proc(struct fib_listing *l, const struct route_values *v)
{
	if (l->netlink)
		for (size_t c = C_TABLE; c <= C_PREFSRC; c++)
			l->vals[c] = netstat_v_null();
	l->netlink = false;
	const int64_t num[6] = {
		(int64_t)v->num[F_METRIC], (int64_t)v->num[F_REFCNT],
		(int64_t)v->num[F_USE],	   (int64_t)v->num[F_MTU],
		(int64_t)v->num[F_WINDOW], (int64_t)v->num[F_IRTT],
	};
	emit_fib(l, (uint32_t)v->num[F_DEST], (uint32_t)v->num[F_GATEWAY],
		 (uint32_t)v->num[F_MASK], (uint32_t)v->num[F_FLAGS], num,
		 v->iface);
}

/* net-tools' open failure: perror(path), then its note on stdout. */
static int not_configured(struct netstat_ctx *ctx, const char *path, int err,
			  const char *note)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	host->perror(ctx, path, err);
	host->message(ctx, NETSTAT_NOTICE, "%s\n", note);
	return NETSTAT_EXIT_UNAVAILABLE;
}

int inet_list_routes(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src, void *state)
{
	const struct inet_state *st = state;
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	/* -C alone shows only the cache; -F -C both. */
	if (netstat_request_has(req, NETSTAT_REQ_CACHE) &&
	    !netstat_request_has(req, NETSTAT_REQ_FIB))
		return NETSTAT_LIST_SKIPPED;
	struct netstat_lines *lines;
	int rc = host->lines_open(ctx, "net/route", &lines);
	if (rc < 0)
		return not_configured(ctx, "net/route", rc,
				      "INET (IPv4) not configured in this "
				      "system.");
	host->section_begin(ctx, &inet_route_section);
	struct route_layout layout;
	const char *header = host->lines_next(lines, NULL);
	/* No routes at all: the kernel writes nothing, not even a header;
	 * net-tools then ends with status 1 and no message. */
	if (!header) {
		host->lines_close(lines);
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	size_t missing;
	if (route_layout_find(&layout, header, fib_fields, F_COUNT, &missing) <
	    0) {
		char shown[256];
		host->message(ctx, NETSTAT_STDERR,
			      "warning: %s does not contain required field "
			      "%s\n",
			      host->proc_display(ctx, "net/route", shown,
						 sizeof shown),
			      fib_fields[missing].name);
		host->lines_close(lines);
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	struct fib_listing l;
	fib_listing_init(&l, ctx);
	const char *line = host->lines_next(lines, NULL);
	/* Routes exist: the live kernel gives them faster over rtnetlink
	 * (route_netlink.c). The file's first chunk still decides "no
	 * table" (no header, status 1) and "empty table", as cheaply as it
	 * can. */
	if (line && ip_backend_netlink(ctx, st->backend)) {
		long n = inet_route4_netlink(ctx, emit_netlink, &l);
		if (n > 0) {
			host->lines_close(lines);
			return 0;
		}
		if (n < 0)
			ip_backend_failed(ctx, st->backend, "routes", (int)-n);
	}
	for (; line; line = host->lines_next(lines, NULL)) {
		struct route_values v;
		if (route_line_convert(&layout, line, &v) < 10)
			continue;
		if (!(v.num[F_FLAGS] & 0x1))
			continue; /* not RTF_UP */
		emit_proc(&l, &v);
	}
	host->lines_close(lines);
	return 0;
}
