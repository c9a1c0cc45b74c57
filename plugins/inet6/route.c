/*
 * The IPv6 routing table (-r -6) from /proc/net/ipv6_route, and its
 * "cache" (-rC -6: the RTF_CACHE lines, as net-tools shows them when the
 * kernel has no /proc/net/ndisc, i.e. every kernel since 2.2; with that
 * file, the neighbour cache of ndisc.c).
 */
#include <string.h>

#include "plugins/inet6/inet6.h"
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
		      .classic = CLASSIC(3, 0, " ", NULL)},
	[C_REF] = {.key = "refcnt",
		   .title = "Ref",
		   .type = NETSTAT_T_INT,
		   .measure = NETSTAT_MEASURE_GAUGE,
		   .classic = CLASSIC(1, 0, " ", NULL)},
	[C_USE] = {.key = "use",
		   .title = "Use",
		   .type = NETSTAT_T_INT,
		   .measure = NETSTAT_MEASURE_COUNTER,
		   .classic = CLASSIC(6, NETSTAT_CLASSIC_RIGHT, " ", NULL)},
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
};

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
	.classic = {.column_line = COLUMN_LINE},
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

static void emit6(struct netstat_ctx *ctx,
		  const struct netstat_section *section, const struct line6 *l)
{
	char flags[16];
	flags6(l->flags, flags);
	const char *names[IP_ROUTE_FLAG_NAMES_MAX];
	struct netstat_value v[C_COUNT] = {
		[C_DEST] = addr6(l->dest),
		[C_PLEN] = netstat_v_uint(l->plen),
		[C_SOURCE] = addr6(l->src),
		[C_SPLEN] = netstat_v_uint(l->splen),
		[C_NEXTHOP] = addr6(l->hop),
		[C_FLAGS] = netstat_v_str(flags),
		[C_METRIC] = netstat_v_int((int32_t)l->metric),
		[C_REF] = netstat_v_int((int32_t)l->ref),
		[C_USE] = netstat_v_int((int32_t)l->use),
		[C_IFACE] = netstat_v_str(l->iface),
		[C_FLAGS_RAW] = netstat_v_uint(l->flags),
		[C_FLAG_NAMES] = ip_route_flag_names(l->flags, names,
						     IP_ROUTE_FLAG_NAMES_MAX),
	};
	struct netstat_record rec = {
		.section = section,
		.values = v,
		.n_values = C_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

/* One listing: FIB (cache = false) or the RTF_CACHE lines. */
static int list6(struct netstat_ctx *ctx, bool cache)
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
	struct line6 l = {0};
	const char *line;
	while ((line = host->lines_next(lines, NULL))) {
		parse_line6(line, &l);
		if (((l.flags & RTF_CACHE) != 0) == cache)
			emit6(ctx, section, &l);
	}
	host->lines_close(lines);
	return 0;
}

int inet6_list_routes(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_source *src, void *state)
{
	bool cache = netstat_request_has(req, NETSTAT_REQ_CACHE);
	bool fib = netstat_request_has(req, NETSTAT_REQ_FIB);
	int status = 0;
	if (fib || !cache)
		status = list6(ctx, false);
	if (status == 0 && cache) {
		/* Kernels with a neighbour table file show it instead. */
		struct netstat_lines *ndisc;
		if (netstat_ctx_host(ctx)->lines_open(ctx, "net/ndisc",
						      &ndisc) == 0)
			status = inet6_list_ndisc(ctx, ndisc);
		else
			status = list6(ctx, true);
	}
	return status;
}
