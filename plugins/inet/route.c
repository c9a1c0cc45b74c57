/*
 * The IPv4 FIB (-r) from /proc/net/route: typed records (addresses stay
 * addresses), and net-tools' table at its three detail levels.
 */
#include <stdio.h>
#include <string.h>

#include "plugins/inet/reports.h"
#include "plugins/inet/route_fields.h"
#include "plugins/ip_common/ip_common.h"

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
	C_COUNT
};

static const struct netstat_column route_columns[C_COUNT] = {
	[C_DEST] = {.key = "destination",
		    .title = "Destination",
		    .type = NETSTAT_T_ADDRESS},
	[C_GATEWAY] = {.key = "gateway",
		       .title = "Gateway",
		       .type = NETSTAT_T_ADDRESS},
	[C_GENMASK] = {.key = "genmask",
		       .title = "Genmask",
		       .type = NETSTAT_T_ADDRESS},
	[C_FLAGS] = {.key = "flags",
		     .title = "Flags",
		     .type = NETSTAT_T_STRING},
	[C_METRIC] = {.key = "metric",
		      .title = "Metric",
		      .type = NETSTAT_T_INT},
	[C_REF] = {.key = "refcnt", .title = "Ref", .type = NETSTAT_T_INT},
	[C_USE] = {.key = "use", .title = "Use", .type = NETSTAT_T_INT},
	[C_IFACE] = {.key = "iface",
		     .title = "Iface",
		     .type = NETSTAT_T_STRING},
	[C_MSS] = {.key = "mss", .title = "MSS", .type = NETSTAT_T_INT},
	[C_WINDOW] = {.key = "window",
		      .title = "Window",
		      .type = NETSTAT_T_INT},
	[C_IRTT] = {.key = "irtt", .title = "irtt", .type = NETSTAT_T_INT},
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

static void fib_title(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      struct netstat_text *out)
{
	netstat_text_puts(out, "Kernel IP routing table\n");
	const char *h = fib_headers[inet_route_level(req->extend)];
	if (h)
		netstat_text_puts(out, h);
}

const struct netstat_section inet_route_section = {
	.key = "inet_routes",
	.title = "Kernel IP routing table",
	.order = 0,
	.flags = NETSTAT_SECTION_NO_COLUMN_LINE,
	.columns = route_columns,
	.n_columns = C_COUNT,
	.classic_title = fib_title,
};

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

/* The raw line, for the classic renderer (emit renders at once). */
struct fib_row {
	uint32_t dest, gateway, mask, flags;
};

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
		      const struct fib_row *r, char *buf, size_t size)
{
	if (numeric || (r->dest == 0 && r->mask != 0)) {
		dotted(r->dest, buf, size);
	} else if (r->dest == 0) {
		copy_text(buf, size, "default");
	} else {
		struct netstat_address a = route_addr(r->dest);
		bool host = (r->dest & ~r->mask) || (r->flags & 0x4);
		copy_text(buf, size,
			  ip_host->host_name(ctx, &a,
					     host ? 0 : NETSTAT_NAME_NETWORK));
	}
	buf[15 < size ? 15 : size - 1] = '\0';
}

static void gateway_text(struct netstat_ctx *ctx, bool numeric,
			 const struct fib_row *r, char *buf, size_t size)
{
	if (numeric || r->gateway == 0) {
		dotted(r->gateway, buf, size);
	} else {
		struct netstat_address a = route_addr(r->gateway);
		copy_text(buf, size, ip_host->host_name(ctx, &a, 0));
	}
	buf[15 < size ? 15 : size - 1] = '\0';
}

static int64_t ival(const struct netstat_record *rec, int c)
{
	return rec->values[c].v.i;
}

