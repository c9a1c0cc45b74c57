/*
 * The IPv6 neighbour cache of kernels that have /proc/net/ndisc (-rC -6 on
 * Linux 2.1 kernels; reference §4.4): "Kernel IPv6 Neighbour Cache". Later
 * kernels have no such file, and -rC -6 shows the RTF_CACHE routes
 * (route.c).
 *
 * A line is read field by field as net-tools' scanf reads it: every field
 * is optional from the first one that does not convert, and the fields not
 * read keep the previous line's values (zero before the first line, where
 * net-tools would print whatever its stack held).
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "plugins/inet6/inet6.h"
#include "plugins/lib/ip/text/ip_text.h"

enum {
	C_NEIGHBOUR,
	C_PLEN,
	C_HWADDR,
	C_IFACE,
	C_FLAGS,
	C_REF,
	C_STATE,
	C_STALE,
	C_DELETE,
	C_FLAGS_RAW,
	C_LOCATION,
	C_TYPE,
	C_EXPIRES,
	C_TSTAMP,
	C_REACHABLE,
	C_GC,
	C_COUNT
};

/* Neighbour states (NUD_*) and flags (NTF_*), with net-tools' words. */
#define NUD_REACHABLE 0x02

static const char *state_name(uint32_t state)
{
	static const struct {
		uint32_t code;
		const char *name;
	} names[] = {
		{0x00, "NONE"},	  {0x01, "INCOMPLETE"}, {0x02, "REACHABLE"},
		{0x04, "STALE"},  {0x08, "DELAY"},	{0x10, "PROBE"},
		{0x20, "FAILED"}, {0x40, "NOARP"},	{0x80, "PERM"},
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].code == state)
			return names[i].name;
	return NULL;
}

static void flag_letters(uint32_t f, char *s)
{
	size_t n = 0;
	if (f & 0x80) /* NTF_ROUTER */
		s[n++] = 'R';
	if (f & 0x04)
		s[n++] = 'x';
	if (f & 0x02)
		s[n++] = 'h';
	if (f & 0x08) /* NTF_PROXY */
		s[n++] = 'P';
	s[n] = '\0';
}

static void neighbour_cell(struct netstat_ctx *ctx,
			   const struct netstat_request *req,
			   const struct netstat_record *rec, size_t column,
			   struct netstat_text *out)
{
	ip_prefix_text(
		ctx, req, &rec->values[column],
		netstat_value_uint(rec->values, rec->n_values, C_PLEN, 0), out);
}

static void state_cell(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	if (v->type != NETSTAT_T_STATE)
		return;
	if (v->v.state.name)
		netstat_text_puts(out, v->v.state.name);
	else
		netstat_text_printf(out, "UNKNOWN(%02x)",
				    (unsigned)v->v.state.code);
}

/* " * " for a referenced entry, else the seconds left; net-tools ends
 * either with a space. */
static void delete_cell(struct netstat_ctx *ctx,
			const struct netstat_request *req,
			const struct netstat_record *rec, size_t column,
			struct netstat_text *out)
{
	if (netstat_value_uint(rec->values, rec->n_values, C_REF, 0) != 0)
		netstat_text_puts(out, "* ");
	else
		netstat_text_printf(
			out, "%-7llu ",
			(unsigned long long)netstat_value_uint(
				rec->values, rec->n_values, column, 0));
}

#define CLASSIC(w, s, c)                                                       \
	{                                                                      \
		.width = w, .sep = s, .cell = c                                \
	}
#define RAW(k, t)                                                              \
	{                                                                      \
		.key = k, .type = t, .flags = NETSTAT_COL_STRUCTURED_ONLY,     \
		.unit = "clock_ticks"                                          \
	}

