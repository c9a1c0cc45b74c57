/*
 * The IPv4 routing cache (-rC) from /proc/net/rt_cache. Kernels since 3.6
 * print only its header; older ones (and fixtures) have rows in one of two
 * layouts, told apart by the header's column names.
 */
#include <stdio.h>
#include <string.h>

#include "plugins/inet/inet.h"
#include "plugins/inet/route_fields.h"
#include "plugins/lib/ip/text/ip_text.h"

enum {
	F_IFACE,
	F_DEST,
	F_GATEWAY,
	F_FLAGS,
	F_REFCNT,
	F_USE,
	F_METRIC,
	F_SOURCE,
	F_MTU,
	F_WINDOW,
	F_IRTT,
	F_X1,
	F_X2,
	F_X3,
	F_X4,
	F_COUNT
};

/* Layout 2 (every kernel since 2.2): TOS HHRef HHUptod SpecDst. */
static const struct route_field fields_2[F_COUNT] = {
	{"Iface", ROUTE_F_NAME},  {"Destination", ROUTE_F_HEX},
	{"Gateway", ROUTE_F_HEX}, {"Flags", ROUTE_F_HEX},
	{"RefCnt", ROUTE_F_DEC},  {"Use", ROUTE_F_DEC},
	{"Metric", ROUTE_F_DEC},  {"Source", ROUTE_F_HEX},
	{"MTU", ROUTE_F_DEC},	  {"Window", ROUTE_F_DEC},
	{"IRTT", ROUTE_F_DEC},	  {"TOS", ROUTE_F_DEC},
	{"HHRef", ROUTE_F_DEC},	  {"HHUptod", ROUTE_F_DEC},
	{"SpecDst", ROUTE_F_HEX},
};

/* Layout 1 (Linux 2.0): HH ARP. */
static const struct route_field fields_1[F_X3] = {
	{"Iface", ROUTE_F_NAME},  {"Destination", ROUTE_F_HEX},
	{"Gateway", ROUTE_F_HEX}, {"Flags", ROUTE_F_HEX},
	{"RefCnt", ROUTE_F_DEC},  {"Use", ROUTE_F_DEC},
	{"Metric", ROUTE_F_DEC},  {"Source", ROUTE_F_HEX},
	{"MTU", ROUTE_F_DEC},	  {"Window", ROUTE_F_DEC},
	{"IRTT", ROUTE_F_DEC},	  {"HH", ROUTE_F_DEC},
	{"ARP", ROUTE_F_DEC},
};

enum {
	C_SOURCE,
	C_DEST,
	C_GATEWAY,
	C_FLAGS,
	C_METRIC,
	C_REF,
	C_USE,
	C_IFACE,
	C_MSS,
	C_WINDOW,
	C_IRTT,
	C_TOS,
	C_HHREF,
	C_HHUPTOD,
	C_SPECDST,
	C_HH,
	C_ARP,
	C_FLAGS_RAW,
	C_FLAG_NAMES,
	C_COUNT
};

#define ADDR(k, t)                                                             \
	{                                                                      \
		.key = k, .title = t, .type = NETSTAT_T_ADDRESS                \
	}
#define INT(k, t)                                                              \
	{                                                                      \
		.key = k, .title = t, .type = NETSTAT_T_INT,                   \
		.measure = NETSTAT_MEASURE_ATTRIBUTE                           \
	}
#define INT_UNIT(k, t, u, m)                                                   \
	{                                                                      \
		.key = k, .title = t, .type = NETSTAT_T_INT, .unit = u,        \
		.measure = m                                                   \
	}

/* The cache's flag bits: the route's RTF_* low bits, RTCF_* above. */
static const struct netstat_flag_name cache_flag_names[] = {
	{0x0001, "UP"},
	{0x0002, "GATEWAY"},
	{0x0004, "HOST"},
	{0x0008, "REINSTATE"},
	{0x0010, "DYNAMIC"},
	{0x0020, "MODIFIED"},
	{0x0200, "REJECT"},
	{0x00010000, "NOTIFY"},
	{0x00020000, "DIRECTDST"},
	{0x00040000, "REDIRECTED"},
	{0x00080000, "TPROXY"},
	{0x00200000, "FAST"},
	{0x00400000, "MASQ"},
	{0x00800000, "SNAT"},
	{0x01000000, "DOREDIRECT"},
	{0x02000000, "LOG"},
	{0x04000000, "DIRECTSRC"},
	{0x08000000, "DNAT"},
	{0x10000000, "BROADCAST"},
	{0x20000000, "MULTICAST"},
	{0x40000000, "RTCF_REJECT"},
	{0x80000000, "LOCAL"},
};

