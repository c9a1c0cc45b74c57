/*
 * The IPv6 routing table (-r -6) from /proc/net/ipv6_route, or over
 * rtnetlink (route6_netlink.c) when that file would be slow, and its
 * "cache" (-rC -6: the RTF_CACHE lines, as net-tools shows them when the
 * kernel has no /proc/net/ndisc, i.e. every kernel since 2.2; with that
 * file, the neighbour cache of ndisc.c).
 */
#include <stdio.h>
#include <string.h>

#include "plugins/inet6/inet6.h"
#include "plugins/inet6/route6_netlink.h"
#include "plugins/lib/ip/text/ip_text.h"

#define RTF_CACHE 0x01000000u

enum {
	C_DEST,
	C_PLEN,
	C_SOURCE,
	C_SPLEN,
	C_NEXTHOP,
	C_FLAGS,
	C_METRIC,
	C_REF,
	C_USE,
	C_IFACE,
	C_FLAGS_RAW,
	C_FLAG_NAMES,
	/* rtnetlink only; null from /proc/net/ipv6_route. */
	C_TABLE,
	C_IFINDEX,
	C_PROTOCOL,
	C_SCOPE,
	C_TYPE,
	C_PREFSRC,
	C_EXPIRES,
	C_PREFERENCE,
	C_NEXTHOP_ID,
	C_COUNT
};

static bool numeric_hosts(const struct netstat_request *req)
{
	return req->flags & (NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_SYMBOLIC);
}

/* "host/plen", as one cell. */
static void dest_cell(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_record *rec, size_t column,
		      struct netstat_text *out)
{
	ip_prefix_text(
		ctx, req, &rec->values[column],
		netstat_value_uint(rec->values, rec->n_values, C_PLEN, 0), out);
}

static void hop_cell(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_record *rec, size_t column,
		     struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	if (v->type != NETSTAT_T_ADDRESS)
		return;
	char host[256];
	netstat_text_puts(out, ip_host_text(ctx, &v->v.addr, numeric_hosts(req),
					    host, sizeof host));
}

/* A number without printf (three per row); "-" when the source has
 * none (the reference count over rtnetlink). */
static void int_cell(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_record *rec, size_t column,
		     struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	char digits[24];
	if (v->type == NETSTAT_T_INT)
		netstat_text_append(out, digits, ip_fmt_i64(digits, v->v.i));
	else
		netstat_text_puts(out, "-");
}

#define CLASSIC(w, f, s, c)                                                    \
	{                                                                      \
		.width = w, .flags = f, .sep = s, .cell = c                    \
	}