static const struct netstat_column ndisc_columns[C_COUNT] = {
	[C_NEIGHBOUR] = {.key = "neighbour",
			 .title = "Neighbour",
			 .type = NETSTAT_T_ADDRESS,
			 .classic = CLASSIC(43, "", neighbour_cell)},
	[C_PLEN] = {.key = "prefix_length",
		    .title = "Plen",
		    .type = NETSTAT_T_UINT,
		    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_HWADDR] = {.key = "hw_address",
		      .title = "HW Address",
		      .type = NETSTAT_T_STRING,
		      .classic = CLASSIC(17, " ", NULL)},
	[C_IFACE] = {.key = "iface",
		     .title = "Iface",
		     .type = NETSTAT_T_STRING,
		     .classic = CLASSIC(8, " ", NULL)},
	[C_FLAGS] = {.key = "flags",
		     .title = "Flags",
		     .type = NETSTAT_T_STRING,
		     .classic = CLASSIC(5, " ", NULL)},
	[C_REF] = {.key = "refcnt",
		   .title = "Ref",
		   .type = NETSTAT_T_UINT,
		   .measure = NETSTAT_MEASURE_GAUGE,
		   .classic = CLASSIC(3, " ", NULL)},
	[C_STATE] = {.key = "state",
		     .title = "State",
		     .type = NETSTAT_T_STATE,
		     .classic = CLASSIC(16, " ", state_cell)},
	[C_STALE] = {.key = "stale_seconds",
		     .title = "Stale(sec)",
		     .type = NETSTAT_T_UINT,
		     .flags = NETSTAT_COL_ALWAYS_STRUCTURED,
		     .when = NETSTAT_WHEN_EXTEND,
		     .unit = "seconds",
		     .measure = NETSTAT_MEASURE_GAUGE,
		     .classic = CLASSIC(9, " ", NULL)},
	[C_DELETE] = {.key = "delete_seconds",
		      .title = "Delete(sec)",
		      .type = NETSTAT_T_UINT,
		      .flags = NETSTAT_COL_ALWAYS_STRUCTURED,
		      .when = NETSTAT_WHEN_EXTEND,
		      .unit = "seconds",
		      .measure = NETSTAT_MEASURE_GAUGE,
		      .classic = CLASSIC(0, "  ", delete_cell)},
	/* What the kernel wrote, as it wrote it. */
	[C_FLAGS_RAW] = {.key = "flags_raw",
			 .title = "Flags",
			 .type = NETSTAT_T_UINT,
			 .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_LOCATION] = {.key = "location",
			.type = NETSTAT_T_UINT,
			.flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_TYPE] = {.key = "type",
		    .type = NETSTAT_T_UINT,
		    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_EXPIRES] = RAW("expires", NETSTAT_T_UINT),
	[C_TSTAMP] = RAW("timestamp", NETSTAT_T_UINT),
	[C_REACHABLE] = RAW("reachable", NETSTAT_T_UINT),
	[C_GC] = RAW("gc", NETSTAT_T_UINT),
};

/* The column line changes with -e, so the title function writes it. */
static void ndisc_title(struct netstat_ctx *ctx,
			const struct netstat_request *req,
			struct netstat_text *out)
{
	netstat_text_puts(out, "Kernel IPv6 Neighbour Cache\n"
			       "Neighbour                                   "
			       "HW Address        Iface    Flags Ref State");
	if (req->extend > 0)
		netstat_text_puts(out, "            Stale(sec) Delete(sec)");
	netstat_text_puts(out, "\n");
}

static const struct netstat_section ndisc_section = {
	.key = "inet6_neighbours",
	.title = "Kernel IPv6 Neighbour Cache",
	.order = 1,
	.columns = ndisc_columns,
	.n_columns = C_COUNT,
	.classic = {.flags = NETSTAT_CLASSIC_NO_COLUMN_LINE,
		    .title = ndisc_title},
};

/* One line's fields; they persist from line to line (see the top). */
struct ndisc_line {
	uint8_t addr[16];
	uint64_t location, plen, type, state, expires, tstamp, reachable;
	uint64_t gc, ref, flags;
	char iface[9];
	char hw[6][3];
};

/* scanf's %Ns: skips white space, takes up to `max` other bytes. */
static bool scan_word(const char **p, size_t max, char *out)
{
	const char *s = *p;
	while (isspace((unsigned char)*s))
		s++;
	size_t n = 0;
	while (n < max && s[n] && !isspace((unsigned char)s[n]))
		n++;
	if (n == 0)
		return false;
	memcpy(out, s, n);
	out[n] = '\0';
	*p = s + n;
	return true;
}

/* scanf's %Nx: skips white space, takes up to `max` hex digits. */
static bool scan_hex(const char **p, size_t max, uint64_t *out)
{
	const char *s = *p;
	while (isspace((unsigned char)*s))
		s++;
	uint64_t x = 0;
	size_t n = 0;
	for (int d; n < max && (d = netstat_hex_digit(s[n])) >= 0; n++)
		x = x << 4 | (uint64_t)d;
	if (n == 0)
		return false;
	*out = x;
	*p = s + n;
	return true;
}