static const struct netstat_column cache_columns[C_COUNT] = {
	[C_SOURCE] = ADDR("source", "Source"),
	[C_DEST] = ADDR("destination", "Destination"),
	[C_GATEWAY] = ADDR("gateway", "Gateway"),
	[C_FLAGS] = {.key = "flags",
		     .title = "Flags",
		     .type = NETSTAT_T_STRING},
	[C_METRIC] = INT("metric", "Metric"),
	[C_REF] = INT_UNIT("refcnt", "Ref", NULL, NETSTAT_MEASURE_GAUGE),
	[C_USE] = INT_UNIT("use", "Use", NULL, NETSTAT_MEASURE_COUNTER),
	[C_IFACE] = {.key = "iface",
		     .title = "Iface",
		     .type = NETSTAT_T_STRING},
	[C_MSS] = INT_UNIT("mss", "MSS", "bytes", NETSTAT_MEASURE_ATTRIBUTE),
	[C_WINDOW] = INT_UNIT("window", "Window", "bytes",
			      NETSTAT_MEASURE_ATTRIBUTE),
	[C_IRTT] = INT_UNIT("irtt", "irtt", "milliseconds",
			    NETSTAT_MEASURE_ATTRIBUTE),
	[C_TOS] = INT("tos", "TOS"),
	[C_HHREF] = INT("hhref", "HHRef"),
	[C_HHUPTOD] = INT("hhuptod", "HHUptod"),
	[C_SPECDST] = ADDR("specdst", "SpecDst"),
	[C_HH] = INT("hh", "HH"),
	[C_ARP] = INT("arp", "Arp"),
	/* The kernel's flag bits the letters are made from. */
	[C_FLAGS_RAW] = {.key = "flags_raw",
			 .title = "Flags",
			 .type = NETSTAT_T_UINT,
			 .measure = NETSTAT_MEASURE_ATTRIBUTE},
	/* Schema 1.4: the RTF_* and RTCF_* (linux/in_route.h) names of
	 * flags_raw. */
	[C_FLAG_NAMES] = {.key = "flag_names",
			  .title = "flag_names",
			  .type = NETSTAT_T_STRING_LIST,
			  .flags = NETSTAT_COL_STRUCTURED_ONLY},
};

#define HEAD "Source          Destination     Gateway         Flags "

/* The column line changes with -e (levels no `when` can say) and with
 * the file's layout, and its titles do not sit where the numbers do:
 * written here. */
static void cache_title(struct netstat_text *out, int level, int layout)
{
	netstat_text_puts(out, "Kernel IP routing cache\n");
	switch (level) {
	case 1:
		netstat_text_puts(out, HEAD "Metric Ref    Use Iface\n");
		break;
	case 2:
		netstat_text_puts(out, HEAD "  MSS Window  irtt Iface\n");
		break;
	case 3:
		netstat_text_puts(out, HEAD "Metric Ref    Use Iface    MSS   "
					    "Window irtt");
		netstat_text_puts(
			out, layout == 1 ? "  HH  Arp\n"
					 : "  TOS HHRef HHUptod     SpecDst\n");
		break;
	}
}

static void title_layout1(struct netstat_ctx *ctx,
			  const struct netstat_request *req,
			  struct netstat_text *out)
{
	cache_title(out, inet_route_level(req->extend), 1);
}

static void title_layout2(struct netstat_ctx *ctx,
			  const struct netstat_request *req,
			  struct netstat_text *out)
{
	cache_title(out, inet_route_level(req->extend), 2);
}

static void cache_flags(uint32_t f, int layout, char *s)
{
	static const struct {
		uint32_t bit;
		const char *letter;
	} tail[] = {
		{0x10000, "n"},	   {0x20000, "d"},    {0x80000, "t"},
		{0x200000, "f"},   {0x400000, "q"},   {0x800000, "Ns"},
		{0x1000000, "r"},  {0x4000000, "i"},  {0x8000000, "Nd"},
		{0x10000000, "b"}, {0x20000000, "m"}, {0x40000000, "#"},
		{0x80000000, "l"},
	};
	s[0] = '\0';
	if (layout == 1 && (f & 0x1))
		strcat(s, "U");
	if (layout == 1 && (f & 0x4))
		strcat(s, "H");
	if (f & 0x2)
		strcat(s, "G");
	if (f & 0x200)
		strcpy(s, "!");
	if (f & 0x8)
		strcat(s, "R");
	if (f & 0x10)
		strcat(s, "D");
	if (f & 0x20)
		strcat(s, "M");
	if (layout == 2 && (f & 0x1))
		strcat(s, "-");
	if (layout == 2 && (f & 0x4))
		strcat(s, "o");
	for (size_t i = 0; i < sizeof tail / sizeof tail[0]; i++)
		if (f & tail[i].bit)
			strcat(s, tail[i].letter);
}