static const struct netstat_column route6_columns[C_COUNT] = {
	[C_DEST] = {.key = "destination",
		    .title = "Destination",
		    .type = NETSTAT_T_ADDRESS,
		    .classic = CLASSIC(30, 0, "", dest_cell)},
	/* Classic shows them within Destination, or not at all. */
	[C_PLEN] = {.key = "prefix_length",
		    .title = "Plen",
		    .type = NETSTAT_T_UINT,
		    .measure = NETSTAT_MEASURE_ATTRIBUTE,
		    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_SOURCE] = {.key = "source",
		      .title = "Source",
		      .type = NETSTAT_T_ADDRESS,
		      .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_SPLEN] = {.key = "source_prefix_length",
		     .title = "Splen",
		     .type = NETSTAT_T_UINT,
		     .measure = NETSTAT_MEASURE_ATTRIBUTE,
		     .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_NEXTHOP] = {.key = "next_hop",
		       .title = "Next Hop",
		       .type = NETSTAT_T_ADDRESS,
		       .classic = CLASSIC(26, 0, " ", hop_cell)},
	[C_FLAGS] = {.key = "flags",
		     .title = "Flag",
		     .type = NETSTAT_T_STRING,
		     .classic = CLASSIC(4, 0, " ", NULL)},
	[C_METRIC] = {.key = "metric",
		      .title = "Met",
		      .type = NETSTAT_T_INT,
		      .measure = NETSTAT_MEASURE_ATTRIBUTE,
		      .classic = CLASSIC(3, 0, " ", int_cell)},
	[C_REF] = {.key = "refcnt",
		   .title = "Ref",
		   .type = NETSTAT_T_INT,
		   .measure = NETSTAT_MEASURE_GAUGE,
		   .classic = CLASSIC(1, 0, " ", int_cell)},
	[C_USE] = {.key = "use",
		   .title = "Use",
		   .type = NETSTAT_T_INT,
		   .measure = NETSTAT_MEASURE_COUNTER,
		   .classic = CLASSIC(6, NETSTAT_CLASSIC_RIGHT, " ", int_cell)},
	[C_IFACE] = {.key = "iface",
		     .title = "If",
		     .type = NETSTAT_T_STRING,
		     .classic = CLASSIC(0, 0, " ", NULL)},
	/* The kernel's RTF_* bits the letters are made from. */
	[C_FLAGS_RAW] = {.key = "flags_raw",
			 .title = "Flags",
			 .type = NETSTAT_T_UINT,
			 .measure = NETSTAT_MEASURE_ATTRIBUTE,
			 .flags = NETSTAT_COL_STRUCTURED_ONLY},
	/* Schema 1.4: those bits by their RTF_* names. */
	[C_FLAG_NAMES] = {.key = "flag_names",
			  .title = "flag_names",
			  .type = NETSTAT_T_STRING_LIST,
			  .flags = NETSTAT_COL_STRUCTURED_ONLY},
#define NETLINK_ONLY(k, ty, u, m)                                              \
	{                                                                      \
		.key = k, .title = k, .type = ty, .unit = u, .measure = m,     \
		.flags = NETSTAT_COL_STRUCTURED_ONLY                           \
	}
	/* Schema 1.5: RTA_TABLE, RTA_OIF, rtm_protocol, rtm_scope,
	 * rtm_type (codes and rtnetlink.h names), RTA_PREFSRC, the expiry
	 * of RTA_CACHEINFO, the router preference (RTA_PREF), RTA_NH_ID. */
	[C_TABLE] = NETLINK_ONLY("table", NETSTAT_T_UINT, NULL,
				 NETSTAT_MEASURE_ATTRIBUTE),
	[C_IFINDEX] = NETLINK_ONLY("ifindex", NETSTAT_T_UINT, NULL,
				   NETSTAT_MEASURE_ATTRIBUTE),
	[C_PROTOCOL] = NETLINK_ONLY("protocol", NETSTAT_T_STATE, NULL, 0),
	[C_SCOPE] = NETLINK_ONLY("scope", NETSTAT_T_STATE, NULL, 0),
	[C_TYPE] = NETLINK_ONLY("type", NETSTAT_T_STATE, NULL, 0),
	[C_PREFSRC] =
		NETLINK_ONLY("preferred_source", NETSTAT_T_ADDRESS, NULL, 0),
	[C_EXPIRES] = NETLINK_ONLY("expires", NETSTAT_T_DOUBLE, "seconds",
				   NETSTAT_MEASURE_GAUGE),
	[C_PREFERENCE] = NETLINK_ONLY("preference", NETSTAT_T_STATE, NULL, 0),
	[C_NEXTHOP_ID] = NETLINK_ONLY("nexthop_id", NETSTAT_T_UINT, NULL,
				      NETSTAT_MEASURE_ATTRIBUTE),
#undef NETLINK_ONLY
};

/* Decimal text of v; most of a table's numbers are one digit. */
static size_t put_int(char *p, int64_t v)
{
	if (v >= 0 && v < 10) {
		*p = (char)('0' + v);
		return 1;
	}
	return ip_fmt_i64(p, v);
}

/* `s` left-justified in `width` (no cut), then a blank. */
static char *put_left(char *p, const char *s, size_t n, size_t width)
{
	memcpy(p, s, n);
	if (n < width) {
		memset(p + n, ' ', width - n);
		n = width;
	}
	p[n] = ' ';
	return p + n + 1;
}

/* Room for the longest row: two 49-byte prefixes or hosts of up to 255
 * bytes, 12 flag letters, three 11-byte numbers, a 15-byte name. */
#define ROW_MAX 768

/* The columns' layout (%-30s %-26s %-4s %-3d %-1d %6d %s), written by
 * hand into one buffer: this runs once per route, a million times for a
 * big table; what the column tables say for --columns and the formats. */