/* The eight 4-digit groups of the address, as net-tools joins them
 * with ':' and parses the text; an address that does not parse leaves
 * the previous one. */
static bool scan_address(const char **p, uint8_t addr[16])
{
	char text[8 * 5 + 1] = "", group[5];
	for (int i = 0; i < 8; i++) {
		if (!scan_word(p, 4, group))
			return false;
		strcat(text, group);
		if (i < 7)
			strcat(text, ":");
	}
	uint8_t b[16];
	if (inet_pton(AF_INET6, text, b) == 1)
		memcpy(addr, b, 16);
	return true;
}

static void scan_line(const char *line, struct ndisc_line *l)
{
	const char *p = line;
	uint64_t *hex[] = {&l->location, &l->plen,   &l->type,	    &l->state,
			   &l->expires,	 &l->tstamp, &l->reachable, &l->gc,
			   &l->ref,	 &l->flags};
	static const size_t digits[] = {2, 2, 2, 2, 8, 8, 8, 4, 4, 4};
	if (!scan_address(&p, l->addr))
		return;
	for (size_t i = 0; i < sizeof hex / sizeof hex[0]; i++)
		if (!scan_hex(&p, digits[i], hex[i]))
			return;
	if (!scan_word(&p, 8, l->iface))
		return;
	for (int i = 0; i < 6; i++)
		if (!scan_word(&p, 2, l->hw[i]))
			return;
}

static void emit_line(struct netstat_ctx *ctx, const struct ndisc_line *l,
		      long ticks)
{
	char flags[8], hw[6 * 3];
	flag_letters((uint32_t)l->flags, flags);
	snprintf(hw, sizeof hw, "%s:%s:%s:%s:%s:%s", l->hw[0], l->hw[1],
		 l->hw[2], l->hw[3], l->hw[4], l->hw[5]);
	uint64_t stale = 0;
	if (l->state == NUD_REACHABLE && l->reachable > l->tstamp)
		stale = l->reachable - l->tstamp;
	uint64_t del = l->gc > l->tstamp ? l->gc - l->tstamp : 0;
	struct netstat_value v[C_COUNT] = {
		[C_NEIGHBOUR] = netstat_v_address(netstat_addr_inet6(l->addr)),
		[C_PLEN] = netstat_v_uint(l->plen),
		[C_HWADDR] = netstat_v_str(hw),
		[C_IFACE] = netstat_v_str(l->iface),
		[C_FLAGS] = netstat_v_str(flags),
		[C_REF] = netstat_v_uint(l->ref),
		[C_STATE] = netstat_v_state((int64_t)l->state,
					    state_name((uint32_t)l->state)),
		[C_STALE] = netstat_v_uint(stale / (uint64_t)ticks),
		[C_DELETE] = netstat_v_uint(del / (uint64_t)ticks),
		[C_FLAGS_RAW] = netstat_v_uint(l->flags),
		[C_LOCATION] = netstat_v_uint(l->location),
		[C_TYPE] = netstat_v_uint(l->type),
		[C_EXPIRES] = netstat_v_uint(l->expires),
		[C_TSTAMP] = netstat_v_uint(l->tstamp),
		[C_REACHABLE] = netstat_v_uint(l->reachable),
		[C_GC] = netstat_v_uint(l->gc),
	};
	struct netstat_record rec = {
		.section = &ndisc_section, .values = v, .n_values = C_COUNT};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

int inet6_list_ndisc(struct netstat_ctx *ctx, struct netstat_lines *lines)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	/* The kernel counts in USER_HZ ticks. */
	long ticks = sysconf(_SC_CLK_TCK);
	if (ticks <= 0)
		ticks = 100;
	host->section_begin(ctx, &ndisc_section);
	struct ndisc_line l = {0};
	for (int i = 0; i < 6; i++)
		strcpy(l.hw[i], "00");
	const char *line;
	while ((line = host->lines_next(lines, NULL))) {
		scan_line(line, &l);
		emit_line(ctx, &l, ticks);
	}
	host->lines_close(lines);
	return 0;
}