static const char *addr_text(struct netstat_ctx *ctx,
			     const struct netstat_request *req,
			     const struct netstat_value *v, char *buf,
			     size_t size)
{
	bool numeric =
		req->flags & (NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_SYMBOLIC);
	if (v->type != NETSTAT_T_ADDRESS)
		return "";
	return ip_host_text(ctx, &v->v.addr, numeric, buf, size);
}

static void cache_row(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_record *rec,
		      struct netstat_text *out)
{
	int level = inet_route_level(req->extend);
	if (level == 0)
		return;
	const struct netstat_value *v = rec->values;
	char src[256], dst[256], gw[256];
	netstat_text_printf(out, "%-15s %-15s %-15s %-5s ",
			    addr_text(ctx, req, &v[C_SOURCE], src, sizeof src),
			    addr_text(ctx, req, &v[C_DEST], dst, sizeof dst),
			    addr_text(ctx, req, &v[C_GATEWAY], gw, sizeof gw),
			    v[C_FLAGS].v.s);
	int metric = (int)v[C_METRIC].v.i, ref = (int)v[C_REF].v.i;
	int use = (int)v[C_USE].v.i, mss = (int)v[C_MSS].v.i;
	int window = (int)v[C_WINDOW].v.i, irtt = (int)v[C_IRTT].v.i;
	const char *iface = v[C_IFACE].v.s;
	if (level == 1) {
		netstat_text_printf(out, "%-6d %-2d %7d %s\n", metric, ref, use,
				    iface);
		return;
	}
	if (level == 2) {
		netstat_text_printf(out, "%5d %-5d %6d %s\n", mss, window, irtt,
				    iface);
		return;
	}
	netstat_text_printf(out, "%-6d %-3d %6d %-6.6s   %-5d %-6d ", metric,
			    ref, use, iface, mss, window);
	if (v[C_HH].type != NETSTAT_T_NULL) {
		netstat_text_printf(out, "%-5d %-3d %d\n", irtt,
				    (int)v[C_HH].v.i, (int)v[C_ARP].v.i);
		return;
	}
	char spec[256];
	netstat_text_printf(
		out, "%-5d %-3d %-3d   %-3d %15s\n", irtt, (int)v[C_TOS].v.i,
		(int)v[C_HHREF].v.i, (int)v[C_HHUPTOD].v.i,
		addr_text(ctx, req, &v[C_SPECDST], spec, sizeof spec));
}

/* The section, as a file of each layout shows it: the same section (one
 * key), with the title of that layout. */
#define CACHE_SECTION(title_fn)                                                \
	{                                                                      \
		.key = "inet_route_cache", .title = "Kernel IP routing cache", \
		.order = 1, .columns = cache_columns, .n_columns = C_COUNT,    \
		.classic = {.flags = NETSTAT_CLASSIC_NO_COLUMN_LINE,           \
			    .title = title_fn,                                 \
			    .row = cache_row},                                 \
	}

static const struct netstat_section cache_layout1 =
	CACHE_SECTION(title_layout1);
const struct netstat_section inet_rtcache_section =
	CACHE_SECTION(title_layout2);

/* net-tools' guess of the layout from the header's names. */
static int guess_layout(const char *header)
{
	static const struct {
		const char *name;
		int weight;
	} marks[] = {
		{"IRTT", 1},	 {"TOS", 2}, {"HHRef", 4}, {"HHUptod", 8},
		{"SpecDst", 16}, {"HH", 32}, {"ARP", 64},
	};
	int sum = 0;
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (strstr(header, marks[i].name))
			sum += marks[i].weight;
	return sum;
}

static struct netstat_value addr_value(uint64_t word)
{
	struct netstat_value v = {.type = NETSTAT_T_ADDRESS};
	v.v.addr = route_addr(word);
	return v;
}