static void route6_row(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec,
		       struct netstat_text *out)
{
	const struct netstat_value *v = rec->values;
	char line[ROW_MAX], *p = line;
	char text[320];
	size_t n;
	if (numeric_hosts(req) && v[C_DEST].type == NETSTAT_T_ADDRESS &&
	    v[C_DEST].v.addr.family == NETSTAT_ADDR_INET6) {
		n = ip_fmt_ipv6(text, v[C_DEST].v.addr.bytes);
		text[n++] = '/';
		n += ip_fmt_i64(text + n, (int)v[C_PLEN].v.u);
	} else {
		struct netstat_text cell = {.buf = text, .cap = sizeof text};
		dest_cell(ctx, req, rec, C_DEST, &cell);
		n = cell.len < sizeof text ? cell.len : sizeof text;
	}
	/* Destination's separator is the next column's blank. */
	p = put_left(p, text, n, 30);
	if (v[C_NEXTHOP].type != NETSTAT_T_ADDRESS) {
		n = 0;
	} else if (numeric_hosts(req) &&
		   v[C_NEXTHOP].v.addr.family == NETSTAT_ADDR_INET6) {
		n = ip_fmt_ipv6(text, v[C_NEXTHOP].v.addr.bytes);
	} else {
		const char *h =
			ip_host_text(ctx, &v[C_NEXTHOP].v.addr,
				     numeric_hosts(req), text, sizeof text);
		n = strlen(h);
		memmove(text, h, n < sizeof text ? n : sizeof text - 1);
		n = n < sizeof text ? n : sizeof text - 1;
	}
	p = put_left(p, text, n, 26);
	const char *flags = netstat_value_str(v, rec->n_values, C_FLAGS, "");
	p = put_left(p, flags, strnlen(flags, 16), 4);
	n = put_int(text, v[C_METRIC].v.i);
	p = put_left(p, text, n, 3);
	if (v[C_REF].type == NETSTAT_T_INT)
		n = put_int(text, v[C_REF].v.i);
	else
		n = 1, text[0] = '-';
	p = put_left(p, text, n, 1);
	n = put_int(text, v[C_USE].v.i);
	if (n < 6) {
		memset(p, ' ', 6 - n);
		p += 6 - n;
	}
	memcpy(p, text, n);
	p += n;
	*p++ = ' ';
	const char *iface = netstat_value_str(v, rec->n_values, C_IFACE, "");
	n = strnlen(iface, 16);
	memcpy(p, iface, n);
	p += n;
	*p++ = '\n';
	netstat_text_append(out, line, (size_t)(p - line));
}

/* net-tools' title line puts Use two columns left of where its numbers
 * end; the rest is the columns' own layout. */
#define COLUMN_LINE                                                            \
	"Destination                    Next Hop                   Flag Met "  \
	"Ref  Use If"

const struct netstat_section inet6_route_section = {
	.key = "inet6_routes",
	.title = "Kernel IPv6 routing table",
	.order = 0,
	.columns = route6_columns,
	.n_columns = C_COUNT,
	.classic = {.column_line = COLUMN_LINE, .row = route6_row},
};

static const struct netstat_section inet6_cache_section = {
	.key = "inet6_route_cache",
	.title = "Kernel IPv6 routing cache",
	.order = 1,
	.columns = route6_columns,
	.n_columns = C_COUNT,
	.classic = {.column_line = COLUMN_LINE},
};

static void flags6(uint32_t f, char *s)
{
	static const struct {
		uint32_t bit;
		char letter;
	} letters[] = {
		{0x1, 'U'},	  {0x200, '!'},	   {0x2, 'G'},
		{0x4, 'H'},	  {0x10000, 'D'},  {0x40000, 'A'},
		{0x1000000, 'C'}, {0x20000, 'a'},  {0x400000, 'e'},
		{0x20, 'm'},	  {0x200000, 'n'}, {0x2000000, 'f'},
	};
	size_t n = 0;
	for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++)
		if (f & letters[i].bit)
			s[n++] = letters[i].letter;
	s[n] = '\0';
}

/* The fields of one line; they persist from line to line because
 * net-tools never checks a line and reuses what it could not read. */
struct line6 {
	uint8_t dest[16], src[16], hop[16];
	uint32_t plen, splen, metric, ref, use, flags;
	char iface[16];
};