static void fib_row(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_record *rec, struct netstat_text *out)
{
	int level = inet_route_level(req->extend);
	if (level == 0)
		return;
	const struct fib_row *r = rec->priv;
	bool numeric = numeric_hosts(req);
	char dest[128], gw[128], mask[16];
	dest_text(ctx, numeric, r, dest, sizeof dest);
	dotted(r->mask, mask, sizeof mask);
	const char *flags = rec->values[C_FLAGS].v.s;
	int metric = (int)ival(rec, C_METRIC), ref = (int)ival(rec, C_REF);
	int use = (int)ival(rec, C_USE), mss = (int)ival(rec, C_MSS);
	int window = (int)ival(rec, C_WINDOW), irtt = (int)ival(rec, C_IRTT);
	const char *iface = rec->values[C_IFACE].v.s;

	if (r->flags & 0x200) {
		/* Reject routes: no gateway, no interface. */
		netstat_text_printf(out, "%-15s -               %-15s %-5s",
				    dest, mask, flags);
		if (level == 1)
			netstat_text_printf(out, " %-6d -  %7d -\n", metric,
					    use);
		else if (level == 2)
			netstat_text_puts(out, "     - -          - -\n");
		else
			netstat_text_printf(out,
					    " %-6d -   %6d -        -     -"
					    "      -\n",
					    metric, use);
		return;
	}
	gateway_text(ctx, numeric, r, gw, sizeof gw);
	/* "%-15s %-15s %-15s %-5s " and the level's numbers, by hand: this
	 * runs once per route. */
	netstat_text_pad(out, dest, 15);
	netstat_text_append(out, " ", 1);
	netstat_text_pad(out, gw, 15);
	netstat_text_append(out, " ", 1);
	netstat_text_pad(out, mask, 15);
	netstat_text_append(out, " ", 1);
	netstat_text_pad(out, flags, 5);
	netstat_text_append(out, " ", 1);
	if (level == 1) {
		ip_put_int(out, metric, 6, true);
		netstat_text_append(out, " ", 1);
		ip_put_int(out, ref, 2, true);
		netstat_text_append(out, " ", 1);
		ip_put_int(out, use, 7, false);
		netstat_text_append(out, " ", 1);
		netstat_text_puts(out, iface);
	} else if (level == 2) {
		ip_put_int(out, mss, 5, false);
		netstat_text_append(out, " ", 1);
		ip_put_int(out, window, 5, true);
		netstat_text_append(out, " ", 1);
		ip_put_int(out, irtt, 6, false);
		netstat_text_append(out, " ", 1);
		netstat_text_puts(out, iface);
	} else {
		ip_put_int(out, metric, 6, true);
		netstat_text_append(out, " ", 1);
		ip_put_int(out, ref, 3, true);
		netstat_text_append(out, " ", 1);
		ip_put_int(out, use, 6, false);
		netstat_text_append(out, " ", 1);
		size_t n = strlen(iface);
		netstat_text_append(out, iface, n < 6 ? n : 6);
		netstat_text_fill(out, ' ', (n < 6 ? 6 - n : 0) + 3);
		ip_put_int(out, mss, 5, true);
		netstat_text_append(out, " ", 1);
		ip_put_int(out, window, 6, true);
		netstat_text_append(out, " ", 1);
		ip_put_int(out, irtt, 0, false);
	}
	netstat_text_append(out, "\n", 1);
}

/* net-tools' open failure: perror(path), then its note on stdout. */
static int not_configured(struct netstat_ctx *ctx, const char *path, int err,
			  const char *note)
{
	char shown[256];
	ip_host->message(ctx, NETSTAT_STDERR, "%s: %s\n",
			 ip_host->proc_display(ctx, path, shown, sizeof shown),
			 ip_host->errno_text(err));
	ip_host->message(ctx, NETSTAT_NOTICE, "%s\n", note);
	return 1;
}