static void emit_row(struct netstat_ctx *ctx,
		     const struct netstat_section *section,
		     const struct route_values *rv, int layout)
{
	char flags[48];
	cache_flags((uint32_t)rv->num[F_FLAGS], layout, flags);
	struct netstat_value v[C_COUNT];
	for (size_t i = 0; i < C_COUNT; i++)
		v[i] = netstat_v_null();
	v[C_SOURCE] = addr_value(rv->num[F_SOURCE]);
	v[C_DEST] = addr_value(rv->num[F_DEST]);
	v[C_GATEWAY] = addr_value(rv->num[F_GATEWAY]);
	v[C_FLAGS] = netstat_v_str(flags);
	v[C_METRIC] = netstat_v_int((int64_t)rv->num[F_METRIC]);
	v[C_REF] = netstat_v_int((int64_t)rv->num[F_REFCNT]);
	v[C_USE] = netstat_v_int((int64_t)rv->num[F_USE]);
	v[C_IFACE] = netstat_v_str(rv->iface);
	v[C_MSS] = netstat_v_int((int64_t)rv->num[F_MTU]);
	v[C_WINDOW] = netstat_v_int((int64_t)rv->num[F_WINDOW]);
	v[C_IRTT] = netstat_v_int((int64_t)rv->num[F_IRTT]);
	if (layout == 1) {
		v[C_HH] = netstat_v_int((int64_t)rv->num[F_X1]);
		v[C_ARP] = netstat_v_int((int64_t)rv->num[F_X2]);
	} else {
		v[C_TOS] = netstat_v_int((int64_t)rv->num[F_X1]);
		v[C_HHREF] = netstat_v_int((int64_t)rv->num[F_X2]);
		v[C_HHUPTOD] = netstat_v_int((int64_t)rv->num[F_X3]);
		v[C_SPECDST] = addr_value(rv->num[F_X4]);
	}
	v[C_FLAGS_RAW] = netstat_v_uint((uint32_t)rv->num[F_FLAGS]);
	const char *names[sizeof cache_flag_names / sizeof *cache_flag_names];
	v[C_FLAG_NAMES] = netstat_v_flag_names(
		(uint32_t)rv->num[F_FLAGS], cache_flag_names,
		sizeof cache_flag_names / sizeof *cache_flag_names, names,
		sizeof names / sizeof *names);
	struct netstat_record rec = {
		.section = section,
		.values = v,
		.n_values = C_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

int inet_list_rtcache(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	if (!netstat_request_has(req, NETSTAT_REQ_CACHE))
		return NETSTAT_LIST_SKIPPED;
	char shown[256];
	host->proc_display(ctx, "net/rt_cache", shown, sizeof shown);
	struct netstat_lines *lines;
	int rc = host->lines_open(ctx, "net/rt_cache", &lines);
	if (rc < 0) {
		host->perror(ctx, "net/rt_cache", rc);
		host->message(ctx, NETSTAT_NOTICE,
			      "INET (IPv4) not configured in this system.\n");
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	const char *header = host->lines_next(lines, NULL);
	if (!header) {
		/* An empty file: net-tools' perror (errno is stale: 0). */
		host->message(ctx, NETSTAT_STDERR, "%s: Success\n", shown);
		host->lines_close(lines);
		return NETSTAT_EXIT_READ_ERROR;
	}
	int guess = guess_layout(header);
	int layout = guess == 97 ? 1 : 2;
	if (guess != 63 && guess != 97) {
		host->message(ctx, NETSTAT_NOTICE,
			      "ERROR: proc_guess_fmt(%s,... returned: %d\n",
			      shown, guess);
		host->lines_close(lines);
		return 0;
	}
	const struct netstat_section *section =
		layout == 1 ? &cache_layout1 : &inet_rtcache_section;
	host->section_begin(ctx, section);
	struct route_layout lay;
	const struct route_field *fields = layout == 1 ? fields_1 : fields_2;
	size_t n_fields = layout == 1 ? F_X3 : F_COUNT;
	size_t missing;
	if (route_layout_find(&lay, header, fields, n_fields, &missing) < 0) {
		host->message(ctx, NETSTAT_STDERR,
			      "warning: %s does not contain required field "
			      "%s\n",
			      shown, fields[missing].name);
		host->lines_close(lines);
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	const char *line;
	while ((line = host->lines_next(lines, NULL))) {
		struct route_values v;
		if (route_line_convert(&lay, line, &v) >= 12)
			emit_row(ctx, section, &v, layout);
	}
	host->lines_close(lines);
	return 0;
}