static bool parse_addr(const char **p, uint8_t out[16])
{
	const char *s;
	size_t n = netstat_token(p, &s);
	if (n != 32)
		return false;
	uint8_t b[16];
	for (size_t i = 0; i < 16; i++) {
		int hi = netstat_hex_digit(s[2 * i]);
		int lo = netstat_hex_digit(s[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return false;
		b[i] = (uint8_t)(hi << 4 | lo);
	}
	memcpy(out, b, 16);
	return true;
}

static bool parse_word(const char **p, uint32_t *out)
{
	uint64_t x;
	if (!netstat_parse_hex(p, &x))
		return false;
	*out = (uint32_t)x;
	return true;
}

/* Converts fields in order until one fails, as scanf would. */
static void parse_line6(const char *line, struct line6 *l)
{
	const char *p = line;
	if (!parse_addr(&p, l->dest) || !parse_word(&p, &l->plen) ||
	    !parse_addr(&p, l->src) || !parse_word(&p, &l->splen) ||
	    !parse_addr(&p, l->hop) || !parse_word(&p, &l->metric) ||
	    !parse_word(&p, &l->ref) || !parse_word(&p, &l->use) ||
	    !parse_word(&p, &l->flags))
		return;
	const char *s;
	size_t n = netstat_token(&p, &s);
	if (!n)
		return;
	if (n > sizeof l->iface - 1)
		n = sizeof l->iface - 1;
	memcpy(l->iface, s, n);
	l->iface[n] = '\0';
}

static struct netstat_value addr6(const uint8_t b[16])
{
	return netstat_v_address(netstat_addr_inet6(b));
}

/* One listing: most routes share their flags, so their letters and
 * names are made once per value. */
struct listing6 {
	struct netstat_ctx *ctx;
	const struct netstat_section *section;
	bool made;
	uint32_t last_flags;
	char letters[16];
	const char *names[IP_ROUTE_FLAG_NAMES_MAX];
	struct netstat_value flag_names;
};

static const char *preference_name(unsigned p)
{
	static const char *const names[] = {"medium", "high", "invalid", "low"};
	return p < 4 ? names[p] : NULL;
}

/* The rtnetlink-only values of a line (null for one of the file). */
static void netlink_values(const struct inet6_route *nl,
			   struct netstat_value *v)
{
	for (size_t c = C_TABLE; c <= C_NEXTHOP_ID; c++)
		v[c] = netstat_v_null();
	if (!nl)
		return;
	v[C_REF] = netstat_v_null(); /* the file's alone */
	v[C_TABLE] = netstat_v_uint(nl->table);
	if (nl->oif)
		v[C_IFINDEX] = netstat_v_uint(nl->oif);
	v[C_PROTOCOL] = netstat_v_state(nl->protocol,
					ip_rt_protocol_name(nl->protocol));
	v[C_SCOPE] = netstat_v_state(nl->scope, ip_rt_scope_name(nl->scope));
	v[C_TYPE] = netstat_v_state(nl->type, ip_rt_type_name(nl->type));
	if (nl->has_prefsrc)
		v[C_PREFSRC] = addr6(nl->prefsrc);
	if (nl->has_expires)
		v[C_EXPIRES] = netstat_v_double(nl->expires / 100.0);
	if (nl->has_preference)
		v[C_PREFERENCE] = netstat_v_state(
			nl->preference, preference_name(nl->preference));
	if (nl->nexthop_id)
		v[C_NEXTHOP_ID] = netstat_v_uint(nl->nexthop_id);
}

static void emit6(struct listing6 *ls, const struct line6 *l,
		  const struct inet6_route *nl)
{
	if (!ls->made || l->flags != ls->last_flags) {
		flags6(l->flags, ls->letters);
		ls->flag_names = ip_route_flag_names(l->flags, ls->names,
						     IP_ROUTE_FLAG_NAMES_MAX);
		ls->last_flags = l->flags;
		ls->made = true;
	}
	/* Every value set below (no initializer: no zeroing per row). */
	struct netstat_value v[C_COUNT];
	v[C_DEST] = addr6(l->dest);
	v[C_PLEN] = netstat_v_uint(l->plen);
	v[C_SOURCE] = addr6(l->src);
	v[C_SPLEN] = netstat_v_uint(l->splen);
	v[C_NEXTHOP] = addr6(l->hop);
	v[C_FLAGS] = netstat_v_str(ls->letters);
	v[C_METRIC] = netstat_v_int((int32_t)l->metric);
	v[C_REF] = netstat_v_int((int32_t)l->ref);
	v[C_USE] = netstat_v_int((int32_t)l->use);
	v[C_IFACE] = netstat_v_str(l->iface);
	v[C_FLAGS_RAW] = netstat_v_uint(l->flags);
	v[C_FLAG_NAMES] = ls->flag_names;
	netlink_values(nl, v);
	struct netstat_record rec = {
		.section = ls->section,
		.values = v,
		.n_values = C_COUNT,
	};
	netstat_ctx_host(ls->ctx)->emit(ls->ctx, &rec);
}

static void emit_netlink(struct netstat_ctx *ctx, const struct inet6_route *r,
			 void *arg)
{
	struct line6 l;
	memcpy(l.dest, r->dest, 16);
	memcpy(l.src, r->source, 16);
	memcpy(l.hop, r->gateway, 16);
	l.plen = r->dest_len;
	l.splen = r->source_len;
	l.metric = r->metric;
	l.ref = 0;
	l.use = 0; /* the kernel writes 0 in the file */
	l.flags = r->flags;
	memcpy(l.iface, r->iface, sizeof l.iface);
	emit6(arg, &l, r);
}

/* fib_rt_entries of /proc/net/rt6_stats (its fourth hex field): the
 * routes of the namespace; -1 when unknown. */
static long route_count(struct netstat_ctx *ctx)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	if (host->lines_open(ctx, "net/rt6_stats", &lines) < 0)
		return -1;
	const char *line = host->lines_next(lines, NULL);
	long n = -1;
	uint64_t x = 0;
	const char *p = line;
	for (int field = 0; p && field < 4; field++)
		if (!netstat_parse_hex(&p, &x))
			p = NULL;
	if (p)
		n = (long)x;
	host->lines_close(lines);
	return n;
}

/* Over rtnetlink: for the live kernel (backend auto or netlink), with
 * more routes than reading the file costs little for. Only the file has
 * the Ref column, and the classic table stays net-tools' bytes with
 * either backend (tests/integration/conformance.sh runs with each), so
 * backend netlink follows the limit too; route_proc_limit 0 always takes
 * rtnetlink. */
static bool use_netlink(struct netstat_ctx *ctx, const struct inet6_state *st,
			long *routes)
{
	*routes = -1;
	if (!ip_backend_netlink(ctx, st->backend))
		return false;
	*routes = route_count(ctx);
	return *routes > st->route_proc_limit;
}

/* The FIB over rtnetlink: true when it was listed. */
static bool list_netlink(struct netstat_ctx *ctx, const struct inet6_state *st,
			 struct listing6 *ls, long routes)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	long n = inet6_route_netlink(ctx, emit_netlink, ls);
	if (n < 0) {
		ip_backend_failed(ctx, st->backend, "IPv6 routes", (int)-n);
		return false;
	}
	host->message(ctx, NETSTAT_STDERR,
		      "netstat: %ld IPv6 routes: read over rtnetlink, "
		      "as /proc/net/ipv6_route is slow at that size; "
		      "Ref is shown as -\n",
		      routes);
	return true;
}