static void emit_fib(struct netstat_ctx *ctx, const struct route_values *v)
{
	/* Most routes share their flags: build the letters once per value. */
	static uint32_t last_f;
	static char flags[32];
	uint32_t f = (uint32_t)v->num[F_FLAGS];
	if (f != last_f || !flags[0]) {
		fib_flags(f, flags, sizeof flags);
		last_f = f;
	}
	struct fib_row r = {
		.dest = (uint32_t)v->num[F_DEST],
		.gateway = (uint32_t)v->num[F_GATEWAY],
		.mask = (uint32_t)v->num[F_MASK],
		.flags = f,
	};
	struct netstat_value vals[C_COUNT];
	vals[C_DEST].type = NETSTAT_T_ADDRESS;
	vals[C_DEST].v.addr = route_addr(r.dest);
	vals[C_GATEWAY].type = NETSTAT_T_ADDRESS;
	vals[C_GATEWAY].v.addr = route_addr(r.gateway);
	vals[C_GENMASK].type = NETSTAT_T_ADDRESS;
	vals[C_GENMASK].v.addr = route_addr(r.mask);
	vals[C_FLAGS] = netstat_v_str(flags);
	vals[C_METRIC] = netstat_v_int((int64_t)v->num[F_METRIC]);
	vals[C_REF] = netstat_v_int((int64_t)v->num[F_REFCNT]);
	vals[C_USE] = netstat_v_int((int64_t)v->num[F_USE]);
	vals[C_IFACE] = netstat_v_str(v->iface);
	vals[C_MSS] = netstat_v_int((int64_t)v->num[F_MTU]);
	vals[C_WINDOW] = netstat_v_int((int64_t)v->num[F_WINDOW]);
	vals[C_IRTT] = netstat_v_int((int64_t)v->num[F_IRTT]);
	struct netstat_record rec = {
		.section = &inet_route_section,
		.values = vals,
		.n_values = C_COUNT,
		.classic_row = fib_row,
		.priv = &r,
	};
	ip_host->emit(ctx, &rec);
}

static void emit_netlink(struct netstat_ctx *ctx, const struct ip_route4 *r,
			 void *arg)
{
	struct route_values v;
	memcpy(v.iface, r->iface, sizeof v.iface);
	v.num[F_DEST] = r->dest;
	v.num[F_GATEWAY] = r->gateway;
	v.num[F_FLAGS] = r->flags;
	v.num[F_REFCNT] = 0;
	v.num[F_USE] = 0;
	v.num[F_METRIC] = (uint64_t)(int64_t)r->metric;
	v.num[F_MASK] = r->mask;
	v.num[F_MTU] = (uint64_t)(int64_t)r->mtu;
	v.num[F_WINDOW] = (uint64_t)(int64_t)r->window;
	v.num[F_IRTT] = (uint64_t)(int64_t)r->irtt;
	emit_fib(ctx, &v);
}

int inet_list_routes(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src)
{
	/* -C alone shows only the cache; -F -C both. */
	if (netstat_request_has(req, NETSTAT_REQ_CACHE) &&
	    !netstat_request_has(req, NETSTAT_REQ_FIB))
		return 0;
	struct netstat_lines *lines;
	int rc = ip_host->lines_open(ctx, "net/route", &lines);
	if (rc < 0)
		return not_configured(ctx, "net/route", -rc,
				      "INET (IPv4) not configured in this "
				      "system.");
	ip_host->section_begin(ctx, &inet_route_section);
	struct route_layout layout;
	const char *header = ip_host->lines_next(lines, NULL);
	/* No routes at all: the kernel writes nothing, not even a header;
	 * net-tools then ends with status 1 and no message. */
	if (!header) {
		ip_host->lines_close(lines);
		return 1;
	}
	int missing = route_layout_find(&layout, header, fib_fields, F_COUNT);
	if (missing >= 0) {
		char shown[256];
		ip_host->message(ctx, NETSTAT_STDERR,
				 "warning: %s does not contain required field "
				 "%s\n",
				 ip_host->proc_display(ctx, "net/route", shown,
						       sizeof shown),
				 fib_fields[missing].name);
		ip_host->lines_close(lines);
		return 1;
	}
	const char *line = ip_host->lines_next(lines, NULL);
	/* Routes exist: the live kernel gives them faster over rtnetlink
	 * (ip_route_nl.c). The file's first chunk still decides "no table"
	 * (no header, status 1) and "empty table", as cheaply as it can. */
	if (line && ip_backend_netlink(ctx)) {
		long n = ip_route4_netlink(ctx, emit_netlink, NULL);
		if (n > 0) {
			ip_host->lines_close(lines);
			return 0;
		}
		if (n < 0)
			ip_backend_failed(ctx, "routes", (int)-n);
	}
	for (; line; line = ip_host->lines_next(lines, NULL)) {
		struct route_values v;
		if (route_line_convert(&layout, line, &v) < 10)
			continue;
		if (!(v.num[F_FLAGS] & 0x1))
			continue; /* not RTF_UP */
		emit_fib(ctx, &v);
	}
	ip_host->lines_close(lines);
	return 0;
}