/* One listing: FIB (cache = false) or the RTF_CACHE lines. */
static int list6(struct netstat_ctx *ctx, const struct inet6_state *st,
		 bool cache)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	int rc = host->lines_open(ctx, "net/ipv6_route", &lines);
	if (rc < 0) {
		/* net-tools' rule for route files: perror, then a note. */
		host->perror(ctx, "net/ipv6_route", rc);
		host->message(ctx, NETSTAT_NOTICE,
			      "INET6 (IPv6) not configured in this system.\n");
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	const struct netstat_section *section =
		cache ? &inet6_cache_section : &inet6_route_section;
	host->section_begin(ctx, section);
	struct listing6 ls = {.ctx = ctx, .section = section};
	long routes;
	if (!cache && use_netlink(ctx, st, &routes) &&
	    list_netlink(ctx, st, &ls, routes)) {
		host->lines_close(lines);
		return 0;
	}
	struct line6 l = {0};
	const char *line;
	while ((line = host->lines_next(lines, NULL))) {
		parse_line6(line, &l);
		if (((l.flags & RTF_CACHE) != 0) == cache)
			emit6(&ls, &l, NULL);
	}
	host->lines_close(lines);
	return 0;
}

int inet6_list_routes(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_source *src, void *state)
{
	const struct inet6_state *st = state;
	bool cache = netstat_request_has(req, NETSTAT_REQ_CACHE);
	bool fib = netstat_request_has(req, NETSTAT_REQ_FIB);
	int status = 0;
	if (fib || !cache)
		status = list6(ctx, st, false);
	if (status == 0 && cache) {
		/* Kernels with a neighbour table file show it instead. */
		struct netstat_lines *ndisc;
		if (netstat_ctx_host(ctx)->lines_open(ctx, "net/ndisc",
						      &ndisc) == 0)
			status = inet6_list_ndisc(ctx, ndisc);
		else
			status = list6(ctx, st, true);
	}
	return status;
}
